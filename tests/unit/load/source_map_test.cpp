#include "load/source_map.hpp"

#include <gtest/gtest.h>

namespace folio::load {
namespace {

TEST(source_map, maps_offsets_to_lines_and_columns) {
    const source_map map("ab\ncd\n\nef");
    EXPECT_EQ(map.position_of(0), (model::source_position{1, 1}));
    EXPECT_EQ(map.position_of(1), (model::source_position{1, 2}));
    EXPECT_EQ(map.position_of(3), (model::source_position{2, 1}));
    EXPECT_EQ(map.position_of(6), (model::source_position{3, 1}));
    EXPECT_EQ(map.position_of(8), (model::source_position{4, 2}));
}

TEST(source_map, counts_columns_in_code_points) {
    // "é" is 2 bytes, "中" 3 and "😀" 4, but each is one column in an editor.
    const std::string text = "é中😀<";
    const source_map map(text);
    EXPECT_EQ(map.position_of(text.find('<')), (model::source_position{1, 4}));
}

TEST(source_map, clamps_offsets_past_the_end) {
    const source_map map("abc");
    EXPECT_EQ(map.position_of(99), (model::source_position{1, 4}));
}

}  // namespace
}  // namespace folio::load
