#pragma once

// Small, libharu-free helpers that turn numbers and text into PDF syntax.

#include "base/utf8.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace folio::render::pdf {

/// `value` rounded to `decimals` places, shortest form, '.' as the decimal point whatever the
/// locale ("12", "0.5", "-3.25"; never "-0" or an exponent).
auto format_number(double value, int decimals = 3) -> std::string;

/// The code points of UTF-8 `text` as UTF-16BE bytes (surrogate pairs above U+FFFF). Malformed
/// sequences become U+FFFD. No byte order mark.
auto utf16be(std::string_view utf8) -> std::string;

/// Upper-case hexadecimal digits of `bytes`, two per byte.
auto hex(std::string_view bytes) -> std::string;

/// A PDF text string: byte order mark FE FF then UTF-16BE (as libharu needs it for a binary string).
auto text_string_bytes(std::string_view utf8) -> std::string;

/// Calls `f(code_point)` for every code point of UTF-8 `text` (U+FFFD for malformed sequences).
template <typename F>
void for_each_code_point(std::string_view text, F&& f);

/// `utf8` with its code points in reverse order.
auto reversed_code_points(std::string_view utf8) -> std::string;

/// The text of a glyph (or of a few glyphs) as it must stand in ToUnicode and ActualText.
/// Extractors spread a glyph's characters over its width from left to right and then reverse
/// right-to-left lines character by character (poppler's `reorderText`), so right-to-left text
/// is stored reversed, to come out in logical order ("لا" for lam-alef is stored as "ال").
auto extraction_text(std::string_view utf8, bool right_to_left) -> std::string;

/// Appends the UTF-8 form of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// ---------------------------------------------------------------------------------------------

template <typename F>
void for_each_code_point(std::string_view text, F&& f) {
    for (std::size_t i = 0; i < text.size();) {
        const auto decoded = decode_utf8(text, i);
        f(decoded.value);
        i += decoded.length;
    }
}

}  // namespace folio::render::pdf
