#include "render/pdf/tagging/structure_plan.hpp"

#include "base/overloaded.hpp"
#include "i18n/language_tag.hpp"
#include "model/title_block_ids.hpp"
#include "render/pdf/tagging/leaf_key.hpp"

#include <algorithm>
#include <compare>
#include <map>
#include <set>

namespace folio::render::pdf::tagging {
namespace {

auto numbering_of(model::list_numbering numbering) -> list_numbering {
    switch (numbering) {
        case model::list_numbering::decimal: return list_numbering::decimal;
        case model::list_numbering::lower_alpha: return list_numbering::lower_alpha;
        case model::list_numbering::upper_alpha: return list_numbering::upper_alpha;
        case model::list_numbering::lower_roman: return list_numbering::lower_roman;
        case model::list_numbering::upper_roman: return list_numbering::upper_roman;
        case model::list_numbering::none: return list_numbering::none;
    }
    return list_numbering::decimal;
}

using i18n::same_language;

/// A table cell's text as drawn: a second drawing of the same text is a header row repeated
/// after a page break, page furniture like a running header.
struct drawn_cell {
    leaf_key cell;
    layout::item_role role = layout::item_role::table_cell;
    std::size_t text_offset = 0;
    friend auto operator<=>(const drawn_cell&, const drawn_cell&) = default;
};

class planner {
public:
    planner(const model::document& model, const layout::paged_document& pages, const plan_options& options)
        : model_(model), pages_(pages), options_(options),
          language_(pages.language.empty() ? model.meta.language : pages.language) {}

    auto run() -> structure_plan {
        prescan();
        const auto document = add(no_element, structure_type::document, "");
        title_block(document);
        blocks(model_.body, document);
        mark_pages();
        prune(0);
        hoist_languages(0);
        group_long_arrays(0);
        settle_owners();
        for (const auto& row : structure_types)
            if (!is_standard(row.type) &&
                std::any_of(plan_.elements.begin(), plan_.elements.end(),
                            [&](const element& e) { return !e.removed && e.type == row.type; }))
                plan_.role_map_sources.push_back(row.type);
        return std::move(plan_);
    }

private:
    auto add(std::size_t parent, structure_type type, std::string node_id, const std::string& language = {})
        -> std::size_t {
        element e;
        e.type = type;
        e.parent = parent;
        e.node_id = std::move(node_id);
        const auto index = plan_.elements.size();
        if (parent != no_element) {
            if (!language.empty() && !same_language(language, effective_language(parent))) e.language = language;
            plan_.elements[parent].kids.emplace_back(index);
        }
        plan_.elements.push_back(std::move(e));
        return index;
    }

    /// Drawn items whose provenance gives `key` belong to `element`.
    void leaf(std::size_t element, leaf_key key) { leaves_.try_emplace(std::move(key), element); }

    auto effective_language(std::size_t element) const -> const std::string& {
        for (auto e = element; e != no_element; e = plan_.elements[e].parent)
            if (!plan_.elements[e].language.empty()) return plan_.elements[e].language;
        return language_;
    }

    /// Where things are first drawn (glossary entries are printed in collation order, not in
    /// the order of the source), and the notice lines of the title block.
    void prescan() {
        std::size_t position = 0;
        for (const auto& page : pages_.pages) {
            for (const auto& item : page.items) {
                ++position;
                const auto* run = std::get_if<layout::glyph_run>(&item);
                if (run == nullptr || run->from.artifact != layout::artifact_kind::none) continue;
                first_drawn_.try_emplace(run->from.node_id, position);
                if (run->from.role == layout::item_role::metadata &&
                    std::find(meta_parts_.begin(), meta_parts_.end(), run->from.part) == meta_parts_.end())
                    meta_parts_.push_back(run->from.part);
            }
        }
    }

