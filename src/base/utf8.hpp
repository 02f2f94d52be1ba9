#pragma once

// The one UTF-8 decoder outside ICU (which stays behind src/i18n): standard library only, so
// layout, the writers and the tests all read code points the same way, including broken ones.

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

/// A code point read from UTF-8 text and the number of bytes it took there.
struct decoded_code_point {
    char32_t value = 0;
    std::size_t length = 0;
    friend constexpr auto operator==(const decoded_code_point&, const decoded_code_point&) -> bool = default;
};

/// What a malformed sequence decodes to.
inline constexpr char32_t replacement_character = U'\uFFFD';

/// Decodes the code point that starts at byte `at` of `text` (`at < text.size()`; past the end
/// gives {U+FFFD, 0}). A malformed sequence (a stray continuation byte, a lead byte C0, C1 or
/// F5..FF, an overlong form, a surrogate, a value above U+10FFFF, or a sequence cut short by the
/// end of the text or by a byte that is not a continuation byte) decodes as {U+FFFD, 1}: a caller
/// that advances by `length` always moves forward and picks up again at the next byte.
constexpr auto decode_utf8(std::string_view text, std::size_t at) -> decoded_code_point {
    if (at >= text.size()) return {replacement_character, 0};
    constexpr decoded_code_point malformed{replacement_character, 1};
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80U) return {lead, 1};
    std::size_t length = 0;
    char32_t value = 0;
    char32_t smallest = 0;  // below this, the form is overlong
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2, value = lead & 0x1FU, smallest = 0x80;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3, value = lead & 0x0FU, smallest = 0x800;
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4, value = lead & 0x07U, smallest = 0x10000;
    } else {
        return malformed;  // a continuation byte, or a lead byte no valid sequence starts with
    }
    if (text.size() - at < length) return malformed;
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char next = byte(at + k);
        if ((next & 0xC0U) != 0x80U) return malformed;
        value = (value << 6U) | (next & 0x3FU);
    }
    if (value < smallest || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return malformed;
    return {value, length};
}

/// Appends code point `c` to `out` as UTF-8 (a surrogate or a value above U+10FFFF as U+FFFD).
inline void append_utf8(std::string& out, char32_t c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = replacement_character;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0U | (c >> 6U));
        out += static_cast<char>(0x80U | (c & 0x3FU));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0U | (c >> 12U));
        out += static_cast<char>(0x80U | ((c >> 6U) & 0x3FU));
        out += static_cast<char>(0x80U | (c & 0x3FU));
    } else {
        out += static_cast<char>(0xF0U | (c >> 18U));
        out += static_cast<char>(0x80U | ((c >> 12U) & 0x3FU));
        out += static_cast<char>(0x80U | ((c >> 6U) & 0x3FU));
        out += static_cast<char>(0x80U | (c & 0x3FU));
    }
}

}  // namespace folio
