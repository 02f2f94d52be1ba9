#pragma once

// Internal to src/render/pdf: the ONE place that writes how each drawn item is marked in the
// content stream, following the tag plan (tagging/structure_plan). Artifacts (PDF/UA 7.1-1..3:
// page furniture and decoration) become `/Artifact <</Type /Pagination>> BDC ... EMC` or
// `/Artifact <</Type /Layout>> BDC ... EMC`. Real content becomes `/<type> <</MCID n>> BDC ... EMC`,
// <type> being the structure type of the element that owns the item:
// - runs without ActualText, and images, sit in a sequence opened before their `BT` (or `q`);
//   consecutive runs of one element share it (a line of words is one sequence, not one per word);
// - a run with ActualText spans is marked inside its `BT ... ET`: the spans are
//   `/Span <</MCID n /ActualText ...>> BDC` sequences of their own and the glyphs between them
//   plain sequences, side by side, never nested (poppler's tag-tree text stops at a nested EMC).
// MCIDs count from 0 on each page; the ones each item got are recorded for the structure tree.

#include "render/pdf/content_stream.hpp"
#include "render/pdf/tagging/structure_plan.hpp"

#include <string>

namespace folio::render::pdf {

class marked_content {
public:
    explicit marked_content(const tagging::structure_plan& plan);

    /// Called before the first item of page `page_index` is drawn.
    void begin_page(std::size_t page_index);
    /// Operators to write before item `item_index` of the page when it is drawn as a whole: an
    /// artifact, an image, or a content run that needs no ActualText (`split` false). For a run
    /// with ActualText (`split` true), closes what is open; mark its inside through `marker`.
    [[nodiscard]] auto begin(std::size_t item_index, bool split = false) -> std::string;
    /// Operators to write after that item ("" for content runs: their sequence may go on).
    [[nodiscard]] auto end(std::size_t item_index) -> std::string;
    /// Operators that close what is still open: before the page ends.
    [[nodiscard]] auto end_page() -> std::string;
    /// Whether item `item_index` is real content.
    [[nodiscard]] auto is_content(std::size_t item_index) const -> bool;
    /// For `glyph_run_operators`: opens the sequences inside content run `item_index`.
    [[nodiscard]] auto marker(std::size_t item_index) -> content_marker;

    /// Every content item's MCIDs, after the last page is drawn.
    [[nodiscard]] auto mcids() const -> const tagging::drawn_mcids& { return mcids_; }

private:
    [[nodiscard]] auto open(std::size_t item_index, const std::string* actual_text) -> std::string;
    [[nodiscard]] auto close() -> std::string;

    const tagging::structure_plan& plan_;
    std::size_t page_index_ = 0;
    int next_mcid_ = 0;
    std::size_t open_element_ = tagging::no_element;  ///< owner of the sequence open across runs
    int open_mcid_ = -1;
    tagging::drawn_mcids mcids_;
};

}  // namespace folio::render::pdf
