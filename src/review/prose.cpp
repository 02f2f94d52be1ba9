#include "review/prose.hpp"

#include "base/overloaded.hpp"

namespace folio::review {
namespace {

void append(prose& out, const model::inlines& run) {
    for (const auto& node : run) {
        std::visit(overloaded{
                       [&](const model::text& t) {
                           out.sources.emplace_back(out.text.size(), node.position);
                           out.text += t.value;
                       },
                       [&](const model::emphasis& e) { append(out, e.children); },
                       [&](const model::strong& s) { append(out, s.children); },
                       [&](const model::link& l) { append(out, l.children); },
                       [&](const model::foreign& f) {
                           const auto begin = out.text.size();
                           append(out, f.children);
                           out.foreign.emplace_back(begin, out.text.size());
                       },
                       [&](const model::cross_reference& x) { append(out, x.children); },
                       [&](const model::abbreviation& a) {
                           out.sources.emplace_back(out.text.size(), node.position);
                           out.text += a.value;
                       },
                       // Lines broken by hand (an address, a name and its posts) are read as
                       // separate lines, not one long sentence: a line feed ends a sentence in
                       // ICU's rules (UAX #29, SB4).
                       [&](const model::line_break&) { out.text += '\n'; },
                   },
                   node.value);
    }
}

void collect(const model::blocks& content, passage& into);

/// Collects the prose of `node` into `into`, leaving out what another language holds.
void collect(const model::block_node& node, passage& into) {
        if (!node.language.empty()) return;  // another language: the formulas do not apply
        std::visit(overloaded{
                       [&](const model::paragraph& p) {
                           // A paragraph that is all another language's words ("Esta hoja también
                           // está en español.") is left out like a paragraph marked as one.
                           auto text = prose_of(p.content);
                           std::size_t outside = 0;
                           for (std::size_t i = 0; i < text.text.size(); ++i)
                               if (!text.in_foreign(i) && text.text[i] != ' ' && text.text[i] != '\n') ++outside;
                           if (outside > 0 || text.foreign.empty()) into.paragraphs.emplace_back(std::move(text), node.position);
                       },
                       [&](const model::section& s) { collect(s.content, into); },
                       [&](const model::callout& c) { collect(c.content, into); },
                       [&](const model::list& l) {
                           for (const auto& item : l.items) collect(item.content, into);
                       },
                       [&](const model::glossary& g) {
                           for (const auto& entry : g.entries) collect(entry.definition, into);
                       },
                       [&](const model::figure& f) {
                           if (!f.caption.empty()) into.paragraphs.emplace_back(prose_of(f.caption), node.position);
                       },
                       [](const model::table&) {},
                       [](const model::page_break&) {},
                   },
                   node.value);
}

void collect(const model::blocks& content, passage& into) {
    for (const auto& node : content) collect(node, into);
}

}  // namespace

auto prose::source_at(std::size_t at, model::source_position fallback) const -> model::source_position {
    model::source_position found = fallback;
    for (const auto& [offset, position] : sources) {
        if (offset > at) break;
        if (position.line != 0) found = position;
    }
    return found;
}

auto prose::in_foreign(std::size_t at) const -> bool {
    for (const auto& [begin, end] : foreign)
        if (at >= begin && at < end) return true;
    return false;
}

auto prose_of(const model::inlines& run) -> prose {
    prose out;
    append(out, run);
    return out;
}

auto passages_of(const model::document& doc) -> std::vector<passage> {
    std::vector<passage> out(1);  // the content before the first section
    for (const auto& node : doc.body) {
        const auto* s = std::get_if<model::section>(&node.value);
        if (s == nullptr || !node.language.empty()) {
            collect(node, out.front());
            continue;
        }
        passage p;
        p.id = node.id;
        p.title = model::plain_text(s->title);
        p.position = node.position;
        collect(s->content, p);
        out.push_back(std::move(p));
    }
    if (out.front().paragraphs.empty()) out.erase(out.begin());
    return out;
}

}  // namespace folio::review
