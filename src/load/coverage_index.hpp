#pragma once

#include "base/code_point_ranges.hpp"
#include "model/diagnostics.hpp"

#include <filesystem>
#include <map>
#include <string>

namespace folio::load {

/// The file in the fonts folder that says what each optional font draws (`make fonts` fetches
/// those fonts; the index is committed, so it is there when they are not).
inline constexpr const char* coverage_index_name = "coverage-index.txt";

/// Reads a coverage index: lines "FONT-FILE RANGES" (the font's path relative to the fonts folder,
/// then code_point_ranges::encode of its character map); '#' starts a comment line. A missing file
/// is an empty index; a damaged line is a warning at its line, and is left out.
auto read_coverage_index(const std::filesystem::path& file, model::diagnostics& sink)
    -> std::map<std::string, code_point_ranges>;

}  // namespace folio::load
