#pragma once

// The author's own words, as the author report reads them: plain text with where each piece
// comes from in the content file.

#include "model/document.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace folio::review {

/// Inline content as plain text (abbreviations as written, links by their words, line breaks as
/// line feeds), and where each text node starts in the file.
struct prose {
    std::string text;
    /// (byte offset in `text`, where that text node starts in the file), in order.
    std::vector<std::pair<std::size_t, model::source_position>> sources;
    /// [begin, end) byte ranges of phrases marked as another language (`foreign`): their words
    /// count in the sentence but are not the document language's to judge.
    std::vector<std::pair<std::size_t, std::size_t>> foreign;
    [[nodiscard]] auto in_foreign(std::size_t at) const -> bool;
    /// Where the text at byte `at` comes from: the start of its text node (else of the block).
    [[nodiscard]] auto source_at(std::size_t at, model::source_position fallback) const -> model::source_position;
};
auto prose_of(const model::inlines& run) -> prose;

/// The readable text of one part of a document: the content before its first section, or one
/// top-level section with everything in it.
struct passage {
    std::string id;     ///< the section's id; empty for the content before the first section
    std::string title;  ///< the section's title as plain text; empty for the content before it
    model::source_position position;
    /// Paragraphs of prose in the document's language, in reading order: paragraphs, list items,
    /// callouts, figure captions and glossary definitions. Headings, table cells and paragraphs
    /// in another language are left out: readability formulas are made for running prose.
    std::vector<std::pair<prose, model::source_position>> paragraphs;
};
auto passages_of(const model::document& doc) -> std::vector<passage>;

}  // namespace folio::review