    void title_block(std::size_t document) {
        const std::string title(model::title_id), subtitle(model::subtitle_id), notices(model::notices_id);
        // A book's cover, first: a figure with its alt text.
        if (model_.meta.cover && model_.meta.cover->image) {
            const std::string cover(model::cover_id);
            const auto figure = add(document, structure_type::figure, cover);
            plan_.elements[figure].alt = model_.meta.cover->alt;
            leaf(figure, {cover, leaf_part::figure});
        }
        leaf(add(document, structure_type::h1, title), {title, leaf_part::title});
        leaf(add(document, structure_type::p, subtitle), {subtitle, leaf_part::subtitle});
        for (const int part : meta_parts_) {
            const auto p = add(document, structure_type::p, notices);
            leaf(p, {.node_id = notices, .part = leaf_part::notice, .line = part});
        }
    }

    void blocks(const model::blocks& content, std::size_t parent) {
        for (const auto& node : content) block(node, parent);
    }

    void block(const model::block_node& node, std::size_t parent) {
        const auto& id = node.id;
        std::visit(
            folio::overloaded{
                [&](const model::section& b) {
                    const auto sect = add(parent, structure_type::sect, id, node.language);
                    if (!b.title.empty()) leaf(add(sect, heading_type(b.level), id), {id, leaf_part::heading});
                    blocks(b.content, sect);
                },
                [&](const model::paragraph&) { leaf(add(parent, structure_type::p, id, node.language), {id, leaf_part::paragraph}); },
                [&](const model::list& b) { list(b, id, node.language, parent); },
                [&](const model::table& b) { table(b, id, node.language, parent); },
                [&](const model::figure& b) {
                    if (!b.decorative) {
                        const auto figure = add(parent, structure_type::figure, id, node.language);
                        plan_.elements[figure].alt = b.alt;
                        leaf(figure, {id, leaf_part::figure});
                    }
                    if (!b.caption.empty())
                        leaf(add(parent, structure_type::caption, id, node.language), {id, leaf_part::caption});
                },
                [&](const model::callout& b) {
                    const auto aside = add(parent, structure_type::aside, id, node.language);
                    leaf(add(aside, structure_type::p, id), {id, leaf_part::callout_title});
                    blocks(b.content, aside);
                },
                [&](const model::glossary& b) { glossary(b, id, node.language, parent); },
                [&](const model::page_break&) {},  // nothing to read
            },
            node.value);
    }

    void list(const model::list& l, const std::string& id, const std::string& language, std::size_t parent) {
        const auto list = add(parent, structure_type::l, id, language);
        plan_.elements[list].numbering = l.ordered ? numbering_of(l.numbering) : list_numbering::disc;
        for (const auto& item : l.items) {
            const auto li = add(list, structure_type::li, item.id);
            // Numbering none draws no label: an empty Lbl would be a tag with nothing in it.
            if (!item.label.empty()) leaf(add(li, structure_type::lbl, item.id), {item.id, leaf_part::list_label});
            blocks(item.content, add(li, structure_type::lbody, item.id));
        }
    }

    void table(const model::table& t, const std::string& id, const std::string& language, std::size_t parent) {
        const auto table = add(parent, structure_type::table, id, language);
        leaf(add(table, structure_type::caption, id), {id, leaf_part::table_caption});
        int row = 0;
        const auto rows = [&](const std::vector<model::table_row>& group, structure_type type) {
            if (group.empty()) return;
            const auto part = add(table, type, id);
            for (const auto& r : group) {
                const auto tr = add(part, structure_type::tr, id);
                for (std::size_t k = 0; k < r.cells.size(); ++k) {
                    const auto& cell = r.cells[k];
                    const auto c = add(tr, cell.is_header() ? structure_type::th : structure_type::td, id);
                    if (cell.scope == model::header_scope::column) plan_.elements[c].scope = header_scope::column;
                    if (cell.scope == model::header_scope::row) plan_.elements[c].scope = header_scope::row;
                    leaf(c, {id, leaf_part::table_cell, row, static_cast<int>(k)});
                }
                ++row;
            }
        };
        rows(t.head, structure_type::thead);
        rows(t.body, structure_type::tbody);
    }

