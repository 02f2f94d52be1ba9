#pragma once

#include "model/block.hpp"

#include <type_traits>

namespace folio::model {

/// Calls `visit(block)` for every block in `content` and, depth first in reading order, for
/// every block nested inside it (section content, list items, callouts, glossary definitions).
/// `visit` returns true to stop the walk early; the walk returns whether it was stopped.
template <typename Visitor>
auto walk_blocks(const blocks& content, Visitor&& visit) -> bool {
    for (const auto& node : content) {
        if (visit(node)) return true;
        const bool stopped = std::visit(
            [&](const auto& b) -> bool {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, section> || std::is_same_v<T, callout>) {
                    return walk_blocks(b.content, visit);
                } else if constexpr (std::is_same_v<T, list>) {
                    for (const auto& item : b.items)
                        if (walk_blocks(item.content, visit)) return true;
                } else if constexpr (std::is_same_v<T, glossary>) {
                    for (const auto& entry : b.entries)
                        if (walk_blocks(entry.definition, visit)) return true;
                }
                return false;
            },
            node.value);
        if (stopped) return true;
    }
    return false;
}

}  // namespace folio::model
