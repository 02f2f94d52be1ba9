#include "i18n/message_catalog.hpp"

#include "support/shipped_documents.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <unistd.h>

namespace folio::i18n {
namespace {

const std::filesystem::path catalogs = FOLIO_MESSAGES_DIR;

/// The catalogs (ICU locale ids: "zh_Hans") that the shipped documents' languages need, from
/// tests/shipped-documents.txt: the loops below over the catalogs that happen to be built must
/// have seen each of them.
auto shipped_locales() -> std::set<std::string> {
    const auto list = std::filesystem::path(FOLIO_SOURCE_DIR) / "tests/shipped-documents.txt";
    std::set<std::string> locales;
    for (const auto& f : folio::testing::read_shipped_documents(list)) {
        std::string locale = f.language;
        std::replace(locale.begin(), locale.end(), '-', '_');
        locales.insert(locale);
    }
    return locales;
}

TEST(message_catalog, formats_named_arguments) {
    const message_catalog en(catalogs, "en");
    EXPECT_EQ(en.format("heading", {{"level", std::int64_t{2}}, {"title", std::string("Side effects")}}),
              "Heading level 2: Side effects");
}

TEST(message_catalog, chooses_plural_forms_by_cldr_rules) {
    const message_catalog en(catalogs, "en");
    EXPECT_EQ(en.format("list_bulleted", {{"count", std::int64_t{1}}}), "Bulleted list, 1 item.");
    EXPECT_EQ(en.format("list_bulleted", {{"count", std::int64_t{3}}}), "Bulleted list, 3 items.");
    EXPECT_EQ(en.format("table_start", {{"caption", std::string("Types")}, {"rows", std::int64_t{4}}, {"columns", std::int64_t{1}}}),
              "Table: Types. 4 rows, 1 column.");
}

TEST(message_catalog, falls_back_through_parent_locales_to_root) {
    // en-GB has no bundle of its own: en answers; a locale Folio has no words for gets root.
    const message_catalog en_gb(catalogs, "en-GB");
    EXPECT_EQ(en_gb.actual_locale(), "en");
    const message_catalog mexico(catalogs, "es-MX");
    EXPECT_EQ(mexico.actual_locale(), "es");
    EXPECT_EQ(mexico.format("table_end"), message_catalog(catalogs, "es").format("table_end"));
    EXPECT_NE(mexico.format("table_end"), "End of table.");
    const message_catalog unknown(catalogs, "tlh");
    EXPECT_EQ(unknown.actual_locale(), "root");
    EXPECT_EQ(unknown.format("table_end"), "End of table.");
}

TEST(message_catalog, arabic_uses_all_six_plural_forms) {
    const message_catalog ar(catalogs, "ar");
    std::vector<std::string> forms;
    for (const std::int64_t n : {0, 1, 2, 3, 11, 100}) forms.push_back(ar.format("list_bulleted", {{"count", n}}));
    std::sort(forms.begin(), forms.end());
    EXPECT_EQ(std::unique(forms.begin(), forms.end()), forms.end()) << "two counts share a form";
}

TEST(message_catalog, names_a_missing_key) {
    const message_catalog en(catalogs, "en");
    try {
        (void)en.format("no_such_key");
        FAIL() << "expected catalog_error";
    } catch (const catalog_error& e) {
        EXPECT_NE(std::string(e.what()).find("'no_such_key'"), std::string::npos);
    }
}

// A pattern that does not parse is named with its key and catalog, not passed over.
TEST(message_catalog, names_a_pattern_with_a_syntax_error) {
    const auto dir = std::filesystem::temp_directory_path() / ("folio-broken-catalog-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "root.txt") << "root {\n    broken { \"{count, plural, one {# item}\" }\n}\n";
    const std::string command = std::string(FOLIO_GENRB) + " -q -e UTF-8 -d " + dir.string() + " " + (dir / "root.txt").string();
    ASSERT_EQ(std::system(command.c_str()), 0);
    const message_catalog broken(dir, "en");
    try {
        (void)broken.format("broken", {{"count", std::int64_t{1}}});
        FAIL() << "expected catalog_error";
    } catch (const catalog_error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("'broken'"), std::string::npos) << what;
        EXPECT_NE(what.find(dir.string()), std::string::npos) << what;
        EXPECT_NE(what.find("not a valid ICU MessageFormat pattern"), std::string::npos) << what;
    }
    std::filesystem::remove_all(dir);
}

TEST(message_catalog, refuses_a_missing_catalog_folder) {
    EXPECT_THROW(message_catalog("/nonexistent/folio", "en"), catalog_error);
}

// Every key of root must exist and parse as a MessageFormat pattern in every shipped locale.
TEST(message_catalog, every_shipped_locale_has_every_key_and_every_pattern_parses) {
    const auto keys = catalog_keys(catalogs);
    ASSERT_GT(keys.size(), 20U);
    std::set<std::string> locales;
    for (const auto& entry : std::filesystem::directory_iterator(catalogs)) {
        if (entry.path().extension() != ".res") continue;
        const auto locale = entry.path().stem().string();
        locales.insert(locale);
        std::string tag = locale == "root" ? "und" : locale;  // ICU ids ("zh_Hans") to BCP 47 ("zh-Hans")
        std::replace(tag.begin(), tag.end(), '_', '-');
        const message_catalog catalog(catalogs, tag);
        EXPECT_EQ(catalog.actual_locale(), locale) << "the '" << tag << "' catalog is not found under its own name";
        for (const auto& key : keys) {
            EXPECT_NO_THROW((void)catalog.format(key)) << "locale " << locale << ", key " << key;
        }
    }
    EXPECT_TRUE(locales.contains("root"));
    for (const auto& locale : shipped_locales())
        EXPECT_TRUE(locales.contains(locale)) << "no catalog '" << locale << ".res' for a shipped language";
}

// A translated catalog must translate every key itself: falling back to English in the middle of
// a Spanish text edition is a bug, not a feature. (en is root's own language and stays empty.)
TEST(message_catalog, every_translated_catalog_has_every_root_key_itself) {
    const auto root_keys = catalog_keys(catalogs);
    auto unchecked = shipped_locales();
    unchecked.erase("en");
    for (const auto& entry : std::filesystem::directory_iterator(catalogs)) {
        const auto locale = entry.path().stem().string();
        if (entry.path().extension() != ".res" || locale == "root" || locale == "en") continue;
        unchecked.erase(locale);
        const auto keys = catalog_keys(catalogs, locale);
        for (const auto& key : root_keys)
            EXPECT_NE(std::find(keys.begin(), keys.end(), key), keys.end()) << "catalog '" << locale << "' lacks '" << key << "'";
        for (const auto& key : keys)
            EXPECT_NE(std::find(root_keys.begin(), root_keys.end(), key), root_keys.end())
                << "catalog '" << locale << "' has '" << key << "', which root does not know";
    }
    for (const auto& locale : unchecked) ADD_FAILURE() << "no catalog '" << locale << ".res' for a shipped language";
}

// Chinese (and Japanese, when it comes) write their punctuation full width: "警告：", "（第 5 页）".
// An ASCII colon, comma or bracket in a generated word is a slip a reader sees at once.
TEST(message_catalog, chinese_words_use_full_width_punctuation) {
    std::size_t checked = 0;
    for (const std::string locale : {"zh_Hans", "zh_Hant", "ja"}) {
        if (!std::filesystem::exists(catalogs / (locale + ".res"))) continue;  // not shipped (yet)
        const auto keys = catalog_keys(catalogs, locale);
        std::string tag = locale;
        std::replace(tag.begin(), tag.end(), '_', '-');
        const message_catalog catalog(catalogs, tag);
        for (const auto& key : keys) {
            // Every argument a value, so that no "{name}" is left; numbers for the plural ones.
            const auto text = catalog.format(key, {{"count", 3}, {"rows", 3}, {"columns", 2}, {"level", 2}, {"number", 1},
                                                   {"page", 5}, {"pages", 7}, {"kind", std::string("warning")},
                                                   {"reviewed", std::string("no")}});
            ++checked;
            std::string outside_arguments;  // the catalog's own words, without the values put in
            int depth = 0;
            for (const char ch : text) {
                if (ch == '{') ++depth;
                if (depth == 0) outside_arguments += ch;
                if (ch == '}' && depth > 0) --depth;
            }
            EXPECT_EQ(outside_arguments.find_first_of(",:;()?!"), std::string::npos)
                << "catalog '" << locale << "', key '" << key << "': \"" << text << "\"";
        }
    }
    EXPECT_GT(checked, 20U);
}

}  // namespace
}  // namespace folio::i18n
