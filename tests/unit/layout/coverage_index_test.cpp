// The committed font coverage index (fonts/coverage-index.txt) against the styles that need it
// and the fonts it describes.

#include "layout/font_subset.hpp"
#include "load/coverage_index.hpp"
#include "load/read_style.hpp"

#include "support/scratch_directory.hpp"
#include "support/shipped_style.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace folio::layout {
namespace {

const std::filesystem::path fonts_dir = folio::testing::repository_fonts();

auto shipped_index() -> std::map<std::string, code_point_ranges> {
    model::diagnostics sink;
    auto index = load::read_coverage_index(fonts_dir / load::coverage_index_name, sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    return index;
}

TEST(coverage_index, lists_every_optional_family_of_the_shipped_styles) {
    const auto index = shipped_index();
    int optional = 0;
    for (const std::string edition : {"brochure", "large-print"}) {
        const auto style = folio::testing::shipped_style(edition);
        ASSERT_TRUE(style);
        std::vector<model::font_family> families = style->fonts;
        families.insert(families.end(), style->unfetched_fonts.begin(), style->unfetched_fonts.end());
        for (const auto& family : families) {
            if (!family.optional) continue;
            ++optional;
            EXPECT_TRUE(index.contains(family.regular)) << edition << ": " << family.regular << " is not in the index";
        }
        // Not fetched here (CI): the family carries its indexed coverage for check's hints.
        for (const auto& family : style->unfetched_fonts) EXPECT_TRUE(family.indexed_coverage) << family.regular;
    }
    EXPECT_GE(optional, 6);  // Noto Sans TC, SC and JP in both styles
}

TEST(coverage_index, says_what_each_fetched_font_draws) {
    // Only fonts on disk can be compared (`make fonts` fetched them); a default face shows that
    // the reading and the text form agree on a font CI always has.
    const auto index = shipped_index();
    for (const auto& [file, ranges] : index) {
        if (std::filesystem::exists(fonts_dir / file)) {
            EXPECT_EQ(read_font_coverage((fonts_dir / file).string(), 0), ranges) << file << ": rebuild the index";
        }
    }
    const auto hebrew = read_font_coverage((fonts_dir / "noto/NotoSansHebrew-Regular.ttf").string(), 0);
    EXPECT_TRUE(hebrew.contains(U'\u05E9'));
    EXPECT_FALSE(hebrew.contains(U'\u4E00'));
    EXPECT_EQ(code_point_ranges::decode(hebrew.encode()), hebrew);
    // The optional faces draw their own scripts.
    EXPECT_TRUE(index.at("noto-cjk/NotoSansTC_400Regular.ttf").contains(U'\u8AAA'));  // 說
    EXPECT_TRUE(index.at("noto-cjk/NotoSansJP_400Regular.ttf").contains(U'\u3042'));  // あ
    EXPECT_FALSE(index.at("noto-cjk/NotoSansSC_400Regular.ttf").contains(U'\uAC00'));  // 가
}

TEST(coverage_index, a_damaged_line_is_a_warning_at_its_line_and_left_out) {
    const folio::testing::scratch_directory dir;
    std::ofstream(dir.path() / "index.txt") << "# comment\nnoto/a.ttf 20+5e\nnoto/b.ttf zz\nno-ranges\n";
    model::diagnostics sink;
    const auto index = load::read_coverage_index(dir.path() / "index.txt", sink);
    EXPECT_EQ(index.size(), 1U);
    EXPECT_TRUE(index.at("noto/a.ttf").contains(U'A'));
    ASSERT_EQ(sink.all().size(), 2U);
    EXPECT_EQ(sink.all().front().code, "damaged-coverage-index");
    EXPECT_EQ(sink.all().front().position.line, 3U);
    EXPECT_EQ(sink.all().back().position.line, 4U);
    EXPECT_TRUE(load::read_coverage_index(dir.path() / "absent.txt", sink).empty());
}

}  // namespace
}  // namespace folio::layout
