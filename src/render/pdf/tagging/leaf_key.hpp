#pragma once

// Internal to src/render/pdf: how a drawn item finds the structure element it belongs to. The
// plan registers each leaf element (a P, an H2, a TD, ...) under a key: the node it stands for
// and which part of that node it holds; a drawn item's provenance gives the same key.

#include "layout/paged_document.hpp"

#include <compare>
#include <string>

namespace folio::render::pdf::tagging {

/// Which part of its node a leaf element holds.
enum class leaf_part {
    unplanned,      ///< no part the model's tree has: the item gets an element of its own
    title,          ///< the document's title
    subtitle,
    notice,         ///< one notice line of the title block (`leaf_key::line`)
    heading,        ///< a section's or glossary's title (any level)
    paragraph,      ///< a paragraph, also one in a list item
    list_label,
    term,           ///< a glossary term, the label of its definition
    figure,
    caption,        ///< a figure's caption
    table_caption,
    table_cell,     ///< a header or data cell (`leaf_key::row`, `leaf_key::column`)
    callout_title,
};

/// A leaf element's key: ordered by node, then part, then cell or line (a std::map key).
struct leaf_key {
    std::string node_id;
    leaf_part part = leaf_part::unplanned;
    int row = -1;     ///< table cells: the row (header rows first, from 0); else -1
    int column = -1;  ///< table cells: the column (from 0); else -1
    int line = -1;    ///< notice lines: which one (from 0); else -1
    friend auto operator<=>(const leaf_key&, const leaf_key&) = default;
};

/// The key of the leaf element a drawn item with this provenance belongs to.
auto leaf_of(const layout::provenance& from) -> leaf_key;

}  // namespace folio::render::pdf::tagging
