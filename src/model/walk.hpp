#pragma once

#include "base/overloaded.hpp"
#include "model/block.hpp"

namespace folio::model {

template <typename Visitor>
auto walk_blocks(const blocks& content, Visitor&& visit) -> bool;

/// Calls `visit(node)` and then, depth first in reading order, `visit` for every block nested inside
/// `node` (section content, list items, callouts, glossary definitions). `visit` returns true to
/// stop the walk early; the walk returns whether it was stopped.
template <typename Visitor>
auto walk_block(const block_node& node, Visitor&& visit) -> bool {
    if (visit(node)) return true;
    return std::visit(
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
}

/// walk_block for every block of `content`, in reading order.
template <typename Visitor>
auto walk_blocks(const blocks& content, Visitor&& visit) -> bool {
    for (const auto& node : content)
        if (walk_block(node, visit)) return true;
    return false;
}

}  // namespace folio::model
