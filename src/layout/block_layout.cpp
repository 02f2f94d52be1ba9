#include "layout/block_layout.hpp"

#include "base/overloaded.hpp"
#include "i18n/language_tag.hpp"
#include "layout/laid_text.hpp"
#include "layout/line_breaker.hpp"
#include "layout/table_layout.hpp"
#include "model/title_block_ids.hpp"

#include <algorithm>
#include <map>

namespace folio::layout {

namespace {
/// Whether a paragraph introduces the block after it: it ends with a colon (":" or the full-width
/// "：" of Chinese and Japanese).
auto is_lead_in(const model::block_node& node) -> bool {
    const auto* p = std::get_if<model::paragraph>(&node.value);
    if (p == nullptr) return false;
    std::string text = model::plain_text(p->content);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text.ends_with(":") || text.ends_with("\uFF1A");
}

/// A lead-in ending with a colon stays on the page of the list or table it introduces: its last
/// line keeps with what follows (call before laying out `content[index]`).
void keep_lead_in(const model::blocks& content, std::size_t index, std::vector<flow_item>& out) {
    if (index == 0 || out.empty() || !is_lead_in(content[index - 1])) return;
    const auto& node = content[index].value;
    if (std::holds_alternative<model::list>(node) || std::holds_alternative<model::table>(node)) out.back().keep_with_next = true;
}

/// Space before the next item: the first item of a block carries the block's spacing.
void space_first(std::vector<flow_item>& out, std::size_t first, double space) {
    if (first < out.size()) out[first].space_before = std::max(out[first].space_before, space);
}

void layout_heading(layout_context& c, const model::inlines& title, int level, const std::string& id,
                    const model::source_position& at, std::vector<flow_item>& out) {
    const double size = c.style.heading_sizes.at(static_cast<std::size_t>(std::clamp(level, 1, 6) - 1));
    const auto spans = spans_of(title, base_style(c, size, c.style.heading_color, true), c);
    const auto lines = break_balanced(c, spans, c.column_width, at);
    const std::size_t first = out.size();
    lines_to_items(lines, 0, {id, artifact_kind::none, item_role::heading, level}, out, true);
    if (first == out.size()) return;
    space_first(out, first, c.style.heading_space_before);
    // A heading stays with what follows it.
    out.back().keep_with_next = true;
    out[first].outline.push_back({model::plain_text(title), level, 0, 0, id});
    out[first].anchors.push_back({id, 0, 0});
    // Room below the heading: an empty item that also keeps with next.
    flow_item gap;
    gap.height = c.style.heading_space_after;
    gap.keep_with_next = true;
    out.push_back(std::move(gap));
}

void layout_paragraph(layout_context& c, const model::inlines& content, const std::string& id,
                      const model::source_position& at, double indent, item_role role,
                      std::vector<flow_item>& out, double size = 0, const model::color* color = nullptr) {
    const auto spans = spans_of(content, base_style(c, size > 0 ? size : c.style.body_size, color ? *color : c.style.text_color), c);
    const bool justify = c.style.align == model::alignment::justify ||
                         (c.style.align == model::alignment::left && sets_text_solid(c.language));
    const auto lines = break_text(c, spans, c.column_width - indent, justify, at, true);
    const std::size_t first = out.size();
    lines_to_items(lines, c.right_to_left ? 0 : indent, {id, artifact_kind::none, role}, out);
    space_first(out, first, c.style.paragraph_space);
    if (first < out.size()) out[first].anchors.push_back({id, 0, 0});
}

void layout_list(layout_context& c, const model::list& list, const std::string& id, double indent,
                 std::vector<flow_item>& out);

/// Blocks inside a list item, callout or definition, indented; its own paragraphs take
/// `paragraph_role` (a list item's are list bodies).
void layout_nested(layout_context& c, const model::blocks& content, double indent, std::vector<flow_item>& out,
                   item_role paragraph_role = item_role::paragraph) {
    for (std::size_t index = 0; index < content.size(); ++index) {
        const auto& node = content[index];
        keep_lead_in(content, index, out);
        if (const auto* p = std::get_if<model::paragraph>(&node.value)) {
            layout_paragraph(c, p->content, node.id, node.position, indent, paragraph_role, out);
        } else if (const auto* l = std::get_if<model::list>(&node.value)) {
            layout_list(c, *l, node.id, indent, out);
        } else {
            const double saved = c.column_width;
            c.column_width -= indent;  // other blocks: laid out in the narrower measure
            std::vector<flow_item> inner;
            layout_blocks({node}, c, inner);
            c.column_width = saved;
            for (auto& item : inner) {
                if (!c.right_to_left)
                    for (auto& i : item.items) shift(i, indent, 0);
                out.push_back(std::move(item));
            }
        }
    }
}

void layout_list(layout_context& c, const model::list& list, const std::string& id, double indent,
                 std::vector<flow_item>& out) {
    // Labels hang in the indent, close to the text they label (a third of an em away): readers
    // and text extractors then see label and text as one line. A long label ("xxviii.", "aab.")
    // widens the whole list's indent, so that every item's text starts at the same place.
    const double gap = c.style.body_size / 3;
    // Each label set on one line exactly as wide as it is (right-to-left lines are set against
    // their right edge); numbering none has none.
    std::vector<broken_paragraph> labels(list.items.size());
    const auto width_of = [](const broken_paragraph& laid) {
        double width = 0;
        if (!laid.lines.empty())
            for (const auto& r : laid.lines.front().runs) width += r.width;
        return width;
    };
    double hanging = c.style.list_indent;
    for (std::size_t k = 0; k < list.items.size(); ++k) {
        const auto& item = list.items[k];
        if (item.label.empty()) continue;
        const std::vector<styled_span> label{{item.label, base_style(c, c.style.body_size, c.style.text_color), 0}};
        labels[k] = break_text(c, label, measure_text(c, label, false).max + 0.01, false, item.position);
        hanging = std::max(hanging, width_of(labels[k]) + 2 * gap);
    }
    const double body_indent = indent + hanging;
    const std::size_t list_first = out.size();
    for (std::size_t k = 0; k < list.items.size(); ++k) {
        const auto& item = list.items[k];
        const std::size_t first = out.size();
        layout_nested(c, item.content, body_indent, out, item_role::list_body);
        if (first == out.size()) continue;
        // The label hangs in the indent, on the first line's baseline.
        const auto& label_lines = labels[k];
        if (!label_lines.lines.empty()) {
            std::vector<flow_item> label_items;
            const double label_width = width_of(label_lines);
            // The label's line is exactly its width: it starts a gap past the text's edge.
            const double x = c.right_to_left ? c.column_width - indent - hanging + gap : indent + hanging - gap - label_width;
            lines_to_items(label_lines, x, {item.id, artifact_kind::none, item_role::list_label}, label_items);
            // Align the label's baseline with the first line of the body.
            const auto& first_line = out[first];
            double body_baseline = 0;
            for (const auto& i : first_line.items)
                if (const auto* g = std::get_if<glyph_run>(&i); g && !g->glyphs.empty()) { body_baseline = g->glyphs.front().y; break; }
            for (auto& i : label_items.front().items)
                if (auto* g = std::get_if<glyph_run>(&i))
                    for (auto& glyph : g->glyphs) glyph.y = static_cast<float>(body_baseline);
            auto& target = out[first].items;
            target.insert(target.begin(), label_items.front().items.begin(), label_items.front().items.end());
        }
        out[first].space_before = c.style.paragraph_space / 2;
        out[first].anchors.push_back({item.id, 0, 0});
    }
    space_first(out, list_first, c.style.paragraph_space);
    if (list_first < out.size()) out[list_first].anchors.push_back({id, 0, 0});
}

void layout_figure(layout_context& c, const model::figure& figure, const std::string& id,
                   const model::source_position& at, std::vector<flow_item>& out) {
    const auto& pixels = figure.image;
    flow_item item;
    item.space_before = c.style.paragraph_space * 2;
    item.keep_with_next = !figure.caption.empty();
    // A figure that almost fits may be drawn a little smaller rather than leave a page half empty,
    // but never so small that its labels stop being legible: at most to 80% in the brochure, and
    // never in large print, where the figure moves to the next page instead.
    item.shrink_to = c.style.edition == "large-print" ? 1.0 : 0.8;
    if (pixels && pixels->width > 0) {
        // At most 96 dpi, the column's width, and 40% of its height: a figure should not push
        // half a page of text ahead of it.
        double width = std::min(c.column_width, pixels->width * 0.75);
        width = std::min(width, 0.4 * c.column_height * pixels->width / pixels->height);
        const double height = width * pixels->height / pixels->width;
        image img;
        img.data = *pixels;
        img.area = {(c.column_width - width) / 2, 0, width, height};
        img.alt = figure.decorative ? "" : figure.alt;
        img.from = {id, figure.decorative ? artifact_kind::layout : artifact_kind::none, item_role::figure};
        item.height = height + c.style.paragraph_space;
        item.items.emplace_back(std::move(img));
    }
    item.anchors.push_back({id, 0, 0});
    out.push_back(std::move(item));
    if (!figure.caption.empty()) {
        const std::size_t first = out.size();
        layout_paragraph(c, figure.caption, id, at, 0, item_role::caption, out, c.style.small_size, &c.style.muted_color);
        // A one-line caption is centred under its figure; a longer one keeps the ragged right of
        // any paragraph, since centred lines of small type each start somewhere else and are
        // harder to read (and the e-book starts them at the left too).
        for (std::size_t k = first; k < out.size() && out.size() - first == 1; ++k) {
            double left = 1e9, right = -1e9;
            for (const auto& i : out[k].items)
                if (const auto* g = std::get_if<glyph_run>(&i))
                    for (const auto& glyph : g->glyphs)
                        if (glyph.text != " ") {
                            left = std::min(left, static_cast<double>(glyph.x));
                            right = std::max(right, static_cast<double>(glyph.x) + glyph.advance);
                        }
            if (right <= left) continue;
            const double dx = (c.column_width - (right - left)) / 2 - left;
            for (auto& i : out[k].items) shift(i, dx, 0);
        }
    }
}

void layout_callout(layout_context& c, const model::callout& callout, const std::string& id,
                    const model::source_position& at, std::vector<flow_item>& out) {
    const double padding = c.style.table_padding * 2;
    const int box_number = static_cast<int>(c.boxes.size());
    const auto kind = static_cast<std::size_t>(callout.kind);
    c.boxes.push_back({to_rgb(c.style.callout_fill.at(kind)), to_rgb(c.style.callout_border), {}});
    const std::size_t first = out.size();
    const double saved = c.column_width;
    c.column_width -= 2 * padding;
    // The kind in words, then the title (compose made the heading): colour alone tells a reader nothing.
    const auto spans = spans_of(callout.heading, base_style(c, c.style.body_size, c.style.heading_color, true), c);
    lines_to_items(break_balanced(c, spans, c.column_width, at), 0, {id, artifact_kind::none, item_role::callout_title}, out, true);
    if (first < out.size()) out.back().keep_with_next = true;
    // Where the box goes on over a page break, its label again: page furniture, like a table's
    // repeated header row, so it is an artifact and read once in the tag tree and the e-book.
    const auto continued_spans =
        spans_of({model::inline_node{model::text{callout.continued_label, 0, true}, {}}},
                 base_style(c, c.style.body_size, c.style.heading_color, true), c);
    auto& continued = c.boxes.back().continued;
    lines_to_items(break_text(c, continued_spans, c.column_width, false, at), 0,
                   {"", artifact_kind::pagination, item_role::none}, continued, true);
    for (auto& item : continued) {
        item.box = box_number;
        item.box_padding = padding;
        for (auto& i : item.items) shift(i, padding, 0);
    }
    if (!continued.empty()) continued.back().keep_with_next = true;
    layout_nested(c, callout.content, 0, out);
    c.column_width = saved;
    for (std::size_t k = first; k < out.size(); ++k) {
        out[k].box = box_number;
        out[k].box_padding = padding;
        for (auto& i : out[k].items)
            shift(i, padding, 0);
    }
    if (first < out.size()) {
        out[first].space_before = c.style.paragraph_space * 2 + padding;
        out[first].anchors.push_back({id, 0, 0});
    }
    // Room after the box before the next block.
    flow_item gap;
    gap.height = padding;
    out.push_back(std::move(gap));
}

void layout_glossary(layout_context& c, const model::glossary& glossary, const std::string& id,
                     const model::source_position& at, std::vector<flow_item>& out) {
    if (!glossary.title.empty()) layout_heading(c, glossary.title, glossary.level, id, at, out);
    // Entries come in the reader's alphabetical order (compose sorted them).
    for (const auto& e : glossary.entries) {
        const auto* entry = &e;
        const std::size_t first = out.size();
        const auto spans = spans_of(entry->term, base_style(c, c.style.body_size, c.style.text_color, true), c);
        lines_to_items(break_text(c, spans, c.column_width, false, entry->position), 0,
                       {entry->id, artifact_kind::none, item_role::term}, out, true);
        if (first < out.size()) {
            out[first].space_before = c.style.paragraph_space;
            out[first].anchors.push_back({entry->id, 0, 0});
            out.back().keep_with_next = true;
        }
        layout_nested(c, entry->definition, c.style.list_indent, out);
    }
}
}  // namespace

void layout_blocks(const model::blocks& content, layout_context& c, std::vector<flow_item>& out) {
    bool break_next = false;
    for (std::size_t index = 0; index < content.size(); ++index) {
        const auto& node = content[index];
        keep_lead_in(content, index, out);
        const std::size_t first = out.size();
        // A block in another language (a tagline in Hebrew in an English handout) is set in its
        // own direction, line-breaking rules and fonts.
        const auto outer_language = c.language;
        const bool outer_right_to_left = c.right_to_left;
        if (!node.language.empty()) {
            c.language = node.language;
            c.right_to_left = i18n::is_right_to_left(node.language);
        }
        std::visit(overloaded{
                       [&](const model::section& b) {
                           if (!b.title.empty()) layout_heading(c, b.title, b.level, node.id, node.position, out);
                           layout_blocks(b.content, c, out);
                       },
                       [&](const model::paragraph& b) { layout_paragraph(c, b.content, node.id, node.position, 0, item_role::paragraph, out); },
                       [&](const model::list& b) { layout_list(c, b, node.id, 0, out); },
                       [&](const model::table& b) { layout_table(c, b, node.id, node.position, out); },
                       [&](const model::figure& b) { layout_figure(c, b, node.id, node.position, out); },
                       [&](const model::callout& b) { layout_callout(c, b, node.id, node.position, out); },
                       [&](const model::glossary& b) { layout_glossary(c, b, node.id, node.position, out); },
                       [&](const model::page_break&) { break_next = true; },
                   },
            node.value);
        c.language = outer_language;
        c.right_to_left = outer_right_to_left;
        // Every block can be linked to where it starts, an untitled section or glossary too.
        if (first < out.size()) {
            auto& anchors = out[first].anchors;
            if (std::none_of(anchors.begin(), anchors.end(), [&](const anchor& a) { return a.node_id == node.id; }))
                anchors.push_back({node.id, 0, 0});
        }
        if (break_next && first < out.size()) {
            out[first].break_before = true;
            break_next = false;
        }
    }
}

void layout_cover(layout_context& c, std::vector<flow_item>& out) {
    const auto& cover = c.doc.meta.cover;
    if (!cover || !cover->image || cover->image->width == 0 || cover->image->height == 0) return;
    const auto& pixels = *cover->image;
    const double aspect = static_cast<double>(pixels.height) / pixels.width;
    const double width = std::min(c.column_width, c.column_height / aspect);
    const double height = width * aspect;
    flow_item item;
    image img;
    img.data = pixels;
    // Centred on the page both ways: a landscape image does not cling to the top.
    img.area = {(c.column_width - width) / 2, (c.column_height - height) / 2, width, height};
    img.alt = cover->alt;
    img.from = {std::string(model::cover_id), artifact_kind::none, item_role::figure};
    item.height = c.column_height;
    item.items.emplace_back(std::move(img));
    out.push_back(std::move(item));
}

void layout_title_block(layout_context& c, std::vector<flow_item>& out) {
    const auto& words = c.resolved.title();
    const std::size_t first = out.size();
    const bool after_cover = first > 0;  // the cover, alone on its page
    const auto title_spans = spans_of(words.title, base_style(c, c.style.heading_sizes[0], c.style.heading_color, true), c);
    const std::string title_id(model::title_id), subtitle_id(model::subtitle_id), notices_id(model::notices_id);
    lines_to_items(break_balanced(c, title_spans, c.column_width, {}), 0, {title_id, artifact_kind::none, item_role::title}, out, true);
    if (first < out.size()) out[first].outline.push_back({model::plain_text(words.title), 1, 0, 0, title_id});
    if (after_cover && first < out.size()) out[first].break_before = true;
    if (!words.subtitle.empty()) {
        const auto spans = spans_of(words.subtitle, base_style(c, c.style.heading_sizes[2], c.style.text_color), c);
        const std::size_t at = out.size();
        lines_to_items(break_balanced(c, spans, c.column_width, {}), 0, {subtitle_id, artifact_kind::none, item_role::subtitle}, out, true);
        space_first(out, at, c.style.heading_space_after);
    }
    // Notices, then who stands behind the text and when it was last reviewed: the same words,
    // placed the same way, as the e-book's title page.
    for (std::size_t i = 0; i < words.notices.size(); ++i) {
        const std::size_t at = out.size();
        layout_paragraph(c, words.notices[i], notices_id, {}, 0, item_role::metadata, out, c.style.small_size, &c.style.muted_color);
        if (i == 0) space_first(out, at, c.style.heading_space_before);
        // Every line is the notices' node: which one it is tells tagging where each paragraph ends.
        for (std::size_t k = at; k < out.size(); ++k)
            for (auto& item : out[k].items)
                if (auto* g = std::get_if<glyph_run>(&item)) g->from.part = static_cast<int>(i);
    }
    // A rule under the title block.
    flow_item rule;
    rule.height = c.style.heading_space_before;
    box line;
    line.area = {0, c.style.heading_space_before / 2, c.column_width, 1};
    line.fill = true;
    line.fill_color = to_rgb(c.style.rule_color);
    line.from.artifact = artifact_kind::layout;
    rule.items.emplace_back(std::move(line));
    out.push_back(std::move(rule));
}

auto layout_plain_line(const std::string& text, double size, const model::color& color, layout_context& c,
                       double width, bool centered) -> flow_item {
    auto lines = break_text(c, {{text, base_style(c, size, color)}}, width, false, {});
    std::vector<flow_item> items;
    lines_to_items(lines, 0, {"", artifact_kind::pagination, item_role::page_number}, items, true);
    flow_item item = items.empty() ? flow_item{} : std::move(items.front());
    if (centered && !lines.lines.empty()) {
        double w = 0;
        for (const auto& r : lines.lines.front().runs) w += r.width;
        const double dx = (width - w) / 2 - (c.right_to_left ? width - w : 0);
        for (auto& i : item.items)
            if (auto* g = std::get_if<glyph_run>(&i))
                for (auto& glyph : g->glyphs) move_glyph(glyph, dx, 0);
    }
    return item;
}

}  // namespace folio::layout
