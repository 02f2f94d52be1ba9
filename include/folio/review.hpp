#pragma once

// The author report of `folio check --report`: readability per section and for the document,
// and writing checks (issue 16). Its findings are diagnostics like any other (codes in
// docs/diagnostics.md); its figures are values, serialised by `folio check --format json`
// (docs/report-format.md).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace folio {

/// The bar a document is held to. Unset fields come from `folio-check.conf` in the document's
/// folder, else from Folio's defaults (in brackets).
struct review_limits {
    std::optional<std::size_t> max_sentence_words = {};  ///< [25] words in a sentence
    std::optional<std::size_t> max_alt_characters = {};  ///< [150] characters of alt text
    std::optional<double> max_grade = {};                ///< [8] Flesch–Kincaid grade, English
    std::optional<double> min_inflesz = {};              ///< [55] Szigriszt-Pazos (INFLESZ), Spanish
    std::optional<double> min_fernandez_huerta = {};     ///< [none] Fernández-Huerta, Spanish
};

/// How a part of a document (or all of it) reads.
struct readability_figures {
    std::string id = {};     ///< the section's id; empty for the document, or the text before the first section
    std::string title = {};  ///< the section's title; empty likewise
    std::uint32_t line = 0;  ///< where the section starts; 0 for the document
    std::uint32_t column = 0;
    std::size_t sentences = 0;
    std::size_t words = 0;
    std::optional<std::size_t> syllables = {};  ///< English and Spanish only
    std::size_t letters = 0;
    std::size_t long_words = 0;
    std::string long_word_rule = {};  ///< "three-syllables" or "seven-letters"
    double words_per_sentence = 0;
    std::optional<double> syllables_per_word = {};
    double long_word_share = 0;  ///< 0 to 1
    /// "scored"; "not-defined-for-language" (statistics only: no formula for the language); "no-text".
    std::string status = {};
    std::optional<double> flesch_kincaid_grade = {};  ///< English
    std::optional<double> flesch_reading_ease = {};   ///< English
    std::optional<double> fernandez_huerta = {};      ///< Spanish
    std::optional<double> szigriszt_pazos = {};       ///< Spanish
    /// Spanish: the INFLESZ band of szigriszt_pazos: "very-difficult", "somewhat-difficult",
    /// "normal", "fairly-easy" or "very-easy"; empty otherwise.
    std::string inflesz_band = {};
    /// Whether it meets the limits it is held to (the grade for English, INFLESZ and
    /// Fernández-Huerta for Spanish); nothing when it is not held to any: no formula for the
    /// language, or a section too short to score (under 100 words: the formulas need running text).
    std::optional<bool> within_limits = {};
};

/// The report for one content file that loaded without errors.
struct file_review {
    std::string file = {};
    std::string language = {};
    readability_figures document = {};
    std::vector<readability_figures> sections = {};  ///< the text before the first section, then each top-level section
    /// The limits it was held to, every field set (options, then folio-check.conf, then defaults).
    review_limits limits = {};
};

/// What `engine::check` does beyond finding what export would find.
struct check_options {
    bool review = false;  ///< add the author report: readability and writing checks
    review_limits limits = {};
};

}  // namespace folio
