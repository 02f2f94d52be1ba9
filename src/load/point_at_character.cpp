#include "load/point_at_character.hpp"

#include "load/source_map.hpp"

#include "base/utf8.hpp"

#include <charconv>
#include <optional>
#include <fstream>
#include <iterator>
#include <string>

namespace folio::load {

namespace {
/// The code point a character reference at `at` ("&#1513;" or "&#x5E9;") stands for, if it is one.
auto character_reference(std::string_view text, std::size_t at) -> std::optional<char32_t> {
    if (text.compare(at, 2, "&#") != 0) return std::nullopt;
    std::size_t digits = at + 2;
    int base = 10;
    if (digits < text.size() && (text[digits] == 'x' || text[digits] == 'X')) {
        base = 16;
        ++digits;
    }
    const auto end = text.find(';', digits);
    if (end == std::string_view::npos || end == digits || end - digits > 8) return std::nullopt;
    std::uint32_t value = 0;
    const auto [stop, error] = std::from_chars(text.data() + digits, text.data() + end, value, base);
    if (error != std::errc{} || stop != text.data() + end) return std::nullopt;
    return static_cast<char32_t>(value);
}
}  // namespace

auto point_at_character(model::diagnostic d) -> model::diagnostic {
    if (d.character == 0 || d.position.line == 0 || d.file.empty()) return d;
    std::ifstream in(d.file, std::ios::binary);
    if (!in) return d;
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const source_map map(bytes);
    std::size_t at = map.offset_of(d.position);
    while (at < bytes.size()) {
        const auto [c, length] = decode_utf8(bytes, at);
        if (c == d.character || character_reference(bytes, at) == d.character) {
            d.position = map.position_of(at);
            return d;
        }
        at += length == 0 ? 1 : length;
    }
    return d;
}

}  // namespace folio::load