    void glossary(const model::glossary& g, const std::string& id, const std::string& language, std::size_t parent) {
        const auto sect = add(parent, structure_type::sect, id, language);
        if (!g.title.empty()) leaf(add(sect, heading_type(g.level), id), {id, leaf_part::heading});
        // A definition list: each term is the label of its definition. In the order printed.
        const auto list = add(sect, structure_type::l, id);
        plan_.elements[list].numbering = list_numbering::none;
        std::vector<const model::glossary_entry*> entries;
        for (const auto& e : g.entries) entries.push_back(&e);
        const auto drawn_at = [&](const model::glossary_entry* e) {
            const auto found = first_drawn_.find(e->id);
            return found == first_drawn_.end() ? std::numeric_limits<std::size_t>::max() : found->second;
        };
        std::stable_sort(entries.begin(), entries.end(),
                         [&](const auto* a, const auto* b) { return drawn_at(a) < drawn_at(b); });
        for (const auto* entry : entries) {
            const auto li = add(list, structure_type::li, entry->id);
            leaf(add(li, structure_type::lbl, entry->id), {entry->id, leaf_part::term});
            blocks(entry->definition, add(li, structure_type::lbody, entry->id));
        }
    }

    /// The element of the drawn item whose leaf key is `key`; content the model does not know
    /// gets its own.
    auto find_leaf(leaf_key key, bool image) -> std::size_t {
        if (const auto found = leaves_.find(key); found != leaves_.end()) return found->second;
        const auto e = add(0, image ? structure_type::figure : structure_type::p, key.node_id);
        leaves_.emplace(std::move(key), e);
        return e;
    }

    /// The Link element of `leaf` for `target`: the leaf's last kid when it links there too.
    auto link_in(std::size_t leaf, const layout::link_target& target) -> std::size_t {
        const auto& kids = plan_.elements[leaf].kids;
        if (!kids.empty()) {
            if (const auto* last = std::get_if<std::size_t>(&kids.back());
                last != nullptr && plan_.elements[*last].type == structure_type::link && link_targets_[*last] == target)
                return *last;
        }
        const auto link = add(leaf, structure_type::link, plan_.elements[leaf].node_id);
        link_targets_[link] = target;
        return link;
    }

    /// A Span with /Lang in `container`: its last kid when that is one in the same language.
    auto span_in(std::size_t container, const std::string& language) -> std::size_t {
        const auto& kids = plan_.elements[container].kids;
        if (!kids.empty()) {
            if (const auto* last = std::get_if<std::size_t>(&kids.back());
                last != nullptr && plan_.elements[*last].type == structure_type::span &&
                same_language(plan_.elements[*last].language, language))
                return *last;
        }
        const auto span = add(container, structure_type::span, plan_.elements[container].node_id);
        plan_.elements[span].language = language;
        return span;
    }

