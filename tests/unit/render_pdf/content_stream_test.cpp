#include "render/pdf/content_stream.hpp"

#include "render/pdf/embedded_fonts.hpp"
#include "render/pdf/navigation.hpp"
#include "render/pdf/pdf_text.hpp"

#include <gtest/gtest.h>

#include <map>

namespace folio::render::pdf {
namespace {

TEST(pdf_text, numbers_are_short_and_use_a_point) {
    EXPECT_EQ(format_number(12), "12");
    EXPECT_EQ(format_number(0.5), "0.5");
    EXPECT_EQ(format_number(-3.25), "-3.25");
    EXPECT_EQ(format_number(841.89), "841.89");
    EXPECT_EQ(format_number(1.0 / 3.0), "0.333");
    EXPECT_EQ(format_number(2.0005, 3), "2.001");
    EXPECT_EQ(format_number(-0.0001), "0");  // never "-0"
    EXPECT_EQ(format_number(123.456, 2), "123.46");
}

TEST(pdf_text, utf16_uses_surrogate_pairs_beyond_the_bmp) {
    EXPECT_EQ(hex(utf16be("Aé")), "004100E9");
    EXPECT_EQ(hex(utf16be("😀")), "D83DDE00");
    EXPECT_EQ(hex(utf16be("\xFF")), "FFFD");  // malformed input
    EXPECT_EQ(hex(text_string_bytes("a")), "FEFF0061");
    EXPECT_EQ(reversed_code_points("لا"), "ال");
    EXPECT_EQ(extraction_text("لا", true), "ال");
    EXPECT_EQ(extraction_text("fi", false), "fi");
}

TEST(to_unicode, maps_each_glyph_to_its_text_and_leaves_out_glyphs_without_text) {
    const std::map<std::uint32_t, std::string> texts{{3, " "}, {0x1A, "ffi"}, {0x2F, ""}, {0x100, "😀"}, {0x101, "\xEF\xBB\xBF"}};
    const auto cmap = to_unicode_cmap(texts);
    EXPECT_NE(cmap.find("3 beginbfchar\n<0003> <0020>\n<001A> <006600660069>\n<0100> <D83DDE00>\nendbfchar\n"),
              std::string::npos)
        << cmap;
    EXPECT_NE(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"), std::string::npos);
    EXPECT_EQ(cmap.find("<002F>"), std::string::npos);  // no text
    EXPECT_EQ(cmap.find("<0101>"), std::string::npos);  // only U+FEFF, which ToUnicode must not hold
}

TEST(to_unicode, writes_at_most_a_hundred_entries_per_block) {
    std::map<std::uint32_t, std::string> texts;
    for (std::uint32_t g = 1; g <= 250; ++g) texts[g] = "a";
    const auto cmap = to_unicode_cmap(texts);
    EXPECT_NE(cmap.find("100 beginbfchar\n"), std::string::npos);
    EXPECT_NE(cmap.find("50 beginbfchar\n"), std::string::npos);
    std::size_t blocks = 0;
    for (auto at = cmap.find("endbfchar"); at != std::string::npos; at = cmap.find("endbfchar", at + 1)) ++blocks;
    EXPECT_EQ(blocks, 3u);
}

TEST(font_names, subset_tags_are_six_capitals_that_depend_on_the_subset) {
    const auto tag = subset_tag("subset bytes");
    ASSERT_EQ(tag.size(), 6u);
    for (const char c : tag) EXPECT_TRUE(c >= 'A' && c <= 'Z');
    EXPECT_EQ(subset_tag("subset bytes"), tag);
    EXPECT_NE(subset_tag("other bytes"), tag);
    EXPECT_EQ(pdf_font_name("Noto Sans(Regular)", "x"), "NotoSansRegular");
    EXPECT_EQ(pdf_font_name("", "DroidSansFallbackFull"), "DroidSansFallbackFull");
}

TEST(page_labels, ascending_numbers_share_a_range_and_other_labels_are_prefixes) {
    EXPECT_TRUE(page_label_ranges({"", ""}).empty());
    EXPECT_EQ(page_label_ranges({"1", "2", "3"}), (std::vector<label_range>{{0, true, 1, ""}}));
    EXPECT_EQ(page_label_ranges({"i", "ii", "1", "2", "5", "٣", "٣", "07"}),
              (std::vector<label_range>{{0, false, 1, "i"},
                                        {1, false, 1, "ii"},
                                        {2, true, 1, ""},
                                        {4, true, 5, ""},
                                        {5, false, 1, "٣"},
                                        {7, false, 1, "07"}}));
}

/// A font where every glyph is 500/1000 em wide and stands for "x".
auto test_font() -> run_font {
    static const glyph_facts x{500, "x"};
    return {"F1", [](std::uint32_t, std::string_view) -> const glyph_facts& { return x; }};
}

/// The operators for `run` at the start of a page.
auto ops(const layout::glyph_run& run) -> std::string {
    text_state fresh;
    return glyph_run_operators(run, test_font(), 800, fresh);
}

auto run_of(std::vector<double> xs, double y = 100) -> layout::glyph_run {
    layout::glyph_run run;
    run.size = 10;
    for (const double x : xs) run.glyphs.push_back({7, static_cast<float>(x), static_cast<float>(y), 5, "x"});
    return run;
}

TEST(content_stream, glyphs_where_the_widths_put_them_need_no_adjustment) {
    EXPECT_EQ(ops(run_of({72, 77, 82})),
              "BT\n/F1 10 Tf\n0 0 0 rg\n1 0 0 1 72 700 Tm\n<000700070007> Tj\nET\n");
}

TEST(content_stream, kerning_and_right_to_left_order_become_tj_adjustments) {
    // The second glyph 0.25 pt to the left of where the pen is: +25 thousandths at 10 pt.
    EXPECT_EQ(ops(run_of({72, 76.75})),
              "BT\n/F1 10 Tf\n0 0 0 rg\n1 0 0 1 72 700 Tm\n[<0007> 25 <0007>] TJ\nET\n");
    // Logical order of a right-to-left word: each glyph left of the previous one.
    EXPECT_EQ(ops(run_of({82, 77, 72})),
              "BT\n/F1 10 Tf\n0 0 0 rg\n1 0 0 1 82 700 Tm\n[<0007> 1000 <0007> 1000 <0007>] TJ\nET\n");
}

TEST(content_stream, rounding_does_not_accumulate) {
    // 300 glyphs 5.0004 pt apart: each is 0.0004 pt further than the width says.
    std::vector<double> xs;
    for (int i = 0; i < 300; ++i) xs.push_back(72 + i * 5.0004);
    const auto text = ops(run_of(xs));
    // One adjustment of about -0.5 thousandths every dozen glyphs keeps the error under 0.005 pt.
    std::size_t adjustments = 0;
    for (auto at = text.find("> -"); at != std::string::npos; at = text.find("> -", at + 1)) ++adjustments;
    EXPECT_GE(adjustments, 15u);
    EXPECT_LE(adjustments, 30u);
}

TEST(content_stream, a_new_baseline_gets_a_new_text_matrix_and_marks_carry_no_text) {
    auto run = run_of({72, 77});
    run.glyphs.push_back({9, 79, 97, 0, "\xCC\x81"});  // a raised combining acute
    const auto text = ops(run);
    EXPECT_EQ(text,
              "BT\n/F1 10 Tf\n0 0 0 rg\n1 0 0 1 72 700 Tm\n<0007> Tj\n"
              "/Span <</ActualText <FEFF00780301>>> BDC\n<0007> Tj\nEMC\n"
              "/Span <</ActualText <FEFF>>> BDC\n1 0 0 1 79 703 Tm\n<0009> Tj\nEMC\nET\n");
}

TEST(content_stream, actual_text_covers_a_whole_run) {
    auto run = run_of({72});
    run.actual_text = "•";
    run.color = {1, 0, 0.5};
    EXPECT_EQ(ops(run),
              "/Span <</ActualText <FEFF2022>>> BDC\nBT\n/F1 10 Tf\n1 0 0.5 rg\n1 0 0 1 72 700 Tm\n<0007> Tj\nET\nEMC\n");
}

TEST(content_stream, a_glyph_standing_for_other_text_gets_its_own_actual_text) {
    auto run = run_of({72, 77});
    run.glyphs[1].text = "\xC2\xA0";  // a no-break space drawn with the glyph that maps to "x"
    EXPECT_EQ(ops(run),
              "BT\n/F1 10 Tf\n0 0 0 rg\n1 0 0 1 72 700 Tm\n<0007> Tj\n/Span <</ActualText <FEFF00A0>>> BDC\n<0007> Tj\nEMC\nET\n");
}

TEST(content_stream, font_and_colour_are_set_only_when_they_change) {
    text_state state;
    auto run = run_of({72});
    EXPECT_EQ(glyph_run_operators(run, test_font(), 800, state), "BT\n/F1 10 Tf\n0 0 0 rg\n1 0 0 1 72 700 Tm\n<0007> Tj\nET\n");
    EXPECT_EQ(glyph_run_operators(run, test_font(), 800, state), "BT\n1 0 0 1 72 700 Tm\n<0007> Tj\nET\n");
    run.size = 12;
    run.color = {0, 0, 1};
    EXPECT_EQ(glyph_run_operators(run, test_font(), 800, state), "BT\n/F1 12 Tf\n0 0 1 rg\n1 0 0 1 72 700 Tm\n<0007> Tj\nET\n");
}

TEST(content_stream, boxes_fill_stroke_or_both) {
    layout::box box{{10, 20, 100, 50}, true, {0.5, 0.5, 0.5}, false, {}, 0.5, {}};
    EXPECT_EQ(box_operators(box, 800), "q\n0.5 0.5 0.5 rg\n10 730 100 50 re\nf\nQ\n");
    box.stroke = true;
    box.stroke_color = {0, 0, 1};
    EXPECT_EQ(box_operators(box, 800), "q\n0.5 0.5 0.5 rg\n0 0 1 RG\n0.5 w\n10 730 100 50 re\nB\nQ\n");
    box.fill = false;
    EXPECT_EQ(box_operators(box, 800), "q\n0 0 1 RG\n0.5 w\n10 730 100 50 re\nS\nQ\n");
    box.stroke = false;
    EXPECT_EQ(box_operators(box, 800), "");
}

}  // namespace
}  // namespace folio::render::pdf

namespace folio::render::pdf {
namespace {

TEST(content_stream, bold_in_a_one_weight_font_is_filled_and_stroked_and_then_turned_off) {
    auto bold = run_of({72});
    bold.synthetic_bold = true;
    bold.color = {0.5, 0, 0};
    text_state state;
    const auto first = glyph_run_operators(bold, test_font(), 800, state);
    EXPECT_EQ(first, "BT\n/F1 10 Tf\n0.5 0 0 rg\n0.5 0 0 RG\n0.333 w\n2 Tr\n1 0 0 1 72 700 Tm\n<0007> Tj\nET\n");
    // Still bold: nothing to set again.
    EXPECT_EQ(glyph_run_operators(bold, test_font(), 800, state).find("Tr"), std::string::npos);
    // Plain text after it goes back to filling only.
    auto plain = run_of({72});
    plain.color = {0.5, 0, 0};
    EXPECT_NE(glyph_run_operators(plain, test_font(), 800, state).find("0 Tr\n"), std::string::npos);
    EXPECT_FALSE(state.emboldened);
}

}  // namespace
}  // namespace folio::render::pdf
