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

}  // namespace
}  // namespace folio::i18n
