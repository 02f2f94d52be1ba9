#pragma once

#include "model/diagnostics.hpp"
#include "model/style.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace folio::load {

/// Reads a print style (styles/<edition>.xml, documented in docs/styles.md), reporting every
/// problem with its line and column. Font files are checked to exist under `fonts_dir`. A
/// large-print style is also checked against the large-print rules (check_large_print_rules).
/// Returns nothing when the file cannot be read or parsed.
auto read_style(const std::filesystem::path& file, const std::filesystem::path& fonts_dir,
                model::diagnostics& sink) -> std::optional<model::style>;

/// Reads a style held in memory, as if it were read from `file` (tests and the fuzz target).
auto read_style_from_bytes(std::string bytes, const std::filesystem::path& file, const std::filesystem::path& fonts_dir,
                           model::diagnostics& sink) -> std::optional<model::style>;

/// The rules a large-print edition must meet (UKAAF, RNIB, APH, ACB; docs/styles.md): body text
/// at least 18 pt, every text at least 16 pt, no italics (emphasis is bold), left-aligned, no
/// hyphenation, one column, line spacing at least 1.15. Each broken rule is an error naming the
/// setting's place in the style file [large-print-rule].
void check_large_print_rules(const model::style& style, model::diagnostics& sink);

}  // namespace folio::load
