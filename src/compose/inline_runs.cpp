#include "compose/inline_runs.hpp"

#include "base/overloaded.hpp"
#include "model/title_block_ids.hpp"

namespace folio::compose {

void for_each_run(model::blocks& content, const std::function<void(model::inlines&, const std::string&)>& visit) {
    for (auto& node : content) {
        const std::string& id = node.id;
        std::visit(overloaded{
                       [&](model::paragraph& p) { visit(p.content, id); },
                       [&](model::section& s) {
                           visit(s.title, id);
                           for_each_run(s.content, visit);
                       },
                       [&](model::list& l) {
                           for (auto& item : l.items) for_each_run(item.content, visit);
                       },
                       [&](model::table& t) {
                           // The order print draws them in: caption, header rows, body rows.
                           visit(t.caption, id);
                           for (auto* rows : {&t.head, &t.body})
                               for (auto& row : *rows)
                                   for (auto& cell : row.cells) visit(cell.content, id);
                       },
                       [&](model::figure& f) { visit(f.caption, id); },
                       [&](model::callout& c) {
                           visit(c.heading.empty() ? c.title : c.heading, id);
                           for_each_run(c.content, visit);
                       },
                       [&](model::glossary& g) {
                           visit(g.title, id);
                           for (auto& entry : g.entries) {
                               visit(entry.term, entry.id);
                               for_each_run(entry.definition, visit);
                           }
                       },
                       [&](model::page_break&) {},
                   },
                   node.value);
    }
}

void for_each_run(model::document& doc, const std::function<void(model::inlines&, const std::string&)>& visit) {
    visit(doc.meta.title, std::string(model::title_id));
    visit(doc.meta.subtitle, std::string(model::subtitle_id));
    for_each_run(doc.body, visit);
}

void for_each_inline(model::inlines& run, const std::function<void(model::inline_node&)>& visit) {
    for (auto& node : run) {
        visit(node);
        std::visit(overloaded{
                       [&](model::text&) {},
                       [&](model::abbreviation&) {},
                       [&](model::line_break&) {},
                       [&](model::emphasis& n) { for_each_inline(n.children, visit); },
                       [&](model::strong& n) { for_each_inline(n.children, visit); },
                       [&](model::link& n) { for_each_inline(n.children, visit); },
                       [&](model::foreign& n) { for_each_inline(n.children, visit); },
                       [&](model::cross_reference& n) { for_each_inline(n.children, visit); },
                   },
                   node.value);
    }
}

}  // namespace folio::compose
