#pragma once

// North American ASCII braille (BRF): one ASCII character a six-dot cell, as embossers and braille
// notetakers read files; and the same cells as Unicode braille patterns (U+2800…), for
// refreshable displays and for sighted readers checking the layout.

#include <optional>
#include <string>
#include <string_view>

namespace folio::render::braille {

/// Whether `c` is a BRF character: space to underscore, capitals only (64 cells).
auto is_brf_character(char c) -> bool;

/// The BRF character of a six-dot Unicode braille pattern (U+2800…U+283F), a space for U+2800;
/// nothing for anything else (an eight-dot pattern, a letter a table passed through).
auto brf_character(char32_t c) -> std::optional<char>;

/// The Unicode braille pattern of each BRF character (lower-case letters read as capitals, as
/// BRF readers do); anything else is kept (line feeds, form feeds).
auto brf_to_unicode(std::string_view brf) -> std::string;

}  // namespace folio::render::braille
