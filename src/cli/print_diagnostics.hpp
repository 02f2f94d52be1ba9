#pragma once

#include "cli/run_folio.hpp"
#include "model/diagnostics.hpp"

namespace folio::cli {

/// Prints every diagnostic of `sink` to env.err in file, line and column order, each one about
/// a single character placed on that character in its file (load::point_at_characters).
void print_diagnostics(const model::diagnostics& sink, const environment& env);

}  // namespace folio::cli
