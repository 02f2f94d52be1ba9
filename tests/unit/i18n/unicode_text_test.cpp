#include "i18n/unicode_text.hpp"

#include <gtest/gtest.h>

namespace folio::i18n {
namespace {

TEST(unicode_text, accepts_valid_utf8_in_every_length) {
    EXPECT_FALSE(find_invalid_utf8("plain ASCII").has_value());
    EXPECT_FALSE(find_invalid_utf8("café 中文 العربية 😀").has_value());
}

TEST(unicode_text, finds_the_first_bad_byte) {
    EXPECT_EQ(find_invalid_utf8("ab\xFF" "cd"), 2U);
    EXPECT_EQ(find_invalid_utf8("é\xC3"), 2U);              // truncated sequence at the end
    EXPECT_EQ(find_invalid_utf8("x\xC0\xAF"), 1U);           // overlong '/'
    EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0U);        // UTF-16 surrogate
    EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0U);    // above U+10FFFF
}

TEST(unicode_text, normalizes_to_nfc) {
    // "e" + COMBINING ACUTE ACCENT becomes "é"; Vietnamese stacked marks compose too.
    EXPECT_EQ(normalize_nfc("Cafe\xCC\x81"), "Caf\xC3\xA9");
    EXPECT_EQ(normalize_nfc("Vie\xCC\xA3\xCC\x82t"), "Vi\xE1\xBB\x87t");
    EXPECT_EQ(normalize_nfc("already NFC: é"), "already NFC: é");
}

TEST(unicode_text, counts_code_points_not_bytes) {
    EXPECT_EQ(count_code_points("héllo"), 5U);
    EXPECT_EQ(count_code_points("中文"), 2U);
    EXPECT_EQ(count_code_points("😀"), 1U);
}

TEST(unicode_text, lower_cases_by_the_language_and_composes) {
    EXPECT_EQ(to_lower("DÍA Vacuna", "es"), "día vacuna");
    EXPECT_EQ(to_lower("DİYARBAKIR", "tr"), "diyarbakır");  // Turkish: İ is i, I is dotless ı
    EXPECT_EQ(to_lower("KIRMIZI", "en"), "kirmizi");
    EXPECT_EQ(to_lower("Di\xCC\x81" "a", "es"), "d\xC3\xAD" "a");  // i + COMBINING ACUTE ACCENT becomes í
}

TEST(unicode_text, counts_letters_and_digits_but_not_accents_or_punctuation) {
    const auto counted = count_letters_and_digits("día 2,500 mg!");
    EXPECT_EQ(counted.letters, 5U);
    EXPECT_EQ(counted.digits, 4U);
    EXPECT_EQ(count_letters_and_digits("e\xCC\x81").letters, 1U);  // the combining accent is no letter
    EXPECT_EQ(count_letters_and_digits("癌症").letters, 2U);
}

}  // namespace
}  // namespace folio::i18n
