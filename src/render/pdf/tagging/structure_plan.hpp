#pragma once

// Internal to src/render/pdf: the tag tree of a PDF, planned before anything is drawn. No libharu
// here, so the plan can be unit-tested. The tree's shape comes from the MODEL document (sections,
// lists, tables, figures, callouts, glossary, block languages), in reading order; the drawn items'
// provenance says which element each glyph run or image belongs to, and inline facts of the runs
// (a link annotation right after a run, a run language other than the document's) add Link and
// Span elements. See docs/editions/pdf-tagging.md.

#include "layout/paged_document.hpp"
#include "model/document.hpp"
#include "render/pdf/tagging/structure_type.hpp"

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace folio::render::pdf::tagging {

inline constexpr std::size_t no_element = std::numeric_limits<std::size_t>::max();

/// The marked content of a drawn item: the content item at `item` in the page's items. Drawing
/// gives it one MCID or several (a run's ActualText spans are sequences of their own).
struct content_ref {
    std::size_t page = 0;
    std::size_t item = 0;
    friend auto operator==(const content_ref&, const content_ref&) -> bool = default;
};

/// A link annotation: the `link` item at `item` in the page's items.
struct annotation_ref {
    std::size_t page = 0;
    std::size_t item = 0;
    friend auto operator==(const annotation_ref&, const annotation_ref&) -> bool = default;
};

/// A child of a structure element: another element (by index), marked content, or an annotation.
using kid = std::variant<std::size_t, content_ref, annotation_ref>;

/// A Figure's /BBox attribute: the image's area on its page (layout coordinates, top-down).
struct figure_box {
    std::size_t page = 0;
    layout::rect area;
};

struct element {
    structure_type type = structure_type::document;
    std::size_t parent = no_element;
    std::vector<kid> kids;         ///< in reading order
    std::string language;          ///< /Lang, set only where it differs from the inherited language
    std::string alt;               ///< /Alt (figures)
    std::optional<header_scope> scope;             ///< /Scope of a TH
    std::optional<list_numbering> numbering;       ///< /ListNumbering of an L
    bool has_box = false;          ///< Figure: `box` is its /BBox
    figure_box box;
    std::string node_id;           ///< the model node it stands for (for diagnostics and tests)
    bool removed = false;          ///< pruned (no content) or replaced: not written
};

/// How one drawn item is marked in its page's content stream.
struct item_mark {
    enum class kind {
        unmarked,    ///< draws nothing (an empty run, an invisible box)
        pagination,  ///< /Artifact <</Type /Pagination>>
        layout,      ///< /Artifact <</Type /Layout>>
        content,     ///< real content: `/<type> <</MCID n>> BDC`, owned by `element`
        annotation,  ///< a link item: its annotation belongs to the Link `element`
    };
    kind what = kind::unmarked;
    std::size_t element = no_element;
};

struct structure_plan {
    std::vector<element> elements;                 ///< [0] is the Document element
    std::vector<std::vector<item_mark>> marks;     ///< per page, per item
    std::vector<structure_type> role_map_sources;  ///< non-standard types used (Aside), in table order
};

/// The MCIDs drawing gave each content item: per page, per item (empty for other items).
using drawn_mcids = std::vector<std::vector<std::vector<int>>>;

struct plan_options {
    /// No element gets more kids than this: longer ones are grouped (Div, nested L, Span, or
    /// TBody/THead split into siblings). libharu refuses arrays of 32,767 items or more, and a
    /// content kid can become several MCIDs (a run's ActualText spans): hence the margin.
    std::size_t max_kids = 4096;
};

/// Plans the tag tree of `pages` drawn from `model` (the document the layout stage laid out).
/// Content whose provenance names no node of the model (hand-made pages in tests) still gets
/// elements: a P (or a Figure for an image) per node id, after the model's tree.
auto plan_structure(const model::document& model, const layout::paged_document& pages, const plan_options& options = {})
    -> structure_plan;

}  // namespace folio::render::pdf::tagging
