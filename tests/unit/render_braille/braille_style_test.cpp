// The braille style (styles/braille.xml): its defaults, every error at its line and column, and
// the table each grade of each language takes.
#include "load/read_braille_style.hpp"
#include "render/braille/braille_tables.hpp"
#include "render/braille/louis_translator.hpp"

#include <gtest/gtest.h>

namespace folio::render::braille {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

/// The question the engine asks the braille stage for each grade of a style.
auto has_table(std::string_view language, int grade) -> bool { return braille_code_for(language, grade).has_value(); }

auto read(const std::string& xml, model::diagnostics& sink) -> std::optional<model::braille_style> {
    return load::read_braille_style_from_bytes(xml, "braille.xml", has_table, sink);
}

/// "line:column code message | hint" for each diagnostic, in file order.
auto described(const model::diagnostics& sink) -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& d : sink.sorted())
        out.push_back(std::to_string(d.position.line) + ":" + std::to_string(d.position.column) + " " + d.code + " " +
                      d.message + " | " + d.hint);
    return out;
}

TEST(braille_style, the_shipped_style_gives_the_common_page_and_a_grade_for_every_language_with_a_table) {
    model::diagnostics sink;
    const auto style = load::read_braille_style(source_dir / "styles/braille.xml", has_table, sink);
    ASSERT_TRUE(style.has_value());
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    EXPECT_EQ(style->cells, 40U);
    EXPECT_EQ(style->lines, 25U);
    const std::map<std::string, int, std::less<>> expected{{"en", 2}, {"es", 1}, {"ar", 1}, {"hi", 1}, {"vi", 1}, {"zh", 1}};
    EXPECT_EQ(style->grades, expected);
    // The shipped grades are Folio's defaults: a style that leaves a language out changes nothing.
    for (const auto& [language, grade] : style->grades)
        EXPECT_EQ(braille_code_for(language)->table, braille_code_for(language, grade)->table) << language;
}

TEST(braille_style, an_empty_style_keeps_the_defaults) {
    model::diagnostics sink;
    const auto style = read(R"(<style version="1" edition="braille"/>)", sink);
    ASSERT_TRUE(style.has_value());
    EXPECT_FALSE(sink.has_errors());
    EXPECT_EQ(style->cells, 40U);
    EXPECT_EQ(style->lines, 25U);
    EXPECT_TRUE(style->grades.empty());
}

TEST(braille_style, sizes_and_grades_are_read) {
    model::diagnostics sink;
    const auto style = read(R"(<style version="1" edition="braille">
  <page cells="32" lines="20"/>
  <grades><language lang="es" grade="2"/><language lang="EN" grade="1"/></grades>
</style>)", sink);
    ASSERT_TRUE(style.has_value());
    EXPECT_EQ(described(sink), std::vector<std::string>{});
    EXPECT_EQ(style->cells, 32U);
    EXPECT_EQ(style->lines, 20U);
    EXPECT_EQ(style->grades, (std::map<std::string, int, std::less<>>{{"en", 1}, {"es", 2}}));
}

