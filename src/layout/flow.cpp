#include "layout/flow.hpp"

#include "base/overloaded.hpp"
#include "model/edition_failure.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace folio::layout {

void shift(page_item& item, double dx, double dy) {
    auto move_area = [&](rect& area) {
        area.x += dx;
        area.y += dy;
    };
    std::visit(overloaded{
                   [&](glyph_run& i) {
                       for (auto& g : i.glyphs) move_glyph(g, dx, dy);
                   },
                   [&](box& i) { move_area(i.area); },
                   [&](image& i) { move_area(i.area); },
                   [&](link& i) { move_area(i.area); },
               },
               item);
}


/// The item with its image scaled down to fit `height`, when that keeps at least `shrink_to` of
/// its size; nothing otherwise.
auto shrunk(const flow_item& item, double height) -> std::optional<flow_item> {
    for (std::size_t k = 0; k < item.items.size(); ++k) {
        const auto* picture = std::get_if<image>(&item.items[k]);
        if (picture == nullptr) continue;
        const double padding = item.height - picture->area.height;
        const double scale = (height - padding) / picture->area.height;
        if (scale >= 1 || scale < item.shrink_to) return std::nullopt;
        flow_item copy = item;
        auto& area = std::get<image>(copy.items[k]).area;
        area.x += area.width * (1 - scale) / 2;  // stays centred
        area.width *= scale;
        area.height *= scale;
        copy.height = area.height + padding;
        return copy;
    }
    return std::nullopt;
}

