#include "i18n/language_tag.hpp"

#include <gtest/gtest.h>

namespace folio::i18n {
namespace {

TEST(language_tag, accepts_and_canonicalizes_bcp47) {
    EXPECT_EQ(check_language_tag("en").canonical, "en");
    EXPECT_EQ(check_language_tag("es-MX").canonical, "es-MX");
    EXPECT_EQ(check_language_tag("zh-hans").canonical, "zh-Hans");
    EXPECT_EQ(check_language_tag("EN-us").canonical, "en-US");
    EXPECT_TRUE(check_language_tag("vi").valid);
}

TEST(language_tag, refuses_malformed_and_unknown_tags) {
    EXPECT_FALSE(check_language_tag("").valid);
    EXPECT_FALSE(check_language_tag("e").valid);
    EXPECT_FALSE(check_language_tag("en--US").valid);
    const auto english = check_language_tag("english");
    EXPECT_FALSE(english.valid);
    EXPECT_NE(english.problem.find("not a known language"), std::string::npos);
}

TEST(language_tag, suggests_hyphens_for_underscores) {
    const auto check = check_language_tag("en_US");
    EXPECT_FALSE(check.valid);
    EXPECT_EQ(check.suggestion, "en-US");
}

TEST(language_tag, names_languages_in_the_reader_language) {
    EXPECT_EQ(language_display_name("es", "en"), "Spanish");
    EXPECT_EQ(language_display_name("es", "es", name_position::middle_of_sentence), "español");
    EXPECT_EQ(language_display_name("es", "es"), "Español");
    EXPECT_EQ(language_display_name("en", "en"), "English");
    EXPECT_EQ(language_display_name("en", "es", name_position::middle_of_sentence), "inglés");
    EXPECT_EQ(language_display_name("en", "es"), "Inglés");
}

TEST(language_tag, knows_the_writing_direction) {
    EXPECT_TRUE(is_right_to_left("ar"));
    EXPECT_TRUE(is_right_to_left("he"));
    EXPECT_FALSE(is_right_to_left("en"));
    EXPECT_FALSE(is_right_to_left("zh-Hans"));
}

TEST(language_tag, compares_whole_tags_ignoring_case) {
    EXPECT_TRUE(same_language("en", "en"));
    EXPECT_TRUE(same_language("zh-hans", "zh-Hans"));
    EXPECT_TRUE(same_language("EN-us", "en-US"));
    EXPECT_FALSE(same_language("es", "es-MX"));
    EXPECT_FALSE(same_language("es-MX", "es"));
    EXPECT_FALSE(same_language("en", "fr"));
    EXPECT_FALSE(same_language("", "en"));
    EXPECT_TRUE(same_language("", ""));
}

TEST(language_tag, compares_primary_language_subtags) {
    constexpr auto primary = tag_match::primary_language;
    EXPECT_TRUE(same_language("zh-Hans", "zh", primary));
    EXPECT_TRUE(same_language("ZH-Hant-TW", "zh-Hans", primary));
    EXPECT_TRUE(same_language("ja", "JA", primary));
    // A longer language code that merely starts alike is another language.
    EXPECT_FALSE(same_language("zha", "zh", primary));  // Zhuang
    EXPECT_FALSE(same_language("kok", "ko", primary));  // Konkani
    EXPECT_FALSE(same_language("es-MX", "en", primary));
}

}  // namespace
}  // namespace folio::i18n
