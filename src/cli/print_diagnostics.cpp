#include "cli/print_diagnostics.hpp"

#include "load/point_at_character.hpp"

#include <ostream>

namespace folio::cli {

void print_diagnostics(const model::diagnostics& sink, const environment& env) {
    model::diagnostics placed;
    for (const auto& d : sink.all()) placed.add(load::point_at_character(d));
    for (const auto& d : placed.sorted()) *env.err << model::format_diagnostic(d) << '\n';
}

}  // namespace folio::cli