auto paginate(std::vector<flow_item> flow, const page_frame& frame, const std::vector<box_look>& boxes)
    -> paginated {
    std::vector<page> pages;
    const double top = frame.margin_top;
    const double bottom = frame.height - frame.margin_bottom;
    const double column_height = bottom - top;
    std::size_t page_index = 0;
    int column = 0;
    double y = top;
    bool at_column_top = true;
    auto new_page = [&] {
        if (pages.size() == max_pages)
            throw model::edition_failure("the edition would have more than " + std::to_string(max_pages) +
                                         " pages, Folio's limit (docs/robustness.md); split the document");
        pages.push_back(page{frame.width, frame.height, {}, {}});
        page_index = pages.size() - 1;
        column = 0;
        y = top;
        at_column_top = true;
    };
    auto next_column = [&] {
        if (column + 1 < frame.columns) {
            ++column;
            y = top;
            at_column_top = true;
        } else {
            new_page();
        }
    };
    new_page();

    // Header rows of each table, to repeat at the top of a new column.
    std::map<int, std::vector<const flow_item*>> headers;
    for (const auto& item : flow)
        if (item.table >= 0 && item.table_header) headers[item.table].push_back(&item);

    struct box_extent {
        std::size_t page;
        int column;
        double top, bottom, padding;
        std::size_t first_item_index;  ///< where in the page's items the box goes (drawn first)
    };
    std::map<std::pair<int, std::pair<std::size_t, int>>, box_extent> box_parts;

    // The space above an item: its own, but at the top of a column only what a callout box needs
    // to draw its border and padding inside the text area.
    const auto space_above = [&](const flow_item& item) {
        if (at_column_top) return item.box >= 0 ? item.box_padding : 0.0;
        return item.space_before;
    };
    std::set<int> boxes_begun;  ///< callouts some of which is placed already
    // An item's drawn items go to the page: moved, when nothing will place them again (the flow
    // is this function's own: a book's lines are then held once, not twice); copied for table
    // header rows and callout labels, which repeat after a break.
    auto place = [&](const flow_item& item, std::vector<page_item>* taken) {
        if (item.box >= 0) boxes_begun.insert(item.box);
        const double space = space_above(item);
        y += space;
        const double x = frame.margin_left + column * (frame.column_width() + frame.column_gap);
        auto& target = pages[page_index];
        const std::size_t first_index = target.items.size();
        const auto put = [&](page_item drawn) {
            shift(drawn, x, y);
            target.items.push_back(std::move(drawn));
        };
        if (taken != nullptr) {
            for (auto& drawn : *taken) put(std::move(drawn));
            *taken = {};
        } else {
            for (const auto& drawn : item.items) put(drawn);
        }
        if (item.box >= 0) {
            const auto key = std::make_pair(item.box, std::make_pair(page_index, column));
            auto [it, fresh] = box_parts.try_emplace(key, box_extent{page_index, column, y, y + item.height, item.box_padding, first_index});
            if (!fresh) it->second.bottom = y + item.height;
        }
        y += item.height;
        at_column_top = false;
    };

    std::vector<outline_entry> outline;
    std::vector<anchor> anchors;
    for (std::size_t i = 0; i < flow.size(); ++i) {
        auto& item = flow[i];
        if (item.break_before && !at_column_top) new_page();
        const double room = bottom - y;
        const bool fits = space_above(item) + item.height <= room + 0.01;
        // Space alone (the gap after a heading or a callout) means nothing at a column's top, and
        // carried over a break it would leave a page with nothing on it.
        const bool only_space = item.items.empty() && item.anchors.empty() && item.outline.empty();
        if (only_space && (at_column_top || !fits)) continue;
        // The chain this item starts: it and every following item it must stay with.
        double chain = space_above(item) + item.height;
        for (std::size_t k = i; k + 1 < flow.size() && flow[k].keep_with_next; ++k) chain += flow[k + 1].space_before + flow[k + 1].height;
        // A callout is one chain: moved whole to the next column when it fits there, so that a
        // warning is never split from its label; one taller than a column is split (below).
        if (item.box >= 0 && !boxes_begun.contains(item.box)) {
            double whole = space_above(item) + item.height + item.box_padding;
            for (std::size_t k = i + 1; k < flow.size() && flow[k].box == item.box; ++k) whole += flow[k].space_before + flow[k].height;
            chain = std::max(chain, whole);
        }
        // At the top of a column the first item's space is dropped.
        const bool chain_fits_somewhere = chain - space_above(item) + (item.box >= 0 ? item.box_padding : 0) <= column_height + 0.01;
        const bool moves = !at_column_top && (!fits || (chain > room + 0.01 && chain_fits_somewhere));
        if (moves && item.shrink_to < 1) {
            // A figure that almost fits is drawn smaller instead of leaving a page half empty.
            if (auto smaller = shrunk(item, room - (chain - item.space_before - item.height) - item.space_before)) {
                const double top_of_item = y + item.space_before;
                for (auto a : smaller->anchors) {
                    a.page_index = page_index;
                    a.y += top_of_item;
                    anchors.push_back(std::move(a));
                }
                place(*smaller, &smaller->items);
                continue;
            }
        }
        if (moves) {
            next_column();
            // A table continues: its header rows first.
            if (item.table >= 0 && !item.table_header) {
                for (const auto* header : headers[item.table]) place(*header, nullptr);
            }
            // A callout goes on: its label again, "(continued)".
            if (item.box >= 0 && boxes_begun.contains(item.box)) {
                for (const auto& label : boxes.at(static_cast<std::size_t>(item.box)).continued) place(label, nullptr);
            }
        }
        const double item_top = y + space_above(item);
        for (auto o : item.outline) {
            o.page_index = page_index;
            o.y += item_top;
            outline.push_back(std::move(o));
        }
        for (auto a : item.anchors) {
            a.page_index = page_index;
            a.y += item_top;
            anchors.push_back(std::move(a));
        }
        place(item, item.table_header ? nullptr : &item.items);
    }

    // Callout boxes, drawn behind their content: insert each before its first item.
    std::map<std::size_t, std::vector<std::pair<std::size_t, page_item>>> inserts;
    for (const auto& [key, part] : box_parts) {
        const auto& look = boxes.at(static_cast<std::size_t>(key.first));
        const double x = frame.margin_left + part.column * (frame.column_width() + frame.column_gap);
        box b;
        b.area = {x, part.top - part.padding, frame.column_width(), part.bottom - part.top + 2 * part.padding};
        b.fill = true;
        b.fill_color = look.fill;
        b.stroke = true;
        b.stroke_color = look.border;
        b.line_width = 1;
        b.from.artifact = artifact_kind::layout;
        inserts[part.page].emplace_back(part.first_item_index, std::move(b));
    }
    for (auto& [page_number, list] : inserts) {
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        auto& items = pages[page_number].items;
        for (auto& [index, item] : list) items.insert(items.begin() + static_cast<std::ptrdiff_t>(index), std::move(item));
    }
    return {std::move(pages), std::move(outline), std::move(anchors)};
}

}  // namespace folio::layout
