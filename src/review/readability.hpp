#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace folio::review {

/// The readability formulas a language has.
enum class formula_family {
    english,  ///< Flesch reading ease and Flesch–Kincaid grade level
    spanish,  ///< Fernández-Huerta readability and Szigriszt-Pazos perspicuity (INFLESZ scale)
    none,     ///< no formula made for the language: statistics only
};

/// The family of a BCP 47 tag: "en" and "es" with any region or script, `none` for the rest.
auto formula_family_of(std::string_view language) -> formula_family;

/// How a word is judged long.
enum class long_word_rule {
    three_syllables,  ///< 3 syllables or more (English, Spanish: the "hard word" of Gunning's fog index)
    seven_letters,    ///< 7 letters or more, where Folio cannot count syllables (LIX's long word, Björnsson 1968)
};

/// Counts of a piece of text, which add up: a document's statistics are the sum of its sections',
/// and its scores are computed from that sum, so a two-line section weighs what its words weigh
/// and not as much as a long one (which averaging the sections' scores would do).
///
/// What counts:
/// - a word is an ICU word holding at least one letter or digit (punctuation and symbols are not
///   words);
/// - a number (digits, no letter: "12", "2,500", "3.5") is one word of one syllable per group of
///   digits ("2,500" two). The formulas were made on text where numbers were rare; spelling each
///   out by language ("two thousand five hundred") would make a dose table look like hard prose,
///   and not counting them would make sentences with figures look shorter than they are. Its
///   digits are not letters. A word of letters and digits ("H1N1") counts by its letters;
/// - a sentence is an ICU sentence holding at least one word (a heading without a full stop is a
///   sentence: paragraphs are separated by blank lines).
struct text_statistics {
    formula_family family = formula_family::none;
    std::size_t sentences = 0;
    std::size_t words = 0;
    std::optional<std::size_t> syllables;  ///< English and Spanish only
    std::size_t letters = 0;               ///< Unicode letters in the words (no digits)
    std::size_t long_words = 0;            ///< by `long_word_rule_for(family)`

    /// Adds the counts of another text of the same language family; an empty text (no words)
    /// adds to anything. Texts of different families throw std::invalid_argument: their
    /// syllables and long words are not counted alike.
    auto operator+=(const text_statistics& other) -> text_statistics&;
};
auto operator+(text_statistics a, const text_statistics& b) -> text_statistics;

auto long_word_rule_for(formula_family family) -> long_word_rule;

/// One sentence of the text measured, where it is and how long it is.
struct sentence_span {
    std::size_t offset = 0;  ///< byte offset in the text given to `measure_text`
    std::size_t length = 0;  ///< bytes, trailing whitespace left out
    std::size_t words = 0;
};

struct text_measurement {
    text_statistics statistics;
    std::vector<sentence_span> sentences;  ///< every sentence holding a word, in order
};

/// Measures a text (UTF-8: a section's plain text, paragraphs joined by "\n\n") in a language
/// (BCP 47), using ICU's word and sentence boundaries for it.
auto measure_text(std::string_view text, std::string_view language) -> text_measurement;

/// The sentences of more than `max_words` words, for the author to split.
auto sentences_longer_than(const text_measurement& measured, std::size_t max_words) -> std::vector<sentence_span>;

/// The INFLESZ scale for Szigriszt-Pazos perspicuity (Barrio-Cantalejo et al. 2008), its names in
/// Spanish: below 40 "muy difícil", 40 to 55 "algo difícil", 55 to 65 "normal", 65 to 80
/// "bastante fácil", above 80 "muy fácil". A score on a boundary falls in the band above it, but
/// 80 itself is "bastante fácil" (the scale says "> 80").
enum class inflesz_band { very_difficult, somewhat_difficult, normal, fairly_easy, very_easy };
auto inflesz_band_of(double perspicuity) -> inflesz_band;

struct english_scores {
    double flesch_kincaid_grade = 0;  ///< US school grade
    double flesch_reading_ease = 0;   ///< 0 (hard) to 100 (easy), can go beyond either end
};

struct spanish_scores {
    double fernandez_huerta = 0;  ///< 0 (hard) to 100 (easy), Flesch's scale
    double szigriszt_pazos = 0;   ///< perspicuity, 0 (hard) to 100 (easy)
    inflesz_band inflesz = inflesz_band::normal;
};

enum class score_status {
    scored,
    not_defined_for_language,  ///< statistics only (see `formula_family`)
    no_text,                   ///< no word or no sentence: nothing to divide by
};

/// The averages and scores of some counts.
struct readability {
    text_statistics counts;
    double words_per_sentence = 0;
    std::optional<double> syllables_per_word;  ///< English and Spanish only
    double long_word_share = 0;                ///< long words / words, 0 to 1
    long_word_rule long_words_by = long_word_rule::seven_letters;
    score_status status = score_status::no_text;
    std::optional<english_scores> english;  ///< when scored and English
    std::optional<spanish_scores> spanish;  ///< when scored and Spanish
};

auto readability_of(const text_statistics& counts) -> readability;

}  // namespace folio::review
