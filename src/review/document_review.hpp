#pragma once

// The author report of `folio check --report`: how easily a document reads, and what in its
// writing makes it harder to use (issue 16). Findings are diagnostics, so that they print, sort
// and serialise like every other message.

#include "model/diagnostics.hpp"
#include "model/document.hpp"
#include "review/readability.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace folio::review {

/// The bar a document is held to. Patient material should read at about US grade 6 to 8 (NIH,
/// AMA); INFLESZ 55 is the lowest "normal" score for Spanish (Barrio-Cantalejo et al. 2008).
struct review_limits {
    std::size_t max_sentence_words = 25;
    std::size_t max_alt_characters = 150;
    std::optional<double> max_grade = 8.0;              ///< Flesch–Kincaid, English
    std::optional<double> min_inflesz = 55.0;           ///< Szigriszt-Pazos perspicuity, Spanish
    std::optional<double> min_fernandez_huerta;         ///< Spanish; none unless asked for
    /// A part with fewer words is not held to the scores (the formulas need running text: a
    /// two-sentence section's grade says little); the whole document always is.
    std::size_t min_words_scored = 100;
};

/// How one part of the document reads (see passages_of).
struct passage_readability {
    std::string id;     ///< the section's id; empty for the content before the first section
    std::string title;  ///< the section's title; empty for the content before it
    model::source_position position;
    readability scores;
};

struct document_review {
    std::string language;
    readability document;                      ///< from the summed counts of every part
    std::vector<passage_readability> passages; ///< in reading order
    std::vector<model::diagnostic> findings;   ///< in the order found; the caller sorts
};

/// The most common words of a language, lower-cased (Folio's data: words/<language>.txt).
using common_words = std::unordered_set<std::string>;

/// The report of `doc`. With `common` (the most common English words), an English word of three
/// syllables or more outside them counts as rare, and needs explaining as a long one does.
auto review_document(const model::document& doc, const review_limits& limits, const common_words* common = nullptr)
    -> document_review;

/// Whether `r` meets `limits`; nothing when it is not held to them (no score for its language, or
/// a part of fewer than `limits.min_words_scored` words; `whole` is the document, always held).
auto within_limits(const readability& r, const review_limits& limits, bool whole) -> std::optional<bool>;

}  // namespace folio::review
