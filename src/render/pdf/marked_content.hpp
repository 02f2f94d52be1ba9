#pragma once

// Internal to src/render/pdf: the ONE place that decides how each drawn item is marked in the
// content stream. Artifacts (PDF/UA 7.1-1..3: page furniture and decoration) become
// `/Artifact <</Type /Pagination>> BDC ... EMC` or `/Artifact <</Type /Layout>> BDC ... EMC`.
// Real content gets nothing yet: tagging (issue 5) adds `/<Role> <</MCID n>> BDC ... EMC` here,
// keyed on `provenance::node_id`, and keeps the per-page MCID counter in this class.

#include "layout/paged_document.hpp"

#include <string>

namespace folio::render::pdf {

class marked_content {
public:
    /// Called before the first item of page `page_index` is drawn.
    void begin_page(std::size_t page_index);
    /// Operators to write before an item drawn for `from` ("" when the item is not marked).
    [[nodiscard]] auto begin(const layout::provenance& from) -> std::string;
    /// Operators to write after that item; pairs with the `begin` just before it.
    [[nodiscard]] auto end(const layout::provenance& from) -> std::string;

private:
    std::size_t page_index_ = 0;
};

}  // namespace folio::render::pdf
