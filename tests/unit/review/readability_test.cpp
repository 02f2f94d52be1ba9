#include "review/readability.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace folio::review {
namespace {

constexpr double tolerance = 0.01;

TEST(readability, english_passage_counted_and_scored_by_hand) {
    // "The doctor gave me a vaccine." 6 words: the 1, doc-tor 2, gave 1, me 1, a 1, vac-cine 2 = 8
    // syllables. "It helped my immune system fight the cancer." 8 words: it 1, helped 1, my 1,
    // im-mune 2, sys-tem 2, fight 1, the 1, can-cer 2 = 11 syllables.
    // 2 sentences, 14 words, 19 syllables, no word of 3 syllables; letters 23 + 36 = 59.
    // Flesch–Kincaid: 0.39 × 14/2 + 11.8 × 19/14 − 15.59 = 2.73 + 16.0143 − 15.59 = 3.1543
    // Flesch reading ease: 206.835 − 1.015 × 7 − 84.6 × 1.357143 = 206.835 − 7.105 − 114.8143 = 84.9157
    const auto measured = measure_text("The doctor gave me a vaccine. It helped my immune system fight the cancer.", "en");
    const auto& counts = measured.statistics;
    EXPECT_EQ(counts.family, formula_family::english);
    EXPECT_EQ(counts.sentences, 2U);
    EXPECT_EQ(counts.words, 14U);
    EXPECT_EQ(counts.syllables, 19U);
    EXPECT_EQ(counts.letters, 59U);
    EXPECT_EQ(counts.long_words, 0U);
    const auto scores = readability_of(counts);
    ASSERT_EQ(scores.status, score_status::scored);
    ASSERT_TRUE(scores.english.has_value());
    EXPECT_FALSE(scores.spanish.has_value());
    EXPECT_NEAR(scores.words_per_sentence, 7.0, tolerance);
    EXPECT_NEAR(scores.syllables_per_word.value_or(0), 1.3571, tolerance);
    EXPECT_NEAR(scores.english->flesch_kincaid_grade, 3.1543, tolerance);
    EXPECT_NEAR(scores.english->flesch_reading_ease, 84.9157, tolerance);
    EXPECT_EQ(scores.long_words_by, long_word_rule::three_syllables);
}

TEST(readability, english_passage_with_a_number_and_two_paragraphs) {
    // "Immunotherapy uses your immune system." 5 words: im-mu-no-ther-a-py 6, us-es 2, your 1,
    // im-mune 2, sys-tem 2 = 13 syllables. "Take 2 tablets each day." 5 words: take 1, "2" one
    // group of digits 1, tab-lets 2, each 1, day 1 = 6 syllables.
    // 2 sentences, 10 words, 19 syllables, 1 long word (immunotherapy): share 0.1.
    // Letters: 13 + 4 + 4 + 6 + 6 + 4 + 7 + 4 + 3 = 51 (the digit is no letter).
    // Flesch–Kincaid: 0.39 × 5 + 11.8 × 1.9 − 15.59 = 1.95 + 22.42 − 15.59 = 8.78
    // Flesch reading ease: 206.835 − 1.015 × 5 − 84.6 × 1.9 = 206.835 − 5.075 − 160.74 = 41.02
    const auto measured = measure_text("Immunotherapy uses your immune system.\n\nTake 2 tablets each day.", "en-GB");
    const auto& counts = measured.statistics;
    EXPECT_EQ(counts.sentences, 2U);
    EXPECT_EQ(counts.words, 10U);
    EXPECT_EQ(counts.syllables, 19U);
    EXPECT_EQ(counts.letters, 51U);
    EXPECT_EQ(counts.long_words, 1U);
    const auto scores = readability_of(counts);
    ASSERT_TRUE(scores.english.has_value());
    EXPECT_NEAR(scores.long_word_share, 0.1, tolerance);
    EXPECT_NEAR(scores.english->flesch_kincaid_grade, 8.78, tolerance);
    EXPECT_NEAR(scores.english->flesch_reading_ease, 41.02, tolerance);
}

TEST(readability, spanish_passage_counted_and_scored_by_hand) {
    // "El médico me puso una vacuna." 6 words: el 1, mé-di-co 3, me 1, pu-so 2, u-na 2, va-cu-na 3
    // = 12 syllables. "Ahora estoy bien." 3 words: a-ho-ra 3, es-toy 2, bien 1 = 6 syllables.
    // 2 sentences, 9 words, 18 syllables; long words: médico, vacuna, ahora = 3; letters 23 + 14 = 37.
    // Fernández-Huerta: 206.84 − 0.60 × (100 × 18/9) − 1.02 × 9/2 = 206.84 − 120 − 4.59 = 82.25
    // Szigriszt-Pazos: 206.835 − 62.3 × 2 − 4.5 = 77.735: INFLESZ "bastante fácil" (65 to 80)
    const auto measured = measure_text("El médico me puso una vacuna. Ahora estoy bien.", "es");
    const auto& counts = measured.statistics;
    EXPECT_EQ(counts.family, formula_family::spanish);
    EXPECT_EQ(counts.sentences, 2U);
    EXPECT_EQ(counts.words, 9U);
    EXPECT_EQ(counts.syllables, 18U);
    EXPECT_EQ(counts.letters, 37U);
    EXPECT_EQ(counts.long_words, 3U);
    const auto scores = readability_of(counts);
    ASSERT_EQ(scores.status, score_status::scored);
    ASSERT_TRUE(scores.spanish.has_value());
    EXPECT_FALSE(scores.english.has_value());
    EXPECT_NEAR(scores.spanish->fernandez_huerta, 82.25, tolerance);
    EXPECT_NEAR(scores.spanish->szigriszt_pazos, 77.735, tolerance);
    EXPECT_EQ(scores.spanish->inflesz, inflesz_band::fairly_easy);
}

TEST(readability, spanish_passage_with_a_question_and_two_paragraphs) {
    // "La inmunoterapia ayuda a su sistema inmunitario a combatir el cáncer." 11 words: la 1,
    // in-mu-no-te-ra-pia 6, a-yu-da 3, a 1, su 1, sis-te-ma 3, in-mu-ni-ta-rio 5, a 1, com-ba-tir 3,
    // el 1, cán-cer 2 = 27 syllables. "¿Tiene fiebre?" 2 words: tie-ne 2, fie-bre 2 = 4.
    // "Llame a su médico." 4 words: lla-me 2, a 1, su 1, mé-di-co 3 = 7.
    // 3 sentences, 17 words, 38 syllables; long words: inmunoterapia, ayuda, sistema,
    // inmunitario, combatir, médico = 6.
    // Fernández-Huerta: 206.84 − 0.60 × (100 × 38/17) − 1.02 × 17/3
    //   = 206.84 − 134.1176 − 5.78 = 66.9424
    // Szigriszt-Pazos: 206.835 − 62.3 × 2.235294 − 5.666667 = 206.835 − 139.2588 − 5.6667 = 61.9095:
    // INFLESZ "normal" (55 to 65)
    const auto measured = measure_text(
        "La inmunoterapia ayuda a su sistema inmunitario a combatir el cáncer.\n\n¿Tiene fiebre? Llame a su médico.",
        "es-ES");
    const auto& counts = measured.statistics;
    EXPECT_EQ(counts.sentences, 3U);
    EXPECT_EQ(counts.words, 17U);
    EXPECT_EQ(counts.syllables, 38U);
    EXPECT_EQ(counts.long_words, 6U);
    const auto scores = readability_of(counts);
    ASSERT_TRUE(scores.spanish.has_value());
    EXPECT_NEAR(scores.words_per_sentence, 5.6667, tolerance);
    EXPECT_NEAR(scores.spanish->fernandez_huerta, 66.9424, tolerance);
    EXPECT_NEAR(scores.spanish->szigriszt_pazos, 61.9095, tolerance);
    EXPECT_EQ(scores.spanish->inflesz, inflesz_band::normal);
}

TEST(readability, inflesz_bands_follow_the_published_scale) {
    EXPECT_EQ(inflesz_band_of(39.99), inflesz_band::very_difficult);
    EXPECT_EQ(inflesz_band_of(40), inflesz_band::somewhat_difficult);
    EXPECT_EQ(inflesz_band_of(54.9), inflesz_band::somewhat_difficult);
    EXPECT_EQ(inflesz_band_of(55), inflesz_band::normal);
    EXPECT_EQ(inflesz_band_of(65), inflesz_band::fairly_easy);
    EXPECT_EQ(inflesz_band_of(80), inflesz_band::fairly_easy);
    EXPECT_EQ(inflesz_band_of(80.01), inflesz_band::very_easy);
}

TEST(readability, a_language_without_formulas_gets_statistics_only) {
    // Vietnamese: ICU gives each space-separated syllable as a word. "Bác sĩ tiêm vắc xin cho tôi."
    // 7 words, 21 letters; "Tôi khỏe." 2 words, 7 letters. No word has 7 letters.
    const auto measured = measure_text("Bác sĩ tiêm vắc xin cho tôi. Tôi khỏe.", "vi");
    const auto& counts = measured.statistics;
    EXPECT_EQ(counts.family, formula_family::none);
    EXPECT_EQ(counts.sentences, 2U);
    EXPECT_EQ(counts.words, 9U);
    EXPECT_EQ(counts.letters, 28U);
    EXPECT_FALSE(counts.syllables.has_value());
    const auto scores = readability_of(counts);
    EXPECT_EQ(scores.status, score_status::not_defined_for_language);
    EXPECT_EQ(scores.long_words_by, long_word_rule::seven_letters);
    EXPECT_FALSE(scores.syllables_per_word.has_value());
    EXPECT_FALSE(scores.english.has_value());
    EXPECT_FALSE(scores.spanish.has_value());
    EXPECT_NEAR(scores.words_per_sentence, 4.5, tolerance);

    // Chinese: words from ICU's dictionary, sentences at "。" and "？".
    const auto chinese = measure_text("我很好。你呢？", "zh-Hans");
    EXPECT_EQ(chinese.statistics.sentences, 2U);
    EXPECT_GT(chinese.statistics.words, 0U);
    EXPECT_EQ(readability_of(chinese.statistics).status, score_status::not_defined_for_language);

    // German: long words by letters (Krankenhaus, Behandlung: 11 and 10 letters).
    const auto german = measure_text("Das Krankenhaus hilft. Die Behandlung wirkt.", "de");
    EXPECT_EQ(german.statistics.long_words, 2U);
}

TEST(readability, empty_text_has_no_scores) {
    const auto scores = readability_of(measure_text("  \n\n — ", "en").statistics);
    EXPECT_EQ(scores.status, score_status::no_text);
    EXPECT_EQ(scores.counts.words, 0U);
    EXPECT_EQ(scores.counts.sentences, 0U);
    EXPECT_FALSE(scores.english.has_value());
}

TEST(readability, long_sentences_are_found_with_their_place_in_the_text) {
    const std::string text = "Short one. This sentence has exactly seven words here. Tiny.\n\nA heading";
    const auto measured = measure_text(text, "en");
    ASSERT_EQ(measured.sentences.size(), 4U);
    EXPECT_EQ(measured.sentences[0].words, 2U);
    EXPECT_EQ(measured.sentences[1].words, 7U);
    EXPECT_EQ(measured.sentences[2].words, 1U);
    EXPECT_EQ(measured.sentences[3].words, 2U);  // a heading without a full stop is a sentence
    EXPECT_EQ(text.substr(measured.sentences[3].offset, measured.sentences[3].length), "A heading");

    const auto flagged = sentences_longer_than(measured, 5);
    ASSERT_EQ(flagged.size(), 1U);
    EXPECT_EQ(flagged[0].offset, 11U);
    EXPECT_EQ(text.substr(flagged[0].offset, flagged[0].length), "This sentence has exactly seven words here.");
    EXPECT_EQ(flagged[0].words, 7U);
    EXPECT_TRUE(sentences_longer_than(measured, 7).empty());
}

TEST(readability, a_document_is_scored_from_the_sum_of_its_sections_counts) {
    const std::string_view first = "The doctor gave me a vaccine. It helped my immune system fight the cancer.";
    const std::string_view second = "Immunotherapy uses your immune system.\n\nTake 2 tablets each day.";
    const auto a = measure_text(first, "en").statistics;
    const auto b = measure_text(second, "en").statistics;
    const auto sum = a + b;
    EXPECT_EQ(sum.sentences, 4U);
    EXPECT_EQ(sum.words, 24U);
    EXPECT_EQ(sum.syllables, 38U);
    EXPECT_EQ(sum.letters, 110U);
    EXPECT_EQ(sum.long_words, 1U);
    // The same as measuring the sections as one text.
    const auto whole = measure_text(std::string(first) + "\n\n" + std::string(second), "en").statistics;
    EXPECT_EQ(whole.sentences, sum.sentences);
    EXPECT_EQ(whole.words, sum.words);
    EXPECT_EQ(whole.syllables, sum.syllables);
    // Scored from the summed counts: 0.39 × 24/4 + 11.8 × 38/24 − 15.59 = 2.34 + 18.6833 − 15.59 = 5.4333,
    // not the mean of the sections' grades ((3.1543 + 8.78) / 2 = 5.967).
    const auto scores = readability_of(sum);
    ASSERT_TRUE(scores.english.has_value());
    EXPECT_NEAR(scores.english->flesch_kincaid_grade, 5.4333, tolerance);
    EXPECT_NEAR(scores.long_word_share, 1.0 / 24.0, tolerance);

    // An empty section adds nothing; sections of another language family do not add up.
    auto total = text_statistics{};
    total += a;
    total += measure_text("", "en").statistics;
    EXPECT_EQ(total.words, a.words);
    EXPECT_EQ(total.syllables, a.syllables);
    EXPECT_THROW(total += measure_text("El médico.", "es").statistics, std::invalid_argument);
}

}  // namespace
}  // namespace folio::review
