#include "layout/laid_text.hpp"

#include "i18n/unicode_text.hpp"

#include <algorithm>
#include <iterator>
#include <cstdio>

namespace folio::layout {

namespace {
/// What to tell the author of a character no fetched font draws: the optional family that has it
/// by the coverage index (`make fonts` fetches it), one of its script that may have it when the
/// index does not know the family, or else to replace the character or give other styles.
auto fetch_hint(const model::style& style, char32_t character, const std::string& script) -> std::string {
    const auto& unfetched = style.unfetched_fonts;
    const auto indexed = std::find_if(unfetched.begin(), unfetched.end(), [&](const auto& f) {
        return f.indexed_coverage && f.indexed_coverage->contains(character);
    });
    if (indexed != unfetched.end())
        return "run 'make fonts': it fetches " + indexed->regular + ", which has it (fonts/coverage-index.txt); else replace the character";
    const auto of_script = std::find_if(unfetched.begin(), unfetched.end(), [&](const auto& f) {
        return !f.indexed_coverage && std::find(f.scripts.begin(), f.scripts.end(), script) != f.scripts.end();
    });
    if (of_script != unfetched.end())
        return "run 'make fonts': this style's optional font for the " + i18n::script_name(script) + " script (" +
               of_script->regular + ") may have it; else replace the character";
    return "replace the character, or give a style whose fonts cover it with --styles (docs/styles.md); "
           "the shipped styles cover the scripts listed in fonts/README.md";
}

/// A character no font can draw is reported once per edition, where the content has it (the
/// loader then points at the character itself: model::diagnostic::character), never by a node id
/// the author did not write. Folio's own words are reported at the block they belong to.
void report_uncovered(layout_context& c, const broken_paragraph& lines, const model::source_position& at) {
    for (const auto& missing : lines.uncovered) {
        if (!c.reported_uncovered.insert(missing.character).second) continue;
        const auto script = i18n::script_of(missing.character);
        const bool named_script = script != "Zyyy" && script != "Zinh" && script != "Zzzz";
        model::diagnostic d;
        d.code = "uncovered-character";
        d.file = c.doc.source_path;
        d.position = missing.text_at && missing.text_at->line > 0 ? *missing.text_at : at;
        d.character = missing.text_at ? missing.character : 0;
        d.message = "the " + c.style.edition + " edition cannot draw " + i18n::describe_character(missing.character) +
                    (named_script ? " (" + i18n::script_name(script) + " script)" : std::string()) + ": no font of its style has it";
        d.hint = fetch_hint(c.style, missing.character, script);
        c.sink.add(std::move(d));
    }
}

/// Line settings of the block being laid out (direction, language, leading), hyphenated where
/// `hyphenate` and the style allow; width and justification are the caller's.
auto settings_for(const layout_context& c, bool hyphenate) -> line_settings {
    line_settings settings;
    settings.right_to_left = c.right_to_left;
    settings.language = c.language;
    settings.leading = c.style.leading;
    settings.hyphenate = hyphenate && c.style.hyphenate;
    return settings;
}

/// Appends `run` to the last glyph run of `items` when they share font, size, colour, direction,
/// language and provenance, and link to the same place (extending that link's area).
auto try_merge(std::vector<page_item>& items, glyph_run& run, const rect& area, const text_style& style, bool linked)
    -> bool {
    if (items.empty()) return false;
    link* last_link = linked ? std::get_if<link>(&items.back()) : nullptr;
    if (linked && last_link == nullptr) return false;
    if (!linked && std::holds_alternative<link>(items.back())) return false;
    auto* last = std::get_if<glyph_run>(&items[items.size() - (linked ? 2 : 1)]);
    if (last == nullptr || !(last->font == run.font) || last->size != run.size || !(last->color == run.color) ||
        last->right_to_left != run.right_to_left || last->language != run.language ||
        last->from.node_id != run.from.node_id || last->from.role != run.from.role || last->from.level != run.from.level ||
        last->from.row != run.from.row || last->from.column != run.from.column || last->from.artifact != run.from.artifact ||
        last->link != run.link || last->synthetic_bold != run.synthetic_bold ||
        last->text_offset + last->text.size() != run.text_offset)
        return false;
    if (linked) {
        if (last_link->uri != style.href || last_link->target_node != style.link_target) return false;
        const double left = std::min(last_link->area.x, area.x);
        const double right = std::max(last_link->area.x + last_link->area.width, area.x + area.width);
        last_link->area.x = left;
        last_link->area.width = right - left;
        last_link->description += run.text;
    }
    last->text += run.text;
    last->glyphs.insert(last->glyphs.end(), std::make_move_iterator(run.glyphs.begin()), std::make_move_iterator(run.glyphs.end()));
    return true;
}

}  // namespace

auto to_rgb(const model::color& c) -> rgb { return {c.r, c.g, c.b}; }

auto base_style(const layout_context& c, double size, const model::color& color, bool bold) -> text_style {
    text_style s;
    s.size = size;
    s.color = color;
    s.bold = bold;
    s.language = c.language;
    return s;
}

auto spans_of(const model::inlines& run, const text_style& base, const layout_context& c) -> std::vector<styled_span> {
    span_context context{c.style.emphasis == model::emphasis_style::bold, {}};
    if (c.target_pages != nullptr)
        context.page_of_target = [&c](const std::string& target) -> std::string {
            const auto found = c.target_pages->find(target);
            // The first pass, before pages are known, sets a page number of two digits in their place.
            return c.resolved.page_reference(found == c.target_pages->end() ? 10 : found->second);
        };
    return flatten_inlines(run, base, context);
}

void lines_to_items(const broken_paragraph& lines, double x, const provenance& from, std::vector<flow_item>& out,
                    bool keep_all) {
    lines_to_items(lines, x, std::vector<provenance>{from}, out, keep_all);
}

void lines_to_items(const broken_paragraph& lines, double x, const std::vector<provenance>& sources,
                    std::vector<flow_item>& out, bool keep_all) {
    const std::size_t n = lines.lines.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto& line = lines.lines[i];
        flow_item item;
        item.height = line.height;
        item.keep_with_next = keep_all ? i + 1 < n : (n > 1 && (i == 0 || i + 2 == n));
        for (const auto& run : line.runs) {
            glyph_run g;
            g.font = font_reference(*run.font);
            g.size = run.style.size;
            g.color = to_rgb(run.style.color);
            g.right_to_left = run.right_to_left;
            g.language = run.style.language;
            g.text = run.text;
            const provenance furniture{"", artifact_kind::pagination, item_role::none};
            const auto& from = run.source == page_furniture_source ? furniture : sources.at(static_cast<std::size_t>(run.source));
            g.from = from;
            g.text_offset = run.offset;  // where compose placed it in the node's drawn text
            g.link = {run.style.href, run.style.link_target};
            g.synthetic_bold = run.synthetic_bold;
            g.glyphs.reserve(run.glyphs.size());
            for (auto glyph : run.glyphs) {
                move_glyph(glyph, x, line.ascent);
                g.glyphs.push_back(std::move(glyph));
            }
            const bool linked = !run.style.href.empty() || !run.style.link_target.empty();
            const rect area{x + run.x, 0, run.width, line.height};
            // A line is shaped word by word; neighbouring runs that look alike and link alike
            // become one run (and one link annotation), not one per word.
            if (try_merge(item.items, g, area, run.style, linked)) continue;
            item.items.emplace_back(std::move(g));
            // A space alone (between a link's right-to-left words and its left-to-right address,
            // which bidi order draws apart) is not worth an annotation of its own: it stays in
            // the link's structure element, and the words around it carry the annotations.
            const bool blank = run.text.find_first_not_of(' ') == std::string::npos;
            if (linked && !blank) {
                link l;
                l.area = area;
                l.uri = run.style.href;
                l.target_node = run.style.link_target;
                l.description = run.text;
                l.from = from;
                item.items.emplace_back(std::move(l));
            }
        }
        out.push_back(std::move(item));
    }
}