    void mark_pages() {
        plan_.marks.resize(pages_.pages.size());
        std::set<drawn_cell> cells_drawn;
        std::map<drawn_cell, std::size_t> cell_links;
        for (std::size_t p = 0; p < pages_.pages.size(); ++p) {
            const auto& items = pages_.pages[p].items;
            auto& marks = plan_.marks[p];
            marks.resize(items.size());
            std::size_t pending_link = no_element;  // the Link element of the run before a link item
            const auto content = [&](std::size_t i, std::size_t owner) {
                plan_.elements[owner].kids.emplace_back(content_ref{p, i});
                marks[i] = {item_mark::kind::content, owner};
            };
            const auto artifact = [&](std::size_t i, layout::artifact_kind kind) {
                marks[i].what = kind == layout::artifact_kind::pagination ? item_mark::kind::pagination
                                                                          : item_mark::kind::layout;
            };
            for (std::size_t i = 0; i < items.size(); ++i) {
                std::visit(
                    folio::overloaded{
                        [&](const layout::glyph_run& item) {
                            if (item.glyphs.empty()) return;  // draws nothing
                            if (item.from.artifact != layout::artifact_kind::none) return artifact(i, item.from.artifact);
                            const bool linked = !item.link.empty();
                            auto leaf = leaf_of(item.from);
                            const bool cell = leaf.part == leaf_part::table_cell && !item.from.node_id.empty();
                            const drawn_cell key{leaf, item.from.role, item.text_offset};
                            if (cell && !cells_drawn.insert(key).second) {
                                artifact(i, layout::artifact_kind::pagination);
                                if (linked) {
                                    const auto found = cell_links.find(key);
                                    pending_link = found == cell_links.end() ? no_element : found->second;
                                }
                                return;
                            }
                            auto owner = find_leaf(std::move(leaf), false);
                            if (linked) {
                                owner = link_in(owner, item.link);
                                pending_link = owner;
                                if (cell) cell_links[key] = owner;
                            }
                            if (!item.language.empty() && !same_language(item.language, language_) &&
                                !same_language(item.language, effective_language(owner)))
                                owner = span_in(owner, item.language);
                            content(i, owner);
                        },
                        [&](const layout::image& item) {
                            if (item.from.artifact != layout::artifact_kind::none) return artifact(i, item.from.artifact);
                            const auto owner = find_leaf(leaf_of(item.from), true);
                            auto& e = plan_.elements[owner];
                            if (e.alt.empty()) e.alt = item.alt;
                            if (!e.has_box) {
                                e.has_box = true;
                                e.box = {p, item.area};
                            }
                            content(i, owner);
                        },
                        [&](const layout::box& item) {
                            if (!item.fill && !item.stroke) return;  // draws nothing
                            artifact(i, item.from.artifact == layout::artifact_kind::pagination
                                            ? layout::artifact_kind::pagination
                                            : layout::artifact_kind::layout);
                        },
                        [&](const layout::link& item) {
                            auto link = pending_link;
                            if (link == no_element)
                                link = link_in(find_leaf(leaf_of(item.from), false), item.target());
                            pending_link = no_element;
                            plan_.elements[link].kids.emplace_back(annotation_ref{p, i});
                            marks[i] = {item_mark::kind::annotation, link};
                        },
                    },
                    items[i]);
            }
        }
    }

    auto live_kids(std::size_t e) const -> std::vector<kid> {
        std::vector<kid> kept;
        for (const auto& k : plan_.elements[e].kids) {
            const auto* child = std::get_if<std::size_t>(&k);
            if (child == nullptr || !plan_.elements[*child].removed) kept.push_back(k);
        }
        return kept;
    }

    /// Elements with nothing drawn go (table cells stay, to keep the grid whole).
    void prune(std::size_t e) {
        for (const auto& k : plan_.elements[e].kids)
            if (const auto* child = std::get_if<std::size_t>(&k)) prune(*child);
        plan_.elements[e].kids = live_kids(e);
        auto& el = plan_.elements[e];
        if (el.kids.empty() && e != 0 && el.type != structure_type::th && el.type != structure_type::td)
            el.removed = true;
    }

    /// An element whose content is all in Spans of one other language takes that /Lang itself
    /// (a paragraph entirely in Spanish is a P with /Lang es, not a P holding a Span).
    void hoist_languages(std::size_t e) {
        for (const auto& k : plan_.elements[e].kids)
            if (const auto* child = std::get_if<std::size_t>(&k)) hoist_languages(*child);
        auto& el = plan_.elements[e];
        if (e == 0 || !el.language.empty()) return;
        std::string language;
        bool spans_only = false;
        for (const auto& k : el.kids) {
            if (std::holds_alternative<annotation_ref>(k)) continue;
            const auto* child = std::get_if<std::size_t>(&k);
            if (child == nullptr || plan_.elements[*child].type != structure_type::span || plan_.elements[*child].language.empty() ||
                (!language.empty() && !same_language(language, plan_.elements[*child].language)))
                return;
            language = plan_.elements[*child].language;
            spans_only = true;
        }
        if (!spans_only) return;
        std::vector<kid> kids;
        for (const auto& k : el.kids) {
            const auto* child = std::get_if<std::size_t>(&k);
            if (child == nullptr) {
                kids.push_back(k);
                continue;
            }
            plan_.elements[*child].removed = true;
            for (const auto& inner : plan_.elements[*child].kids) {
                if (const auto* grandchild = std::get_if<std::size_t>(&inner)) plan_.elements[*grandchild].parent = e;
                kids.push_back(inner);
            }
        }
        plan_.elements[e].kids = std::move(kids);
        plan_.elements[e].language = language;
    }

