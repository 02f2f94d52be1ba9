#include "layout/table_layout.hpp"

#include "layout/laid_text.hpp"

#include <algorithm>
#include <optional>

namespace folio::layout {

namespace {
auto cell_spans(layout_context& c, const model::table_cell& cell, int source = 0) -> std::vector<styled_span> {
    auto spans = spans_of(cell.content, base_style(c, c.style.body_size, c.style.text_color, cell.is_header()), c);
    for (auto& s : spans) s.source = source;
    return spans;
}

auto cell_provenance(const std::string& id, const model::table_cell& cell, int row, std::size_t column) -> provenance {
    provenance from{id, artifact_kind::none, cell.is_header() ? item_role::table_header : item_role::table_cell};
    from.row = row;
    from.column = static_cast<int>(column);
    return from;
}

/// Column widths from content (CSS 2.1 automatic table layout): each column gets at least its
/// min-content width (its widest word, or with `hyphenate` the widest part of one), then the room
/// left is shared in proportion to how much more each column's text wants (max-content). None
/// when the columns cannot be set side by side: they do not fit even at their narrowest, or, in
/// large print, a column would be squeezed below about twelve characters of its body text.
auto column_widths(layout_context& c, const model::table& table, double padding, bool hyphenate)
    -> std::optional<std::vector<double>> {
    const auto columns = table.column_count();
    std::vector<double> minimum(columns, 0), natural(columns, 0);
    for (const auto* rows : {&table.head, &table.body}) {
        for (const auto& row : *rows) {
            for (std::size_t k = 0; k < row.cells.size(); ++k) {
                const auto widths = measure_text(c, cell_spans(c, row.cells[k]), hyphenate);
                minimum[k] = std::max(minimum[k], widths.min + 2 * padding);
                natural[k] = std::max(natural[k], widths.max + 2 * padding);
            }
        }
    }
    double min_total = 0, natural_total = 0;
    for (std::size_t k = 0; k < columns; ++k) {
        min_total += minimum[k];
        natural_total += natural[k];
    }
    if (min_total > c.column_width + 0.01) return std::nullopt;
    std::vector<double> widths(columns);
    if (natural_total <= c.column_width) {
        // Everything fits on one line per cell: share the spare room evenly.
        for (std::size_t k = 0; k < columns; ++k) widths[k] = natural[k] + (c.column_width - natural_total) / static_cast<double>(columns);
    } else {
        const double spare = c.column_width - min_total;
        const double want = std::max(1e-6, natural_total - min_total);
        for (std::size_t k = 0; k < columns; ++k) widths[k] = minimum[k] + spare * (natural[k] - minimum[k]) / want;
    }
    if (c.style.edition == "large-print") {
        // A column of a few words a line is hard to follow with low vision: below about fifteen
        // characters (an average character is about half an em wide) where its text wants more,
        // large print stacks the table.
        const double narrowest = 15 * 0.5 * c.style.body_size + 2 * padding;
        for (std::size_t k = 0; k < columns; ++k)
            if (widths[k] < narrowest && widths[k] + 0.01 < natural[k]) return std::nullopt;
    }
    return widths;
}

/// A rule across the column under a row.
auto rule_under(layout_context& c, double y) -> box {
    box rule;
    rule.area = {0, y - 0.5, c.column_width, 0.75};
    rule.fill = true;
    rule.fill_color = to_rgb(c.style.rule_color);
    rule.from.artifact = artifact_kind::layout;
    return rule;
}

void layout_grid(layout_context& c, const model::table& table, const std::string& id, const std::vector<double>& widths,
                 double padding, bool hyphenate, std::vector<flow_item>& out) {
    const int number = c.tables++;
    int row_number = 0;  // header rows first: the row of each cell's provenance
    auto add_rows = [&](const std::vector<model::table_row>& rows, bool header) {
        for (const auto& row : rows) {
            flow_item item;
            item.table = number;
            item.table_header = header;
            item.keep_with_next = header;
            std::vector<std::vector<flow_item>> cells;
            double height = 0;
            for (std::size_t k = 0; k < row.cells.size(); ++k) {
                const auto& cell = row.cells[k];
                std::vector<flow_item> lines;
                lines_to_items(break_text(c, cell_spans(c, cell), widths.at(k) - 2 * padding, false, cell.position, hyphenate), 0,
                               cell_provenance(id, cell, row_number, k), lines);
                double h = 0;
                for (const auto& l : lines) h += l.height;
                height = std::max(height, h + 2 * padding);
                cells.push_back(std::move(lines));
            }
            item.height = height;
            // Header cells sit on a tinted background; every row has a rule below it.
            double x = c.right_to_left ? c.column_width : 0;
            for (std::size_t k = 0; k < cells.size(); ++k) {
                const double w = widths.at(k);
                const double cell_x = c.right_to_left ? x - w : x;
                if (row.cells[k].is_header()) {
                    box fill;
                    fill.area = {cell_x, 0, w, height};
                    fill.fill = true;
                    fill.fill_color = to_rgb(c.style.table_header_fill);
                    fill.from.artifact = artifact_kind::layout;
                    item.items.emplace_back(std::move(fill));
                }
                double y = padding;
                for (auto& line : cells[k]) {
                    for (auto& i : line.items) {
                        shift(i, cell_x + padding, y);
                        item.items.push_back(std::move(i));
                    }
                    y += line.height;
                }
                x = c.right_to_left ? x - w : x + w;
            }
            item.items.emplace_back(rule_under(c, height));
            out.push_back(std::move(item));
            ++row_number;
        }
    };
    add_rows(table.head, true);
    add_rows(table.body, false);
}

/// The stacked table: each body row a block of lines "header: value", one per cell, the header
/// words those of the last header row. The header cells' text is drawn for the header cells, so
/// tagging makes their first drawing the table's header row and the later ones page furniture,
/// as it does for header rows repeated after a page break; the separator is furniture too.
void layout_stacked(layout_context& c, const model::table& table, const std::string& id, double padding,
                    std::vector<flow_item>& out) {
    const int header_row = static_cast<int>(table.head.size()) - 1;
    const model::table_row* labels = table.head.empty() ? nullptr : &table.head.back();
    const std::string separator = c.resolved.label_separator();
    const double block_limit = c.column_height / 3;  // a row this tall may go on over a page
    int row_number = static_cast<int>(table.head.size());
    for (const auto& row : table.body) {
        const std::size_t first = out.size();
        for (std::size_t k = 0; k < row.cells.size(); ++k) {
            const auto& cell = row.cells[k];
            if (cell.content.empty()) continue;
            std::vector<styled_span> spans;
            std::vector<provenance> sources;
            if (labels != nullptr && k < labels->cells.size() && !labels->cells[k].content.empty()) {
                spans = cell_spans(c, labels->cells[k], 0);
                for (auto& s : spans) s.style.bold = true;
                sources.push_back(cell_provenance(id, labels->cells[k], header_row, k));
                styled_span between{separator, base_style(c, c.style.body_size, c.style.text_color, true), 0};
                between.source = 1;
                spans.push_back(std::move(between));
                sources.push_back({"", artifact_kind::layout, item_role::none});
            }
            auto value = cell_spans(c, cell, static_cast<int>(sources.size()));
            spans.insert(spans.end(), value.begin(), value.end());
            sources.push_back(cell_provenance(id, cell, row_number, k));
            const std::size_t at = out.size();
            lines_to_items(break_text(c, spans, c.column_width - 2 * padding, false, cell.position, true), padding,
                           sources, out);
            if (at < out.size()) out[at].space_before = at == first ? padding : padding / 2;
        }
        if (first == out.size()) continue;
        // Short rows stay whole on a page; a long one keeps at least its first two lines together.
        double height = 0;
        for (std::size_t k = first; k < out.size(); ++k) height += out[k].height;
        for (std::size_t k = first; k + 1 < out.size(); ++k)
            out[k].keep_with_next = out[k].keep_with_next || height <= block_limit || k == first;
        flow_item rule;
        rule.height = padding;
        rule.items.emplace_back(rule_under(c, padding));
        out.push_back(std::move(rule));
        ++row_number;
    }
}
}  // namespace

void layout_table(layout_context& c, const model::table& table, const std::string& id,
                  const model::source_position& at, std::vector<flow_item>& out) {
    // The caption goes above the table and stays with it.
    const std::size_t caption_first = out.size();
    const auto caption_spans = spans_of(table.caption, base_style(c, c.style.body_size, c.style.text_color, true), c);
    lines_to_items(break_text(c, caption_spans, c.column_width, false, at), 0, {id, artifact_kind::none, item_role::table_caption}, out, true);
    if (caption_first < out.size()) {
        out[caption_first].space_before = c.style.paragraph_space * 2;
        out[caption_first].anchors.push_back({id, 0, 0});
        out.back().keep_with_next = true;
    }
    const double padding = c.style.table_padding;
    // Whole words first; hyphenated words only where whole ones cannot fit (and the style
    // hyphenates); else stacked.
    for (const bool hyphenate : {false, true}) {
        if (hyphenate && !c.style.hyphenate) break;
        if (const auto widths = column_widths(c, table, padding, hyphenate)) return layout_grid(c, table, id, *widths, padding, hyphenate, out);
    }
    layout_stacked(c, table, id, padding, out);
}

}  // namespace folio::layout
