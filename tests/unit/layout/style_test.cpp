#include "load/read_style.hpp"

#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace folio::load {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

auto codes(const model::diagnostics& sink) -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& d : sink.sorted()) out.push_back(d.code);
    return out;
}

TEST(styles, the_shipped_styles_are_valid_and_large_print_meets_its_rules) {
    for (const auto* name : {"brochure", "large-print"}) {
        model::diagnostics sink;
        const auto style = read_style(source_dir / "styles" / (std::string(name) + ".xml"), source_dir / "fonts", sink);
        ASSERT_TRUE(style.has_value()) << name;
        for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
        EXPECT_EQ(style->edition, name);
    }
}

TEST(styles, a_large_print_style_that_breaks_the_rules_is_refused_with_positions) {
    folio::testing::scratch_directory dir;
    const auto file = dir.path() / "large-print.xml";
    std::ofstream(file) << R"(<style version="1" edition="large-print">
  <page columns="2"/>
  <fonts>
    <family scripts="Latn" regular="noto/NotoSans-Regular.ttf" italic="noto/NotoSans-Italic.ttf"/>
  </fonts>
  <body size="12" leading="1.0" align="justify" hyphenate="true" emphasis="italic"/>
  <small size="9"/>
</style>
)";
    model::diagnostics sink;
    const auto style = read_style(file, source_dir / "fonts", sink);
    ASSERT_TRUE(style.has_value());
    const auto found = codes(sink);
    EXPECT_EQ(std::count(found.begin(), found.end(), "large-print-rule"), 10) << ::testing::PrintToString(found);
    // size 12, small 9, headings 5 and 6 below the body, italic emphasis, an italic face, justified,
    // hyphenated, two columns, leading 1.0: ten broken rules. body size="12" is at line 6, column 9.
    bool located = false;
    for (const auto& d : sink.all())
        if (d.message.find("at least 18 pt") != std::string::npos) {
            located = d.position == model::source_position{6, 9};
        }
    EXPECT_TRUE(located);
}

TEST(styles, wrong_values_and_names_are_reported_where_they_stand) {
    folio::testing::scratch_directory dir;
    const auto file = dir.path() / "brochure.xml";
    std::ofstream(file) << R"(<style version="1" edition="brochure">
  <fonts><family scripts="Latn" regular="noto/Missing.ttf"/></fonts>
  <body size="big" colour="#000000"/>
  <headings sizes="20 16"/>
  <tabels/>
</style>
)";
    model::diagnostics sink;
    (void)read_style(file, source_dir / "fonts", sink);
    EXPECT_EQ(codes(sink), (std::vector<std::string>{"missing-font", "invalid-value", "unknown-attribute", "invalid-value", "unknown-element"}));
    const auto sorted = sink.sorted();
    EXPECT_EQ(sorted[2].hint, "did you mean 'color'?");
    EXPECT_EQ(sorted[4].position, (model::source_position{5, 3}));
}

TEST(styles, an_optional_family_not_fetched_leaves_the_style_whole_and_a_required_one_does_not) {
    folio::testing::scratch_directory dir;
    const auto file = dir.path() / "brochure.xml";
    std::ofstream(file) << R"(<style version="1" edition="brochure">
  <fonts>
    <family scripts="Hani" languages="zh-Hant" optional="true" regular="not-fetched/TC.ttf"/>
    <family scripts="Latn Zyyy" regular="noto/NotoSans-Regular.ttf"/>
    <family scripts="Hani" languages="zh-Hant" optional="maybe" regular="noto/NotoSans-Regular.ttf"/>
  </fonts>
</style>
)";
    model::diagnostics sink;
    auto style = read_style(file, source_dir / "fonts", sink);
    EXPECT_EQ(codes(sink), (std::vector<std::string>{"invalid-value"}));  // "maybe", not the missing optional file
    ASSERT_TRUE(style || sink.has_errors());

    std::ofstream(file) << R"(<style version="1" edition="brochure">
  <fonts>
    <family scripts="Hani" languages="zh-Hant" optional="true" regular="not-fetched/TC.ttf"/>
    <family scripts="Latn Zyyy" regular="noto/NotoSans-Regular.ttf"/>
  </fonts>
</style>
)";
    model::diagnostics clean;
    style = read_style(file, source_dir / "fonts", clean);
    ASSERT_TRUE(style);
    EXPECT_FALSE(clean.has_errors());
    ASSERT_EQ(style->unfetched_fonts.size(), 1U);
    EXPECT_EQ(style->unfetched_fonts.front().languages, (std::vector<std::string>{"zh-Hant"}));
    EXPECT_EQ(style->fonts.size(), 1U);

    // Without optional="true", the same missing file is an error at its attribute.
    std::ofstream(file) << R"(<style version="1" edition="brochure">
  <fonts>
    <family scripts="Hani" regular="not-fetched/TC.ttf"/>
  </fonts>
</style>
)";
    model::diagnostics refused;
    (void)read_style(file, source_dir / "fonts", refused);
    EXPECT_EQ(codes(refused), (std::vector<std::string>{"missing-font"}));
}

}  // namespace
}  // namespace folio::load
