#include "base/code_point_ranges.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(code_point_ranges, joins_neighbours_and_answers_membership) {
    const auto set = code_point_ranges::from_code_points({0x42, 0x41, 0x43, 0x41, 0x4E00, 0x10FFFF, 0x45});
    EXPECT_EQ(set.ranges(), (std::vector<std::pair<char32_t, char32_t>>{{0x41, 0x43}, {0x45, 0x45}, {0x4E00, 0x4E00}, {0x10FFFF, 0x10FFFF}}));
    EXPECT_EQ(set.size(), 6U);
    for (const char32_t in : {0x41, 0x42, 0x43, 0x45, 0x4E00, 0x10FFFF}) EXPECT_TRUE(set.contains(in)) << std::hex << static_cast<std::uint32_t>(in);
    for (const char32_t out : {0x0, 0x40, 0x44, 0x46, 0x4DFF, 0x4E01, 0x10FFFE}) EXPECT_FALSE(set.contains(out)) << std::hex << static_cast<std::uint32_t>(out);
    EXPECT_FALSE(code_point_ranges{}.contains(0));
}

TEST(code_point_ranges, text_form_is_gaps_and_lengths_and_reads_back) {
    const auto set = code_point_ranges::from_code_points({0x0, 0x20, 0x21, 0x22, 0x4E00});
    EXPECT_EQ(set.encode(), "0 1f+2 4ddd");  // U+0000; gap 0x1F then 3 long; gap to U+4E00
    EXPECT_EQ(code_point_ranges::decode(set.encode()), set);
    EXPECT_EQ(code_point_ranges::decode(""), code_point_ranges{});
    std::vector<char32_t> many;
    for (char32_t c = 0x20; c < 0x30000; c += (c % 7 == 0 ? 3 : 1)) many.push_back(c);
    const auto big = code_point_ranges::from_code_points(many);
    EXPECT_EQ(code_point_ranges::decode(big.encode()), big);
}

TEST(code_point_ranges, damaged_text_is_refused) {
    for (const char* bad : {"zz", "1 ", " 1", "1  2", "1+", "+1", "1 0", "10ffff 0", "10fffe+2", "1,2", "ffffffffff"})
        EXPECT_FALSE(code_point_ranges::decode(bad).has_value()) << bad;
}

}  // namespace
}  // namespace folio
