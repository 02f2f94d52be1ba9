#include "layout/flow.hpp"

#include <gtest/gtest.h>

namespace folio::layout {
namespace {

auto filler(double height, const std::string& text = "x") -> flow_item {
    flow_item item;
    item.height = height;
    glyph_run run;
    run.text = text;
    run.glyphs.push_back({1, 0, 10, 5, text});
    item.items.emplace_back(std::move(run));
    return item;
}

auto figure(double height) -> flow_item {
    flow_item item;
    item.height = height + 6;
    item.shrink_to = 0.6;
    image picture;
    picture.area = {100, 0, 200, height};
    item.items.emplace_back(std::move(picture));
    return item;
}

page_frame frame() {
    page_frame f;
    f.width = 600;
    f.height = 800;
    f.margin_top = f.margin_bottom = f.margin_left = f.margin_right = 50;  // 700 points of column
    return f;
}

auto image_on(const paginated& result, std::size_t page) -> const image* {
    for (const auto& item : result.pages.at(page).items)
        if (const auto* i = std::get_if<image>(&item)) return i;
    return nullptr;
}

TEST(flow, a_figure_that_almost_fits_is_drawn_smaller_on_the_same_page) {
    const auto result = paginate({filler(500), figure(250)}, frame(), {});
    ASSERT_EQ(result.pages.size(), 1U);
    const auto* picture = image_on(result, 0);
    ASSERT_NE(picture, nullptr);
    EXPECT_NEAR(picture->area.height, 194, 0.5);  // 700 - 500 - 6 of padding
    EXPECT_NEAR(picture->area.x + picture->area.width / 2, 50 + 200, 0.5);  // still centred
    EXPECT_LE(picture->area.y + picture->area.height, 750.01);
}

TEST(flow, a_figure_that_would_shrink_too_much_moves_to_the_next_page_whole) {
    const auto result = paginate({filler(600), figure(250)}, frame(), {});
    ASSERT_EQ(result.pages.size(), 2U);
    EXPECT_EQ(image_on(result, 0), nullptr);
    ASSERT_NE(image_on(result, 1), nullptr);
    EXPECT_EQ(image_on(result, 1)->area.height, 250);
}

TEST(flow, headings_stay_with_what_follows_and_table_headers_repeat) {
    std::vector<flow_item> flow{filler(680)};
    flow_item heading = filler(15);
    heading.keep_with_next = true;
    flow.push_back(heading);
    flow.push_back(filler(15));  // heading + line need 30: only 20 left, so both move
    flow_item header = filler(20, "header");
    header.table = 0;
    header.table_header = true;
    header.keep_with_next = true;
    flow.push_back(header);
    for (int i = 0; i < 40; ++i) {
        flow_item row = filler(20);
        row.table = 0;
        flow.push_back(row);
    }
    const auto result = paginate(flow, frame(), {});
    ASSERT_GE(result.pages.size(), 3U);
    EXPECT_EQ(result.pages[0].items.size(), 1U);  // only the first filler: the heading moved
    // Every page the table continues on starts with its header row, at the top of the column.
    for (std::size_t p = 2; p < result.pages.size(); ++p) {
        const auto& items = result.pages[p].items;
        ASSERT_FALSE(items.empty());
        const auto& first = std::get<glyph_run>(items.front());
        EXPECT_EQ(first.text, "header") << "page " << p + 1;
        EXPECT_NEAR(first.glyphs.front().y, 50 + 10, 0.01);
    }
}

}  // namespace
}  // namespace folio::layout

namespace folio::layout {
namespace {

auto boxed(double height, int box, const std::string& text) -> flow_item {
    auto item = filler(height, text);
    item.box = box;
    item.box_padding = 6;
    return item;
}

/// The pages a glyph run with this text is drawn on.
auto pages_with(const paginated& result, const std::string& text) -> std::vector<std::size_t> {
    std::vector<std::size_t> found;
    for (std::size_t p = 0; p < result.pages.size(); ++p)
        for (const auto& item : result.pages[p].items)
            if (const auto* run = std::get_if<glyph_run>(&item); run && run->text == text) found.push_back(p);
    return found;
}

auto callout_look(const std::string& continued) -> box_look {
    box_look look;
    auto label = filler(20, continued);
    label.keep_with_next = true;
    look.continued.push_back(label);
    return look;
}

TEST(flow, a_callout_that_fits_in_a_column_moves_whole_rather_than_split) {
    // 400 points of text, then a 3-line callout of 360 points: it would fit 300 here, 360 on a page.
    const auto result = paginate({filler(400), boxed(120, 0, "label"), boxed(120, 0, "a"), boxed(120, 0, "b")}, frame(),
                                 {callout_look("label (continued)")});
    ASSERT_EQ(result.pages.size(), 2U);
    EXPECT_EQ(pages_with(result, "label"), std::vector<std::size_t>{1});
    EXPECT_EQ(pages_with(result, "b"), std::vector<std::size_t>{1});
    EXPECT_TRUE(pages_with(result, "label (continued)").empty());
}

TEST(flow, a_callout_taller_than_a_column_is_split_with_its_label_repeated) {
    std::vector<flow_item> flow{filler(100), boxed(30, 0, "label")};
    for (int i = 0; i < 30; ++i) flow.push_back(boxed(30, 0, "line"));  // 930 points of box
    const auto result = paginate(flow, frame(), {callout_look("label (continued)")});
    ASSERT_EQ(result.pages.size(), 2U);
    EXPECT_EQ(pages_with(result, "label"), std::vector<std::size_t>{0});
    EXPECT_EQ(pages_with(result, "label (continued)"), std::vector<std::size_t>{1});
    // The repeated label is the first thing on the page, inside the box.
    const auto& page = result.pages[1];
    const glyph_run* first = nullptr;
    for (const auto& item : page.items)
        if ((first = std::get_if<glyph_run>(&item))) break;
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->text, "label (continued)");
    bool box_drawn = false;
    for (const auto& item : page.items)
        if (const auto* b = std::get_if<box>(&item); b && b->stroke) box_drawn = true;
    EXPECT_TRUE(box_drawn);
}

TEST(flow, space_alone_never_makes_a_page_and_a_break_after_it_leaves_none_empty) {
    flow_item gap;  // the room after a callout: nothing drawn
    gap.height = 20;
    flow_item next = filler(100, "next");
    next.break_before = true;
    const auto result = paginate({filler(690), gap, next}, frame(), {});
    ASSERT_EQ(result.pages.size(), 2U);
    EXPECT_EQ(pages_with(result, "next"), std::vector<std::size_t>{1});
    // And a break right after a page filled to the brim starts one page, not two.
    flow_item after = filler(100, "after");
    after.break_before = true;
    EXPECT_EQ(paginate({filler(700), after}, frame(), {}).pages.size(), 2U);
}

}  // namespace
}  // namespace folio::layout

#include "model/edition_failure.hpp"

namespace folio::layout {
namespace {

TEST(flow, an_edition_of_more_pages_than_the_limit_fails_and_one_at_the_limit_is_made) {
    std::vector<flow_item> at_limit;
    for (std::size_t i = 0; i < max_pages; ++i) at_limit.push_back(filler(700));  // a page each
    EXPECT_EQ(paginate(at_limit, frame(), {}).pages.size(), max_pages);
    at_limit.push_back(filler(10));
    try {
        (void)paginate(at_limit, frame(), {});
        ADD_FAILURE() << "no failure past " << max_pages << " pages";
    } catch (const model::edition_failure& e) {
        EXPECT_NE(std::string(e.what()).find("more than " + std::to_string(max_pages) + " pages"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace folio::layout
