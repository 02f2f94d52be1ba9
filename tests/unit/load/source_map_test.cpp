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

TEST(source_map, long_lines_of_mixed_widths_map_as_counting_from_the_line_start_would) {
    // Lines of thousands of bytes (checkpoints every 256 bytes fall inside multi-byte
    // characters) and short ones: every offset, and offset_of back, agree with plain counting.
    std::string text;
    for (int i = 0; i < 700; ++i) text += i % 97 == 0 ? "\n" : i % 3 == 0 ? "é中" : i % 5 == 0 ? "😀" : "ab";
    text += "\n";
    for (int i = 0; i < 300; ++i) text += "x\n";
    const source_map map(text);
    std::uint32_t line = 1, column = 1;
    for (std::size_t offset = 0; offset < text.size(); ++offset) {
        const bool lead = (static_cast<unsigned char>(text[offset]) & 0xC0U) != 0x80U;
        if (lead) {
            ASSERT_EQ(map.position_of(offset), (model::source_position{line, column})) << "offset " << offset;
            ASSERT_EQ(map.offset_of({line, column}), offset) << "line " << line << " column " << column;
        }
        if (text[offset] == '\n') {
            ++line;
            column = 1;
        } else if (lead) {
            ++column;
        }
    }
}

}  // namespace
}  // namespace folio::load
