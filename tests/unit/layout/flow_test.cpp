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
