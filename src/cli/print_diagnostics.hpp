#pragma once

#include "model/diagnostics.hpp"

#include <iosfwd>

namespace folio::cli {

/// Prints every diagnostic of `sink` to `err` in file, line and column order, each one about a
/// single character placed on that character in its file (load::point_at_characters).
void print_diagnostics(const model::diagnostics& sink, std::ostream& err);

}  // namespace folio::cli