TEST(braille_style, each_error_is_reported_where_it_stands_with_what_to_do) {
    model::diagnostics sink;
    (void)read(R"(<style version="1" edition="braille">
  <page cels="40" lines="many"/>
  <page cells="12" lines="101"/>
  <grade lang="en" grade="2"/>
  <grades>
    <language lang="en" grade="3"/>
    <language lang="hi" grade="2"/>
    <language lang="yi" grade="1"/>
    <language lang="en-US" grade="2"/>
    <language lang="en_US" grade="2"/>
    <language lang="es" grade="1"/>
    <language lang="es" grade="2"/>
    <language lang="ar"/>
    <languge lang="vi" grade="1"/>
  </grades>
</style>)", sink);
    EXPECT_EQ(described(sink), (std::vector<std::string>{
        "2:9 unknown-attribute unknown setting 'cels' in 'page' | did you mean 'cells'?",
        "2:19 invalid-value 'many' is not a number of lines for 'page.lines' | write a whole number from 10 to 100 "
        "(the common braille page is 40 cells by 25 lines)",
        "3:9 invalid-value 12 cells is outside what 'page.cells' allows | write a whole number from 20 to 100: embossers "
        "take up to 100 cells a line, and the layout's indents (up to 6 cells) need 20",
        "3:20 invalid-value 101 lines is outside what 'page.lines' allows | write a whole number from 10 to 100: embossers "
        "take pages of 10 to 100 lines",
        "4:3 unknown-element unknown element 'grade' in 'style' | did you mean 'grades'?",
        "6:25 invalid-value '3' is not a braille grade | write grade=\"1\" (uncontracted) or grade=\"2\" (contracted)",
        "7:25 no-braille-table liblouis has no grade 2 table for 'hi' | write grade=\"1\": liblouis has only that grade for 'hi'",
        "8:25 no-braille-table liblouis has no grade 1 table for 'yi' | remove this 'language': liblouis has no braille "
        "table for 'yi' at all",
        "9:15 invalid-value a grade is given for a whole language: 'en-US' names one variety of 'en' | write lang=\"en\"",
        "10:15 invalid-language 'en_US' is not a language tag: BCP 47 language tags use hyphens, not underscores | did you "
        "mean 'en-US'?",
        "12:15 invalid-value the grade of 'es' is given twice | keep one 'language' for 'es'",
        "13:5 missing-attribute a 'language' in 'grades' needs 'lang' and 'grade' | e.g. <language lang=\"en\" grade=\"2\"/>",
        "14:5 unknown-element unknown element 'languge' in 'grades' | did you mean 'language'?",
    }));
}

TEST(braille_style, the_root_must_be_a_braille_style) {
    model::diagnostics sink;
    (void)read(R"(<style version="2" edition="brochure"/>)", sink);
    EXPECT_EQ(described(sink).size(), 2U) << ::testing::PrintToString(described(sink));
    model::diagnostics other;
    (void)read(R"(<braille/>)", other);
    ASSERT_EQ(other.sorted().size(), 1U);
    EXPECT_EQ(other.sorted().front().code, "unknown-element");
}

TEST(braille_tables, each_grade_of_each_language_takes_its_own_table) {
    const std::vector<std::tuple<std::string, int, std::string>> expected = {
        {"en", 1, "en-ueb-g1.ctb"}, {"en", 2, "en-ueb-g2.ctb"}, {"es", 1, "es-g1.ctb"},       {"es", 2, "es-g2.ctb"},
        {"ar", 1, "ar-ar-g1.utb"},  {"ar", 2, "ar-ar-g2.ctb"},  {"vi", 1, "vi-vn-g0.utb"},    {"vi", 2, "vi-vn-g2.ctb"},
        {"hi", 1, "hi-in-g1.utb"},  {"zh", 1, "zh-chn.ctb"},    {"en-US", 2, "en-ueb-g2.ctb"}};
    for (const auto& [language, grade, table] : expected) {
        const auto code = braille_code_for(language, grade);
        ASSERT_TRUE(code.has_value()) << language << " " << grade;
        EXPECT_EQ(code->table, table);
        EXPECT_EQ(code->contracted, grade == 2) << table;
        // Every table compiles and writes BRF.
        EXPECT_FALSE(louis_translator(*code).translate("abc").empty()) << table;
    }
    EXPECT_FALSE(braille_code_for("hi", 2).has_value());
    EXPECT_FALSE(braille_code_for("zh", 2).has_value());
    EXPECT_FALSE(braille_code_for("en", 3).has_value());
    EXPECT_FALSE(braille_code_for("yi", 1).has_value());
    // No grade: Folio's choice, as the one-argument form gives it.
    EXPECT_EQ(braille_code_for("en", std::nullopt)->table, "en-ueb-g2.ctb");
    EXPECT_EQ(braille_code_for("es", std::nullopt)->table, "es-g1.ctb");
    EXPECT_TRUE(braille_code_for("ar", 2)->other_script);
}

}  // namespace
}  // namespace folio::render::braille
