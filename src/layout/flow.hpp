#pragma once

#include "layout/paged_document.hpp"

#include <vector>

namespace folio::layout {

/// One unbreakable piece of the vertical flow (a line, a table row, an image), with its items
/// positioned relative to the piece's top-left corner.
struct flow_item {
    double height = 0;
    double space_before = 0;        ///< dropped at the top of a column
    bool keep_with_next = false;    ///< headings, first and second-to-last lines of paragraphs
    bool break_before = false;      ///< a page-break hint
    int table = -1;                 ///< rows of one table share a number...
    bool table_header = false;      ///< ...and its header rows repeat after a break
    int box = -1;                   ///< items of one callout share a number: a box is drawn behind
    double shrink_to = 1;           ///< an image may be drawn down to this fraction of its size
                                    ///< rather than leave the rest of the page empty
    double box_padding = 0;
    std::vector<page_item> items;
    std::vector<outline_entry> outline;  ///< y relative to the item
    std::vector<anchor> anchors;         ///< y relative to the item
};

/// The boxes drawn behind callouts, by box number: their look, and the lines that repeat the
/// callout's label at the top of a column the box goes on in ("Warning (continued)"; artifacts).
struct box_look {
    rgb fill;
    rgb border;
    std::vector<flow_item> continued;
};

struct page_frame {
    double width = 595.276, height = 841.89;
    double margin_top = 54, margin_bottom = 54, margin_left = 54, margin_right = 54;
    int columns = 1;
    double column_gap = 18;
    [[nodiscard]] auto column_width() const -> double {
        return (width - margin_left - margin_right - column_gap * (columns - 1)) / columns;
    }
};

/// Moves a drawn item by (dx, dy): every glyph of a run, or the item's area.
void shift(page_item& item, double dx, double dy);

struct paginated {
    std::vector<page> pages;
    std::vector<outline_entry> outline;  ///< with page indexes and page y
    std::vector<anchor> anchors;
};

/// Places the flow into columns and pages: keeps chains of keep-with-next items together, moves a
/// callout that fits in a column whole to the next column rather than split it (one taller than
/// a column is split, its label repeated where it goes on), repeats table header rows after a
/// break, honours page-break hints (never leaving an empty page), drops space that would stand
/// alone at a column's end or top, and draws callout boxes behind each page's part of a callout.
/// The most pages an edition may have: a 2,000-page book (the largest bench/run exports) is
/// about 4,600 pages in large print; past 6,000 a run would need gigabytes (a book of that size
/// is better split). Throws model::edition_failure beyond it (that edition fails alone).
inline constexpr std::size_t max_pages = 6000;

/// The flow is taken (moved in): its drawn items move to the pages.
auto paginate(std::vector<flow_item> flow, const page_frame& frame, const std::vector<box_look>& boxes)
    -> paginated;

}  // namespace folio::layout
