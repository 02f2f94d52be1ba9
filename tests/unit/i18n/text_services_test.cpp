#include "i18n/bidi.hpp"
#include "i18n/locale_data.hpp"
#include "i18n/script_runs.hpp"
#include "i18n/text_segmentation.hpp"

#include <gtest/gtest.h>

#include <set>

namespace folio::i18n {
namespace {

auto offsets(const std::vector<line_break>& breaks) -> std::vector<std::size_t> {
    std::vector<std::size_t> out;
    for (const auto& b : breaks) out.push_back(b.offset);
    return out;
}

auto contains(const std::vector<std::size_t>& v, std::size_t x) -> bool { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(line_breaks, break_after_spaces_in_latin_text) {
    EXPECT_EQ(offsets(line_break_opportunities("ask your team", "en")), (std::vector<std::size_t>{4, 9, 13}));
}

TEST(line_breaks, cjk_breaks_between_ideographs_but_not_before_closing_punctuation) {
    const std::string text = "免疫治疗有效。（注）";  // every character is 3 bytes in UTF-8
    const auto breaks = offsets(line_break_opportunities(text, "zh-Hans"));
    EXPECT_TRUE(contains(breaks, 3));    // 免|疫
    EXPECT_TRUE(contains(breaks, 6));    // 疫|治
    EXPECT_FALSE(contains(breaks, 18));  // never 效|。: a line may not start with "。"
    EXPECT_FALSE(contains(breaks, 24));  // never （|注: a line may not end with "（"
    EXPECT_FALSE(contains(breaks, 27));  // never 注|）
    EXPECT_EQ(breaks.back(), text.size());
}

TEST(line_breaks, thai_uses_the_dictionary_to_find_words) {
    // "ภูมิคุ้มกันบำบัด" (immunotherapy) has no spaces; ICU's dictionary still finds word breaks.
    const std::string text = "ภูมิคุ้มกันบำบัด";
    const auto breaks = line_break_opportunities(text, "th");
    EXPECT_GT(breaks.size(), 1U);
    EXPECT_EQ(breaks.back().offset, text.size());
}

TEST(line_breaks, marks_hard_breaks_as_mandatory) {
    const auto breaks = line_break_opportunities("one\ntwo three", "en");
    ASSERT_EQ(breaks.size(), 3U);
    EXPECT_TRUE(breaks[0].mandatory);
    EXPECT_FALSE(breaks[1].mandatory);
}

TEST(segmentation, finds_words_and_sentences) {
    EXPECT_EQ(words("Call your care team, now.", "en"), (std::vector<std::string>{"Call", "your", "care", "team", "now"}));
    EXPECT_EQ(sentences("It helps. Does it hurt? Ask Mr. Lee.", "en"),
              (std::vector<std::string>{"It helps.", "Does it hurt?", "Ask Mr. Lee."}));
    // CLDR's abbreviations count as whole words only: Spanish lists "L.", which must not keep
    // "TIL." from ending a sentence (ICU's own filter matched it against the word's end).
    EXPECT_EQ(sentences("Se llaman TIL. En la terapia, p. ej. hoy, el Dr. Ruiz. Otra.", "es"),
              (std::vector<std::string>{"Se llaman TIL.", "En la terapia, p. ej. hoy, el Dr. Ruiz.", "Otra."}));
    // A line that ends after an abbreviation ends its sentence.
    EXPECT_EQ(sentences("Leisha Emens, M.D.\nProfessor", "en"), (std::vector<std::string>{"Leisha Emens, M.D.", "Professor"}));
    EXPECT_EQ(words("免疫治疗", "zh-Hans").size(), 2U);  // 免疫 | 治疗, by dictionary
}

TEST(line_break_opportunities, a_dictionary_break_before_a_line_feed_is_not_a_hard_break) {
    // ICU gives the boundary its Thai dictionary finds inside "ภาษาไทย" the status of the hard
    // break after the line feed; taken at its word, print broke the word there.
    const std::string first = "ภาษา";
    const std::string text = first + "ไทย\nหากท่าน";
    std::vector<std::size_t> hard, soft;
    for (const auto& b : line_break_opportunities(text, "th")) (b.mandatory ? hard : soft).push_back(b.offset);
    EXPECT_NE(std::find(soft.begin(), soft.end(), first.size()), soft.end()) << "no opportunity between the two words";
    ASSERT_GE(hard.size(), 1U);
    EXPECT_EQ(hard.front(), text.find('\n') + 1);
    EXPECT_EQ(std::count(hard.begin(), hard.end(), first.size()), 0);
}

TEST(line_break_opportunities, korean_breaks_at_spaces_not_between_syllables) {
    const std::string text = "도움을 받으실 수 있습니다.";
    std::vector<std::size_t> at;
    for (const auto& b : line_break_opportunities(text, "ko")) at.push_back(b.offset);
    // After each space, and the end: never inside "있습니다".
    EXPECT_EQ(at, (std::vector<std::size_t>{text.find("받"), text.find("수"), text.find("있"), text.size()}));
}

TEST(line_break_opportunities, japanese_and_chinese_keep_their_own_line_start_rules) {
    // Small kana ("ょ", "っ") may begin a line in Japanese, as CSS line-break: normal and common
    // Japanese practice allow (JLReq 3.1.10); the Chinese rules keep them with what precedes.
    // Neither language starts a line with "。".
    const std::string text = "ちょっと待ってください。";
    std::set<std::size_t> ja, zh;
    for (const auto& b : line_break_opportunities(text, "ja")) ja.insert(b.offset);
    for (const auto& b : line_break_opportunities(text, "zh-Hans")) zh.insert(b.offset);
    const auto before_small_yo = text.find("ょ");
    EXPECT_TRUE(ja.contains(before_small_yo));
    EXPECT_FALSE(zh.contains(before_small_yo));
    const auto before_full_stop = text.find("。");
    EXPECT_FALSE(ja.contains(before_full_stop));
    EXPECT_FALSE(zh.contains(before_full_stop));
}

TEST(bidi, splits_arabic_with_latin_and_numbers_into_runs) {
    // "العلاج PD-1 مرة كل 3 أسابيع": Arabic, a Latin name, Arabic, a number, Arabic.
    const std::string text = "العلاج PD-1 مرة كل 3 أسابيع";
    const auto runs = bidi_runs(text, base_direction::right_to_left);
    ASSERT_GE(runs.size(), 5U);
    EXPECT_TRUE(runs[0].right_to_left());
    const auto latin = text.find("PD-1");
    const auto it = std::find_if(runs.begin(), runs.end(), [&](const bidi_run& r) { return r.start == latin; });
    ASSERT_NE(it, runs.end());
    EXPECT_FALSE(it->right_to_left());
    EXPECT_EQ(text.substr(it->start, it->length), "PD-1");
    const auto three = std::find_if(runs.begin(), runs.end(), [&](const bidi_run& r) { return r.start == text.find('3'); });
    ASSERT_NE(three, runs.end());
    EXPECT_FALSE(three->right_to_left());
    EXPECT_EQ(three->length, 1U);
    // Displayed right to left: the first logical run is the rightmost one.
    EXPECT_EQ(runs.front().visual_index, runs.size() - 1);
}

TEST(bidi, visual_order_reverses_right_to_left_levels) {
    // Arabic word, Latin word inside it, Arabic word: shown right to left, the Latin kept LTR.
    EXPECT_EQ(visual_order({1, 2, 1}), (std::vector<std::size_t>{2, 1, 0}));
    EXPECT_EQ(visual_order({0, 1, 1, 0}), (std::vector<std::size_t>{0, 2, 1, 3}));
    EXPECT_EQ(visual_order({1, 2, 2, 1}), (std::vector<std::size_t>{3, 1, 2, 0}));
}

TEST(bidi, a_left_to_right_paragraph_is_one_run) {
    const auto runs = bidi_runs("Plain English.", base_direction::from_text);
    ASSERT_EQ(runs.size(), 1U);
    EXPECT_FALSE(runs[0].right_to_left());
}

TEST(bidi, an_isolated_phrase_keeps_its_own_punctuation) {
    // An English sentence alone in an Arabic paragraph: without an isolate its full stop takes the
    // paragraph's direction and is drawn at its left end (".An English version …").
    const std::string text = "An English version is available.";
    const auto plain = bidi_runs(text, base_direction::right_to_left);
    ASSERT_GE(plain.size(), 2U);
    EXPECT_TRUE(plain.back().right_to_left());
    EXPECT_EQ(text.substr(plain.back().start, plain.back().length), ".");

    const auto isolated = bidi_runs(text, base_direction::right_to_left, {{0, text.size(), false}});
    ASSERT_EQ(isolated.size(), 1U);
    EXPECT_EQ(isolated[0].start, 0U);
    EXPECT_EQ(isolated[0].length, text.size());
    EXPECT_FALSE(isolated[0].right_to_left());
}

TEST(bidi, isolate_offsets_are_those_of_the_callers_text) {
    // Arabic, then an English phrase with its full stop, then Arabic: the offsets come back in
    // the text given, not in the text with the inserted controls.
    const std::string arabic = "اقرأ ";
    const std::string english = "the leaflet.";
    const std::string text = arabic + english + " الآن";
    const auto runs = bidi_runs(text, base_direction::right_to_left, {{arabic.size(), arabic.size() + english.size(), false}});
    const auto it = std::find_if(runs.begin(), runs.end(), [&](const bidi_run& r) { return !r.right_to_left(); });
    ASSERT_NE(it, runs.end());
    EXPECT_EQ(text.substr(it->start, it->length), english);
    std::size_t covered = 0;
    for (const auto& r : runs) covered += r.length;
    EXPECT_EQ(covered, text.size());
    EXPECT_THROW((void)bidi_runs(text, base_direction::right_to_left, {{5, 3, false}}), std::invalid_argument);
}

TEST(script_runs, itemizes_scripts_and_keeps_neutrals_with_their_run) {
    const std::string text = "CAR-T 细胞 (T cells) और इलाज";
    const auto runs = script_runs(text);
    std::vector<std::string> scripts;
    for (const auto& r : runs) scripts.push_back(r.script);
    // As in Pango and HarfBuzz: a bracket pair takes the script in force where it opens, so "("
    // and ")" both stay with the Chinese around them and the Latin run is just the words.
    EXPECT_EQ(scripts, (std::vector<std::string>{"Latn", "Hani", "Latn", "Hani", "Deva"}));
    EXPECT_EQ(text.substr(runs[0].start, runs[0].length), "CAR-T ");
    EXPECT_EQ(text.substr(runs[2].start, runs[2].length), "T cells");
    EXPECT_EQ(text.substr(runs[3].start, runs[3].length), ") ");
}

TEST(script_runs, marks_join_their_base_letter) {
    const std::string text = "कैंसर";  // vowel signs and anusvara are combining marks
    const auto runs = script_runs(text);
    ASSERT_EQ(runs.size(), 1U);
    EXPECT_EQ(runs[0].script, "Deva");
    EXPECT_EQ(runs[0].length, text.size());
}

TEST(locale_data, paper_size_follows_the_region) {
    EXPECT_EQ(default_paper_size("en"), (paper_size{216, 279}));  // US Letter
    EXPECT_EQ(default_paper_size("es-MX"), (paper_size{216, 279}));
    EXPECT_EQ(default_paper_size("es"), (paper_size{210, 297}));  // A4
    EXPECT_EQ(default_paper_size("zh-Hans"), (paper_size{210, 297}));
}

TEST(locale_data, exemplar_characters_are_the_letters_of_the_language) {
    const auto vietnamese = exemplar_characters("vi");
    EXPECT_NE(vietnamese.find(U'ệ'), std::u32string::npos);
    EXPECT_NE(vietnamese.find(U'Ệ'), std::u32string::npos);
    EXPECT_EQ(exemplar_characters("en").find(U'ệ'), std::u32string::npos);
    EXPECT_NE(exemplar_characters("es").find(U'ñ'), std::u32string::npos);
}

TEST(locale_data, plural_categories_follow_cldr) {
    EXPECT_EQ(plural_category(1, "en"), "one");
    EXPECT_EQ(plural_category(3, "en"), "other");
    // Arabic has all six categories.
    EXPECT_EQ(plural_category(0, "ar"), "zero");
    EXPECT_EQ(plural_category(1, "ar"), "one");
    EXPECT_EQ(plural_category(2, "ar"), "two");
    EXPECT_EQ(plural_category(5, "ar"), "few");
    EXPECT_EQ(plural_category(11, "ar"), "many");
    EXPECT_EQ(plural_category(100, "ar"), "other");
    EXPECT_EQ(plural_category(1, "zh-Hans"), "other");
}

TEST(locale_data, sorts_in_each_locale_alphabetical_order) {
    std::vector<std::string> spanish = {"ñame", "oreja", "nube", "llave", "luz"};
    sort_by_collation(spanish, "es");
    EXPECT_EQ(spanish, (std::vector<std::string>{"llave", "luz", "nube", "ñame", "oreja"}));
    std::vector<std::string> english = {"zebra", "Apple", "éclair", "banana"};
    sort_by_collation(english, "en");
    EXPECT_EQ(english, (std::vector<std::string>{"Apple", "banana", "éclair", "zebra"}));
    std::vector<std::string> swedish = {"ö", "z", "a"};
    sort_by_collation(swedish, "sv");
    EXPECT_EQ(swedish, (std::vector<std::string>{"a", "z", "ö"}));
}

}  // namespace
}  // namespace folio::i18n
