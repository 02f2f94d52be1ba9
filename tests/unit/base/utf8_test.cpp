// The one UTF-8 decoder: valid sequences of every length, and a defined answer for every kind of
// malformed input.

#include "base/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio {
namespace {

using namespace std::string_literals;

auto at(std::string_view text, std::size_t i = 0) -> decoded_code_point { return decode_utf8(text, i); }

/// Every code point of `text`, advancing by each decoded length.
auto all(std::string_view text) -> std::u32string {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto d = decode_utf8(text, i);
        out += d.value;
        i += d.length;
    }
    return out;
}

constexpr decoded_code_point bad{replacement_character, 1};

TEST(utf8, decodes_one_to_four_byte_sequences) {
    EXPECT_EQ(at("A"), (decoded_code_point{U'A', 1}));
    EXPECT_EQ(at("\x7F"), (decoded_code_point{0x7F, 1}));
    EXPECT_EQ(at("\xC2\x80"), (decoded_code_point{0x80, 2}));
    EXPECT_EQ(at("\xC3\xB1"), (decoded_code_point{U'ñ', 2}));
    EXPECT_EQ(at("\xDF\xBF"), (decoded_code_point{0x7FF, 2}));
    EXPECT_EQ(at("\xE0\xA0\x80"), (decoded_code_point{0x800, 3}));
    EXPECT_EQ(at("\xE2\x82\xAC"), (decoded_code_point{U'€', 3}));
    EXPECT_EQ(at("\xEF\xBF\xBD"), (decoded_code_point{0xFFFD, 3}));
    EXPECT_EQ(at("\xF0\x90\x80\x80"), (decoded_code_point{0x10000, 4}));
    EXPECT_EQ(at("\xF0\x9F\x98\x80"), (decoded_code_point{U'😀', 4}));
    EXPECT_EQ(at("\xF4\x8F\xBF\xBF"), (decoded_code_point{0x10FFFF, 4}));
    // At an offset, and a NUL byte is a character like any other.
    EXPECT_EQ(at("a\xE4\xB8\xAD", 1), (decoded_code_point{U'中', 3}));
    EXPECT_EQ(at("\0"s), (decoded_code_point{0, 1}));
    EXPECT_EQ(all("a\xC3\xB1\xE2\x82\xAC\xF0\x9F\x98\x80z"), U"añ€😀z");
}

TEST(utf8, overlong_forms_are_malformed) {
    EXPECT_EQ(at("\xC0\x80"), bad);
    EXPECT_EQ(at("\xC1\xBF"), bad);
    EXPECT_EQ(at("\xE0\x80\x80"), bad);
    EXPECT_EQ(at("\xE0\x9F\xBF"), bad);  // U+07FF in three bytes
    EXPECT_EQ(at("\xF0\x80\x80\x80"), bad);
    EXPECT_EQ(at("\xF0\x8F\xBF\xBF"), bad);  // U+FFFF in four bytes
    // One replacement per byte: the caller resynchronizes on each following byte.
    EXPECT_EQ(all("\xC0\x80" "a"), U"\uFFFD\uFFFDa");
}

TEST(utf8, surrogates_and_values_above_the_last_code_point_are_malformed) {
    EXPECT_EQ(at("\xED\xA0\x80"), bad);  // U+D800
    EXPECT_EQ(at("\xED\xBF\xBF"), bad);  // U+DFFF
    EXPECT_EQ(at("\xED\x9F\xBF"), (decoded_code_point{0xD7FF, 3}));
    EXPECT_EQ(at("\xEE\x80\x80"), (decoded_code_point{0xE000, 3}));
    EXPECT_EQ(at("\xF4\x90\x80\x80"), bad);  // U+110000
    EXPECT_EQ(at("\xF5\x80\x80\x80"), bad);
    EXPECT_EQ(at("\xFF"), bad);
}

TEST(utf8, truncated_sequences_and_stray_continuation_bytes_are_malformed) {
    EXPECT_EQ(at("\xC3"), bad);
    EXPECT_EQ(at("\xE2\x82"), bad);
    EXPECT_EQ(at("\xF0\x9F\x98"), bad);
    EXPECT_EQ(at("\xE2\x82" "A"), bad);  // cut short by a byte that starts a character
    EXPECT_EQ(at("\x80"), bad);
    EXPECT_EQ(at("\xBF"), bad);
    EXPECT_EQ(all("\xE2\x82" "A"), U"\uFFFD\uFFFDA");
    EXPECT_EQ(all("a\xF0\x9F\x98"), U"a\uFFFD\uFFFD\uFFFD");
    // Past the end there is nothing to decode: length 0 tells the caller to stop.
    EXPECT_EQ(at("a", 1), (decoded_code_point{replacement_character, 0}));
}

TEST(utf8, decodes_at_compile_time) {
    static_assert(decode_utf8("\xE2\x82\xAC", 0) == decoded_code_point{U'€', 3});
    static_assert(decode_utf8("\xED\xA0\x80", 0) == decoded_code_point{replacement_character, 1});
    SUCCEED();
}

}  // namespace
}  // namespace folio