auto break_text(layout_context& c, const std::vector<styled_span>& spans, double width, bool justify,
                const model::source_position& at, bool hyphenate) -> broken_paragraph {
    auto settings = settings_for(c, hyphenate);
    settings.width = width;
    settings.justify = justify;
    auto lines = break_lines(spans, settings, c.fonts);
    report_uncovered(c, lines, at);
    return lines;
}

auto break_balanced(layout_context& c, const std::vector<styled_span>& spans, double width,
                    const model::source_position& at) -> broken_paragraph {
    auto lines = break_text(c, spans, width, false, at);
    const auto count = lines.lines.size();
    if (count < 2) return lines;
    auto settings = settings_for(c, false);
    // The narrowest measure with no more lines, to a point: headings are short, a dozen tries.
    double fits = width;
    double too_narrow = width / static_cast<double>(count) * 0.9;
    broken_paragraph best;
    while (fits - too_narrow > 1) {
        settings.width = (fits + too_narrow) / 2;
        auto trial = break_lines(spans, settings, c.fonts);
        if (trial.lines.size() <= count && trial.uncovered.empty()) {
            fits = settings.width;
            best = std::move(trial);
        } else {
            too_narrow = settings.width;
        }
    }
    if (best.lines.empty()) return lines;
    // Set at the narrower measure, drawn in the full one: right-to-left lines keep to its right edge.
    if (c.right_to_left)
        for (auto& line : best.lines)
            for (auto& run : line.runs) {
                run.x += width - fits;
                for (auto& glyph : run.glyphs) move_glyph(glyph, width - fits, 0);
            }
    return best;
}

auto measure_text(layout_context& c, const std::vector<styled_span>& spans, bool hyphenate) -> content_widths {
    return measure_content(spans, settings_for(c, hyphenate), c.fonts);
}

}  // namespace folio::layout
