// The CSS generated from the print style: relative units only, and colours whose contrast, computed
// here from the CSS text by the WCAG 2.1 formula, meets AA (4.5:1) wherever text can sit.

#include "render/html/stylesheet.hpp"

#include "load/read_style.hpp"
#include "render/html/accessibility.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>

namespace folio::render::html {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

struct rgb {
    double r, g, b;
};

auto parse_hex(const std::string& hex) -> rgb {
    auto byte = [&](std::size_t at) { return std::stoi(hex.substr(at, 2), nullptr, 16) / 255.0; };
    return {byte(1), byte(3), byte(5)};
}

/// WCAG 2.1 relative luminance and contrast ratio, written out again here so that the test does
/// not trust the code it checks.
auto luminance(const rgb& c) -> double {
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}
auto ratio(const rgb& a, const rgb& b) -> double {
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

/// Text colours (`color:`) and backgrounds (`background-color:`, and the white page) of a CSS text.
auto colours(const std::string& css, const std::string& property) -> std::set<std::string> {
    std::set<std::string> out;
    const std::regex declaration("(^|[\\s;{])" + property + ":\\s*(#[0-9a-f]{6})");
    for (auto it = std::sregex_iterator(css.begin(), css.end(), declaration); it != std::sregex_iterator(); ++it)
        out.insert((*it)[2].str());
    return out;
}

auto brochure() -> model::style {
    model::diagnostics sink;
    auto style = load::read_style(source_dir / "styles/brochure.xml", source_dir / "fonts", sink);
    EXPECT_TRUE(style && !sink.has_errors());
    return style ? *style : model::style{};
}

void expect_readable(const std::string& css) {
    const auto texts = colours(css, "color");
    auto backgrounds = colours(css, "background-color");
    backgrounds.insert("#ffffff");
    ASSERT_GE(texts.size(), 3U) << css;
    ASSERT_GE(backgrounds.size(), 4U) << css;
    // Every text colour on every background: a link or a heading colour may appear inside a
    // callout or a table header, so each pair must be readable.
    for (const auto& t : texts)
        for (const auto& b : backgrounds)
            EXPECT_GE(ratio(parse_hex(t), parse_hex(b)), 4.5) << t << " on " << b;
}

TEST(stylesheet, the_brochure_colours_meet_wcag_aa_contrast_everywhere_text_can_sit) {
    const auto style = brochure();
    const auto css = stylesheet(style);
    expect_readable(css);
    // The design source is the brochure: its own colours, where they pass, are kept.
    EXPECT_NE(css.find("color: #1f1f1f"), std::string::npos) << css;
    EXPECT_NE(css.find("color: #0b4f6c"), std::string::npos) << css;
    EXPECT_NE(css.find("background-color: #fdecea"), std::string::npos) << css;
}

TEST(stylesheet, colours_too_faint_are_darkened_until_they_pass) {
    auto style = brochure();
    style.text_color = {0.75, 0.75, 0.75};
    style.heading_color = {0.5, 0.8, 1.0};
    style.muted_color = {0.8, 0.8, 0.6};
    const auto css = stylesheet(style);
    expect_readable(css);
    EXPECT_EQ(css.find("#bfbfbf"), std::string::npos);
    EXPECT_GE(contrast_ratio(palette_for(style).heading, {1, 1, 1}), 4.5);
}

TEST(stylesheet, sizes_are_relative_so_the_reader_can_change_them) {
    const auto style = brochure();
    const auto css = stylesheet(style);
    EXPECT_FALSE(std::regex_search(css, std::regex("[0-9](pt|px|cm|mm|in|pc)\\b"))) << css;
    EXPECT_EQ(css.find("!important"), std::string::npos);
    EXPECT_FALSE(std::regex_search(css, std::regex("(^|[\\s;{])height:\\s*[0-9]"))) << css;
    EXPECT_EQ(css.find("font-size: 10.5"), std::string::npos) << "the body keeps the reader's own size";
    // Headings scale with the reader's size as the brochure's do with its body: 16 pt over 10.5 pt.
    EXPECT_NE(css.find("h2 {\n  font-size: 1.524em;"), std::string::npos) << css;
    EXPECT_NE(css.find("line-height: 1.45;"), std::string::npos);
    EXPECT_TRUE(stylesheet_is_transformable(css));
    EXPECT_TRUE(stylesheet_keeps_reading_order(css));
    EXPECT_FALSE(stylesheet_is_transformable("p { font-size: 12pt; }"));
    EXPECT_FALSE(stylesheet_is_transformable("div { height: 20em; }"));
    EXPECT_FALSE(stylesheet_keeps_reading_order("aside { float: right; }"));
    EXPECT_FALSE(stylesheet_keeps_reading_order("p { color: red; }\naside {\n  position: absolute;\n}"));
    EXPECT_FALSE(stylesheet_keeps_reading_order("@media print {\n  nav { position: fixed; }\n}"));
    EXPECT_TRUE(stylesheet_keeps_reading_order("li { position: relative; }\n.list-label { position: absolute; }"));
}

TEST(stylesheet, large_print_emphasis_stays_bold) {
    model::diagnostics sink;
    const auto style = load::read_style(source_dir / "styles/large-print.xml", source_dir / "fonts", sink);
    ASSERT_TRUE(style);
    EXPECT_NE(stylesheet(*style).find("em {\n  font-style: normal;\n  font-weight: bold;\n}"), std::string::npos);
    EXPECT_EQ(stylesheet(brochure()).find("font-style: normal;\n  font-weight: bold"), std::string::npos);
}

TEST(stylesheet, phone_numbers_stay_whole_and_korean_breaks_at_spaces) {
    // Seen at 320 px: "1-800-" / "555-0100" in the taglines, Korean words cut between syllables.
    const auto css = stylesheet(brochure());
    EXPECT_NE(css.find("a[href^=\"tel:\"] {\n  white-space: nowrap;\n}"), std::string::npos) << css;
    EXPECT_NE(css.find(":lang(ko) {\n  word-break: keep-all;\n}"), std::string::npos) << css;
}

}  // namespace
}  // namespace folio::render::html
