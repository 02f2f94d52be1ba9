#include "compose/text_positions.hpp"

#include "base/overloaded.hpp"

namespace folio::compose {

auto place_run(model::inlines& run, std::size_t offset) -> std::size_t {
    for (auto& node : run) {
        std::visit(overloaded{
                       [&](model::text& n) {
                           n.offset = offset;
                           offset += n.value.size();
                       },
                       [&](model::abbreviation& n) {
                           n.offset = offset;
                           offset += n.value.size();  // drawn as written
                       },
                       [&](model::line_break& n) {
                           n.offset = offset;
                           offset += forced_break_drawn_as.size();
                       },
                       [&](model::emphasis& n) { offset = place_run(n.children, offset); },
                       [&](model::strong& n) { offset = place_run(n.children, offset); },
                       [&](model::link& n) {
                           offset = place_run(n.children, offset);
                           n.printed_address.offset = offset;  // print draws it right after the words
                           offset += n.printed_address.value.size();
                       },
                       [&](model::foreign& n) { offset = place_run(n.children, offset); },
                       [&](model::cross_reference& n) { offset = place_run(n.children, offset); },
                   },
                   node.value);
    }
    return offset;
}

}  // namespace folio::compose
