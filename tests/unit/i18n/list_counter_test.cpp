#include "i18n/list_counter.hpp"

#include <gtest/gtest.h>

namespace {

using folio::i18n::list_counter;
using folio::model::list_numbering;

TEST(list_counter, decimal_uses_the_languages_digits) {
    EXPECT_EQ(list_counter(12, list_numbering::decimal, "en"), "12");
    EXPECT_EQ(list_counter(12, list_numbering::decimal, "ar"), "١٢");
    EXPECT_EQ(list_counter(12, list_numbering::decimal, "hi"), "12");  // CLDR: Hindi's default digits are Latin
}

TEST(list_counter, latin_letters_count_like_spreadsheet_columns) {
    EXPECT_EQ(list_counter(1, list_numbering::lower_alpha, "en"), "a");
    EXPECT_EQ(list_counter(26, list_numbering::lower_alpha, "en"), "z");
    EXPECT_EQ(list_counter(27, list_numbering::lower_alpha, "en"), "aa");
    EXPECT_EQ(list_counter(52, list_numbering::upper_alpha, "es"), "AZ");
    EXPECT_EQ(list_counter(702, list_numbering::lower_alpha, "vi"), "zz");  // Latin script: a-z, as CSS
    EXPECT_EQ(list_counter(703, list_numbering::lower_alpha, "en"), "aaa");
    // Chinese's CLDR index is pinyin initials: a-z too.
    EXPECT_EQ(list_counter(3, list_numbering::upper_alpha, "zh-Hans"), "C");
}

TEST(list_counter, other_alphabets_count_in_their_own_letters_and_order) {
    EXPECT_EQ(list_counter(1, list_numbering::lower_alpha, "ru"), "а");
    EXPECT_EQ(list_counter(3, list_numbering::upper_alpha, "ru"), "В");
    EXPECT_EQ(list_counter(2, list_numbering::lower_alpha, "el"), "β");
    // Arabic: the abjad order (أ ب ج د), not the dictionary's (ا ب ت ث).
    EXPECT_EQ(list_counter(1, list_numbering::lower_alpha, "ar"), "أ");
    EXPECT_EQ(list_counter(3, list_numbering::lower_alpha, "ar-EG"), "ج");
    // Hindi: consonants (क ख ग), not the vowels that lead CLDR's index.
    EXPECT_EQ(list_counter(1, list_numbering::lower_alpha, "hi"), "क");
    EXPECT_EQ(list_counter(2, list_numbering::upper_alpha, "hi"), "ख");
}

TEST(list_counter, roman_numerals_stop_at_3999) {
    EXPECT_EQ(list_counter(4, list_numbering::lower_roman, "en"), "iv");
    EXPECT_EQ(list_counter(1994, list_numbering::upper_roman, "ar"), "MCMXCIV");
    EXPECT_EQ(list_counter(3999, list_numbering::upper_roman, "en"), "MMMCMXCIX");
    EXPECT_EQ(list_counter(4000, list_numbering::upper_roman, "en"), std::nullopt);
    EXPECT_EQ(folio::i18n::largest_list_counter(list_numbering::lower_roman), 3999);
}

TEST(list_counter, none_is_empty_and_zero_cannot_be_written) {
    EXPECT_EQ(list_counter(5, list_numbering::none, "en"), "");
    EXPECT_EQ(list_counter(0, list_numbering::decimal, "en"), std::nullopt);
    EXPECT_EQ(list_counter(-1, list_numbering::lower_alpha, "en"), std::nullopt);
}

}  // namespace
