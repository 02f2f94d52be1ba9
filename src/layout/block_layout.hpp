#pragma once

#include "compose/resolved_document.hpp"
#include "layout/flow.hpp"
#include "layout/font_set.hpp"
#include "model/diagnostics.hpp"
#include "model/document.hpp"
#include "model/style.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace folio::layout {

/// What block layout needs and collects while it turns a document into a flow.
struct layout_context {
    const compose::resolved_document& resolved;
    const model::document& doc;  ///< resolved.doc()
    const model::style& style;
    const font_set& fonts;
    model::diagnostics& sink;
    double column_width = 400;
    double column_height = 600;
    bool right_to_left = false;                 ///< of the block being laid out
    std::string language;                       ///< of the block being laid out (BCP 47)
    std::vector<box_look> boxes;                ///< one per callout, by flow_item::box
    int tables = 0;                             ///< numbers handed out to tables
    std::set<char32_t> reported_uncovered;      ///< each missing character reported once
    /// The page (from 1) each cross-reference target was on in the previous pass; null when
    /// cross-references carry no page (the e-book's page list plays that part).
    const std::map<std::string, std::int64_t>* target_pages = nullptr;
};

/// The title block: title, subtitle, notices, medical expert, last-reviewed date.
void layout_title_block(layout_context& context, std::vector<flow_item>& out);
/// A book's cover (meta `cover`), alone on the first page: the image as large as the text area
/// allows, centred; the title block then starts a new page. Nothing without a cover.
void layout_cover(layout_context& context, std::vector<flow_item>& out);

/// Every block, in reading order, as flow items.
void layout_blocks(const model::blocks& content, layout_context& context, std::vector<flow_item>& out);

/// Lays out one line of plain text (page furniture) at `size`; its runs are artifacts.
auto layout_plain_line(const std::string& text, double size, const model::color& color, layout_context& context,
                       double width, bool centered) -> flow_item;

}  // namespace folio::layout
