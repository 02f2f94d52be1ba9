#include "model/document.hpp"

#include "base/overloaded.hpp"
#include "model/walk.hpp"

#include <algorithm>

namespace folio::model {

namespace {
void append_plain_text(const inlines& run, std::string& out) {
    for (const auto& node : run) {
        std::visit(overloaded{
                       [&](const text& n) { out += n.value; },
                       [&](const abbreviation& n) { out += n.value; },
                       [&](const line_break&) { out += ' '; },
                       [&](const emphasis& n) { append_plain_text(n.children, out); },
                       [&](const strong& n) { append_plain_text(n.children, out); },
                       [&](const link& n) { append_plain_text(n.children, out); },
                       [&](const foreign& n) { append_plain_text(n.children, out); },
                       [&](const cross_reference& n) { append_plain_text(n.children, out); },
                   },
                   node.value);
    }
}
}  // namespace

auto plain_text(const inlines& run) -> std::string {
    std::string out;
    append_plain_text(run, out);
    return out;
}

auto table::column_count() const -> std::size_t {
    std::size_t widest = 0;
    for (const auto* rows : {&head, &body})
        for (const auto& row : *rows) widest = std::max(widest, row.cells.size());
    return widest;
}

auto find_block(const document& doc, std::string_view id) -> const block_node* {
    const block_node* found = nullptr;
    walk_blocks(doc.body, [&](const block_node& node) {
        if (node.id == id) found = &node;
        return found != nullptr;
    });
    return found;
}

auto position_of_node(const document& doc, std::string_view id) -> source_position {
    source_position found;
    walk_blocks(doc.body, [&](const block_node& node) {
        if (node.id == id) found = node.position;
        if (const auto* l = std::get_if<list>(&node.value))
            for (const auto& item : l->items)
                if (item.id == id) found = item.position;
        if (const auto* g = std::get_if<glossary>(&node.value))
            for (const auto& entry : g->entries)
                if (entry.id == id) found = entry.position;
        return found.line > 0;
    });
    return found;
}

auto find_glossary_entry(const document& doc, std::string_view id) -> glossary_entry_location {
    glossary_entry_location found;
    walk_blocks(doc.body, [&](const block_node& node) {
        if (const auto* g = std::get_if<glossary>(&node.value)) {
            for (const auto& entry : g->entries)
                if (entry.id == id) found = {g, &entry};
        }
        return found.entry != nullptr;
    });
    return found;
}

}  // namespace folio::model
