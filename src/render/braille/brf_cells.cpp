#include "render/braille/brf_cells.hpp"

#include "base/utf8.hpp"

namespace folio::render::braille {
namespace {

/// The 64 BRF characters in the order of their dot patterns: the character at index n is the
/// cell whose dots are the bits of n (bit 0 dot 1 … bit 5 dot 6). This is the table braille
/// translation software and embossers share (ASCII braille, "North American" computer code).
constexpr std::string_view by_dots = R"( A1B'K2L@CIF/MSP"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\0Z7(_?W]#Y)=)";
constexpr char32_t braille_patterns = 0x2800;

auto upper(char c) -> char { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

auto is_brf_character(char c) -> bool { return by_dots.find(c) != std::string_view::npos; }

auto brf_character(char32_t c) -> std::optional<char> {
    if (c < braille_patterns || c >= braille_patterns + by_dots.size()) return std::nullopt;
    return by_dots[c - braille_patterns];
}

auto brf_to_unicode(std::string_view brf) -> std::string {
    std::string out;
    for (const char c : brf) {
        const auto dots = by_dots.find(upper(c));
        if (dots == std::string_view::npos) out += c;
        else append_utf8(out, braille_patterns + static_cast<char32_t>(dots));
    }
    return out;
}

}  // namespace folio::render::braille
