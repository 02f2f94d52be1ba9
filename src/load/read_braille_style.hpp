#pragma once

#include "model/braille_style.hpp"
#include "model/diagnostics.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace folio::load {

/// Whether liblouis has a table for a language (its primary subtag) in a grade (1 or 2). The
/// braille stage knows (render::braille::braille_code_for); the load stage may not reach it, so
/// the caller passes the question in.
using braille_table_check = std::function<bool(std::string_view language, int grade)>;

/// The sizes a braille style may give, with why: embossers take lines of 10 to 100 cells and
/// pages of 10 to 100 lines; Folio's layout indents up to 6 cells (nested list items, third-level
/// headings, transcriber's notes) and wants some 14 cells of text after that, hence 20 cells.
inline constexpr std::size_t min_braille_cells = 20, max_braille_cells = 100;
inline constexpr std::size_t min_braille_lines = 10, max_braille_lines = 100;

/// Reads the braille editions' style (styles/braille.xml, documented in docs/styles.md),
/// reporting every problem with its line and column. Returns nothing when the file cannot be read
/// or parsed; the caller counts the errors in `sink` to know whether the style is usable.
auto read_braille_style(const std::filesystem::path& file, const braille_table_check& has_table,
                        model::diagnostics& sink) -> std::optional<model::braille_style>;

/// Reads a braille style held in memory, as if it were read from `file` (tests).
auto read_braille_style_from_bytes(std::string bytes, const std::filesystem::path& file,
                                   const braille_table_check& has_table, model::diagnostics& sink)
    -> std::optional<model::braille_style>;

}  // namespace folio::load
