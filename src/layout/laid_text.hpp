#pragma once
// Text of blocks as flow items: styles and spans from inline content, paragraphs broken into
// lines, lines turned into items with their provenance. Shared by the block and table layouts.

#include "layout/block_layout.hpp"
#include "layout/line_breaker.hpp"

#include <string>
#include <vector>

namespace folio::layout {

auto to_rgb(const model::color& c) -> rgb;

/// The text style of a block's text: size, colour, weight, the document's language.
auto base_style(const layout_context& c, double size, const model::color& color, bool bold = false) -> text_style;

/// Inline content as styled spans, as this edition draws it (emphasis italic, or bold in large print).
auto spans_of(const model::inlines& run, const text_style& base, const layout_context& c) -> std::vector<styled_span>;

/// Turns laid-out lines into flow items, one per line, indented by `x`. Paragraph lines keep the
/// first two and the last two together (no orphans, no widows); `keep_all` keeps every line
/// with the next.
void lines_to_items(const broken_paragraph& lines, double x, const provenance& from, std::vector<flow_item>& out,
                    bool keep_all = false);
/// The same, for text drawn for several nodes or cells: each run is drawn for the provenance its
/// spans' `source` picks from `sources`.
void lines_to_items(const broken_paragraph& lines, double x, const std::vector<provenance>& sources,
                    std::vector<flow_item>& out, bool keep_all = false);

/// Breaks text into lines `width` wide, justified or not, hyphenated where `hyphenate` and the
/// style allow it; a character no font can draw is reported once, where the content has it
/// (else at `at`, the block's position).
auto break_text(layout_context& c, const std::vector<styled_span>& spans, double width, bool justify,
                const model::source_position& at, bool hyphenate = false) -> broken_paragraph;

/// A heading or title broken into lines of even length (as CSS `text-wrap: balance`): as many
/// lines as at `width`, at the narrowest measure that keeps that count, so that a two-line title
/// is not one full line and a lone last word. Drawn at `width` (right-aligned text stays at the
/// right edge).
auto break_balanced(layout_context& c, const std::vector<styled_span>& spans, double width,
                    const model::source_position& at) -> broken_paragraph;

/// The narrowest and widest the text can be set (a table column's min- and max-content width).
auto measure_text(layout_context& c, const std::vector<styled_span>& spans, bool hyphenate) -> content_widths;

}  // namespace folio::layout
