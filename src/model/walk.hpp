#pragma once

#include "base/overloaded.hpp"
#include "model/block.hpp"

namespace folio::model {

/// Calls `visit(block)` for every block in `content` and, depth first in reading order, for
/// every block nested inside it (section content, list items, callouts, glossary definitions).
/// `visit` returns true to stop the walk early; the walk returns whether it was stopped.
template <typename Visitor>
auto walk_blocks(const blocks& content, Visitor&& visit) -> bool {
    for (const auto& node : content) {
        if (visit(node)) return true;
        const bool stopped = std::visit(
            overloaded{
                [&](const section& b) { return walk_blocks(b.content, visit); },
                [&](const callout& b) { return walk_blocks(b.content, visit); },
                [&](const list& b) {
                    for (const auto& item : b.items)
                        if (walk_blocks(item.content, visit)) return true;
                    return false;
                },
                [&](const glossary& b) {
                    for (const auto& entry : b.entries)
                        if (walk_blocks(entry.definition, visit)) return true;
                    return false;
                },
                [](const paragraph&) { return false; },
                [](const table&) { return false; },
                [](const figure&) { return false; },
                [](const page_break&) { return false; },
            },
            node.value);
        if (stopped) return true;
    }
    return false;
}

}  // namespace folio::model
