#include "cli/print_diagnostics.hpp"

#include "load/point_at_character.hpp"

#include <ostream>

namespace folio::cli {

void print_diagnostics(const model::diagnostics& sink, std::ostream& err) {
    auto all = sink.all();
    load::point_at_characters(all);
    model::diagnostics placed;
    for (auto& d : all) placed.add(std::move(d));
    for (const auto& d : placed.sorted()) err << model::format_diagnostic(d) << '\n';
}

}  // namespace folio::cli