    /// No /K array longer than options_.max_kids: row groups split into sibling row groups;
    /// lists into nested lists; content into Spans; anything else into Div (Part under Document).
    void group_long_arrays(std::size_t e) {
        const auto max = std::max<std::size_t>(options_.max_kids, 2);
        if (plan_.elements[e].kids.size() > max) {
            const auto type = plan_.elements[e].type;
            if ((type == structure_type::tbody || type == structure_type::thead) && plan_.elements[e].parent != no_element) {
                split_into_siblings(e, max);
                return;  // the new siblings are visited by the parent's loop
            }
            const auto group = type == structure_type::l ? structure_type::l
                               : info(type).holds_content ? structure_type::span
                               : e == 0                   ? structure_type::part
                                                          : structure_type::div;
            while (plan_.elements[e].kids.size() > max) {
                auto kids = std::move(plan_.elements[e].kids);
                plan_.elements[e].kids.clear();
                for (std::size_t from = 0; from < kids.size(); from += max) {
                    const auto g = add(e, group, plan_.elements[e].node_id);
                    for (std::size_t k = from; k < std::min(kids.size(), from + max); ++k) {
                        if (const auto* child = std::get_if<std::size_t>(&kids[k])) plan_.elements[*child].parent = g;
                        plan_.elements[g].kids.push_back(kids[k]);
                    }
                }
            }
        }
        for (std::size_t k = 0; k < plan_.elements[e].kids.size(); ++k)
            if (const auto* child = std::get_if<std::size_t>(&plan_.elements[e].kids[k])) group_long_arrays(*child);
    }

    void split_into_siblings(std::size_t e, std::size_t max) {
        const auto parent = plan_.elements[e].parent;
        const auto kids = std::move(plan_.elements[e].kids);
        plan_.elements[e].kids.clear();
        plan_.elements[e].removed = true;
        std::vector<std::size_t> parts;
        for (std::size_t from = 0; from < kids.size(); from += max) {
            element part;
            part.type = plan_.elements[e].type;
            part.parent = parent;
            part.node_id = plan_.elements[e].node_id;
            const auto index = plan_.elements.size();
            for (std::size_t k = from; k < std::min(kids.size(), from + max); ++k) {
                if (const auto* child = std::get_if<std::size_t>(&kids[k])) plan_.elements[*child].parent = index;
                part.kids.push_back(kids[k]);
            }
            plan_.elements.push_back(std::move(part));
            parts.push_back(index);
        }
        auto& siblings = plan_.elements[parent].kids;
        for (auto at = siblings.begin(); at != siblings.end(); ++at) {
            if (const auto* child = std::get_if<std::size_t>(&*at); child != nullptr && *child == e) {
                at = siblings.erase(at);
                siblings.insert(at, parts.begin(), parts.end());
                break;
            }
        }
    }

    /// Marks name the element that finally holds their content or annotation (after hoisting
    /// and grouping moved some).
    void settle_owners() {
        for (std::size_t e = 0; e < plan_.elements.size(); ++e) {
            if (plan_.elements[e].removed) continue;
            for (const auto& k : plan_.elements[e].kids)
                std::visit(folio::overloaded{
                               [](std::size_t) {},  // an element: its own kids say where they are
                               [&](const content_ref& c) { plan_.marks[c.page][c.item].element = e; },
                               [&](const annotation_ref& a) { plan_.marks[a.page][a.item].element = e; },
                           },
                           k);
        }
    }

    const model::document& model_;
    const layout::paged_document& pages_;
    const plan_options& options_;
    std::string language_;
    structure_plan plan_;
    std::map<leaf_key, std::size_t> leaves_;           ///< leaf element of each key
    std::map<std::size_t, layout::link_target> link_targets_;  ///< Link element → where it goes
    std::map<std::string, std::size_t> first_drawn_;   ///< node id → position of its first run
    std::vector<int> meta_parts_;
};

}  // namespace

auto plan_structure(const model::document& model, const layout::paged_document& pages, const plan_options& options)
    -> structure_plan {
    return planner(model, pages, options).run();
}

}  // namespace folio::render::pdf::tagging
