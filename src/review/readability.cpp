#include "review/readability.hpp"

#include "i18n/text_segmentation.hpp"
#include "i18n/unicode_text.hpp"
#include "review/syllables.hpp"

#include <stdexcept>
#include <string>

namespace folio::review {

namespace {

// Flesch reading ease: R. Flesch, "A new readability yardstick", Journal of Applied Psychology
// 32(3), 1948, 221–233: 206.835 − 1.015 × words/sentences − 84.6 × syllables/words.
constexpr double flesch_base = 206.835;
constexpr double flesch_per_sentence_length = 1.015;
constexpr double flesch_per_word_length = 84.6;

// Flesch–Kincaid grade level: J. P. Kincaid, R. P. Fishburne, R. L. Rogers, B. S. Chissom,
// "Derivation of new readability formulas ... for Navy enlisted personnel", Research Branch
// Report 8-75, Naval Technical Training Command, 1975:
// 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
constexpr double kincaid_per_sentence_length = 0.39;
constexpr double kincaid_per_word_length = 11.8;
constexpr double kincaid_offset = 15.59;

// Fernández-Huerta readability: J. Fernández Huerta, "Medidas sencillas de lecturabilidad",
// Consigna 214, 1959, 29–32: L = 206.84 − 0.60 P − 1.02 F, P syllables per 100 words. Pinned with F
// as words per sentence, the correction of G. Law, "Error in the Fernandez Huerta readability
// formula" (LINGUIST List 22.2231, 2011), used by legible.es and textstat: the formula adapts
// Flesch's (0.60 × P for Flesch's 0.846, 1.02 for his 1.015, which multiplies words per
// sentence), and the often quoted reading of F as sentences per 100 words makes shorter
// sentences score harder, the opposite of what it measures.
constexpr double fernandez_huerta_base = 206.84;
constexpr double fernandez_huerta_per_100_word_syllables = 0.60;
constexpr double fernandez_huerta_per_sentence_length = 1.02;

// Szigriszt-Pazos perspicuity: F. Szigriszt Pazos, "Sistemas predictivos de legibilidad del
// mensaje escrito: fórmula de perspicuidad", doctoral thesis, Universidad Complutense de Madrid,
// 1993: 206.835 − 62.3 × syllables/words − words/sentences.
constexpr double szigriszt_base = 206.835;
constexpr double szigriszt_per_word_length = 62.3;
constexpr double szigriszt_per_sentence_length = 1.0;

// INFLESZ scale: I. M. Barrio-Cantalejo et al., "Validación de la Escala INFLESZ para evaluar la
// legibilidad de los textos dirigidos a pacientes", Anales del Sistema Sanitario de Navarra
// 31(2), 2008, 135–152.
constexpr double inflesz_somewhat_difficult_from = 40;
constexpr double inflesz_normal_from = 55;
constexpr double inflesz_fairly_easy_from = 65;
constexpr double inflesz_very_easy_above = 80;

// Long words: 3 syllables or more (R. Gunning, The Technique of Clear Writing, 1952), or, where
// syllables are not counted, more than 6 letters (C. H. Björnsson, Läsbarhet, 1968: LIX).
constexpr int long_word_syllables = 3;
constexpr std::size_t long_word_letters = 7;

auto ratio(std::size_t part, std::size_t whole) -> double {
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

// Groups of digits in a number: "2,500" and "3.5" two, "2024" one.
auto digit_groups(std::string_view number) -> int {
    int groups = 0;
    bool in_digits = false;
    for (const char c : number) {
        const bool digit = c >= '0' && c <= '9';
        if (digit && !in_digits) ++groups;
        in_digits = digit;
    }
    // Digits of other scripts (Arabic-Indic, Devanagari): the number is one group at least.
    return groups == 0 ? 1 : groups;
}

struct word_counts {
    std::size_t letters = 0;
    std::optional<int> syllables;
};

// The letters and syllables of one word, or nothing when it is not a word (no letter or digit).
auto count_word(std::string_view word, std::optional<syllable_language> rules) -> std::optional<word_counts> {
    const auto inside = i18n::count_letters_and_digits(word);
    if (inside.letters == 0 && inside.digits == 0) return std::nullopt;
    word_counts counts{inside.letters, std::nullopt};
    if (rules) counts.syllables = inside.letters == 0 ? digit_groups(word) : count_syllables(word, *rules);
    return counts;
}

auto is_long(const word_counts& word) -> bool {
    return word.syllables ? *word.syllables >= long_word_syllables : word.letters >= long_word_letters;
}

}  // namespace

auto formula_family_of(std::string_view language) -> formula_family {
    const auto rules = syllable_language_of(language);
    if (!rules) return formula_family::none;
    return *rules == syllable_language::english ? formula_family::english : formula_family::spanish;
}

auto long_word_rule_for(formula_family family) -> long_word_rule {
    return family == formula_family::none ? long_word_rule::seven_letters : long_word_rule::three_syllables;
}

auto text_statistics::operator+=(const text_statistics& other) -> text_statistics& {
    if (other.words == 0 && other.sentences == 0) return *this;
    if (words == 0 && sentences == 0) return *this = other;
    if (family != other.family)
        throw std::invalid_argument("readability statistics of texts in different language families do not add up");
    sentences += other.sentences;
    words += other.words;
    if (syllables && other.syllables) *syllables += *other.syllables;
    letters += other.letters;
    long_words += other.long_words;
    return *this;
}

auto operator+(text_statistics a, const text_statistics& b) -> text_statistics { return a += b; }

auto measure_text(std::string_view text, std::string_view language) -> text_measurement {
    const auto rules = syllable_language_of(language);
    text_measurement out;
    auto& stats = out.statistics;
    stats.family = formula_family_of(language);
    if (rules) stats.syllables = 0;
    std::size_t cursor = 0;
    for (const auto& sentence : i18n::sentences(text, language)) {
        // ICU's sentences follow one another and only their trailing whitespace was cut, so each
        // is found where the last one ended or just after.
        const auto found = text.find(sentence, cursor);
        const auto offset = found == std::string_view::npos ? cursor : found;
        cursor = offset + sentence.size();
        std::size_t words = 0;
        for (const auto& word : i18n::words(sentence, language)) {
            const auto counted = count_word(word, rules);
            if (!counted) continue;
            ++words;
            stats.letters += counted->letters;
            if (counted->syllables) *stats.syllables += static_cast<std::size_t>(*counted->syllables);
            if (is_long(*counted)) ++stats.long_words;
        }
        if (words == 0) continue;  // a line of punctuation or symbols alone is no sentence
        ++stats.sentences;
        stats.words += words;
        out.sentences.push_back({offset, sentence.size(), words});
    }
    return out;
}

auto sentences_longer_than(const text_measurement& measured, std::size_t max_words) -> std::vector<sentence_span> {
    std::vector<sentence_span> out;
    for (const auto& sentence : measured.sentences)
        if (sentence.words > max_words) out.push_back(sentence);
    return out;
}

auto inflesz_band_of(double perspicuity) -> inflesz_band {
    if (perspicuity < inflesz_somewhat_difficult_from) return inflesz_band::very_difficult;
    if (perspicuity < inflesz_normal_from) return inflesz_band::somewhat_difficult;
    if (perspicuity < inflesz_fairly_easy_from) return inflesz_band::normal;
    if (perspicuity <= inflesz_very_easy_above) return inflesz_band::fairly_easy;
    return inflesz_band::very_easy;
}

auto readability_of(const text_statistics& counts) -> readability {
    readability out;
    out.counts = counts;
    out.long_words_by = long_word_rule_for(counts.family);
    out.words_per_sentence = ratio(counts.words, counts.sentences);
    out.long_word_share = ratio(counts.long_words, counts.words);
    if (counts.syllables && counts.words > 0) out.syllables_per_word = ratio(*counts.syllables, counts.words);
    if (counts.words == 0 || counts.sentences == 0) {
        out.status = score_status::no_text;
        return out;
    }
    if (counts.family == formula_family::none || !out.syllables_per_word) {
        out.status = score_status::not_defined_for_language;
        return out;
    }
    out.status = score_status::scored;
    const double sentence_length = out.words_per_sentence;
    const double word_length = *out.syllables_per_word;
    if (counts.family == formula_family::english) {
        out.english = english_scores{
            kincaid_per_sentence_length * sentence_length + kincaid_per_word_length * word_length - kincaid_offset,
            flesch_base - flesch_per_sentence_length * sentence_length - flesch_per_word_length * word_length};
    } else {
        const double perspicuity =
            szigriszt_base - szigriszt_per_word_length * word_length - szigriszt_per_sentence_length * sentence_length;
        out.spanish = spanish_scores{fernandez_huerta_base -
                                         fernandez_huerta_per_100_word_syllables * 100.0 * word_length -
                                         fernandez_huerta_per_sentence_length * sentence_length,
                                     perspicuity, inflesz_band_of(perspicuity)};
    }
    return out;
}

}  // namespace folio::review
