#pragma once

// Internal to src/render/pdf: content-stream operators for glyph runs and boxes, as text. No
// libharu here, so the exact operators can be unit-tested. Page coordinates arrive with the
// origin at the top left (layout's convention) and leave in PDF's bottom-left convention.

#include "layout/paged_document.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace folio::render::pdf {

/// What drawing needs to know about one glyph of an embedded font, drawn for one text.
struct glyph_facts {
    double width = 0;       ///< as written into /W, in 1/1000 of the font size
    std::string text;       ///< what ToUnicode maps the code to ("" when nothing)
    std::int64_t cid = -1;  ///< the 2-byte code to draw; -1: the glyph id itself
};

/// What the content stream needs to know about the font of a run.
struct run_font {
    std::string resource_name;  ///< e.g. "F1" (without '/')
    /// Facts about a glyph of the run drawn for `text` (its text in logical order): the code whose
    /// ToUnicode is that text when the font has one, else the glyph's main code.
    std::function<const glyph_facts&(std::uint32_t glyph, std::string_view text)> glyph;
};

/// Opens the marked-content sequences of real content inside a run (tagging): returns the `BDC`
/// line for the next sequence, `/<tag> <</MCID n>> BDC`, or for a piece with ActualText
/// (`actual_text` not null) `/Span <</MCID n /ActualText ...>> BDC`. Every sequence it opens is
/// closed by the caller with `EMC`.
using content_marker = std::function<std::string(const std::string* actual_text)>;

/// The font, size and fill colour in force in a page's content stream. They are graphics state,
/// which `BT`/`ET` keep and `q ... Q` restores, so a run writes `Tf` and `rg` only on a change.
/// Start every page with a fresh one.
struct text_state {
    std::string font;                 ///< resource name; "" before the first run
    double size = 0;
    std::optional<layout::rgb> color;
    bool emboldened = false;          ///< text is filled and stroked (render mode 2)
    std::optional<layout::rgb> stroke_color;
    double line_width = -1;           ///< the stroke's width; < 0 before it is first set
};

/// `BT ... ET` drawing every glyph of `run` in stored (logical) order at its own position: one
/// `Tm` to start and wherever the baseline changes, `TJ` adjustments wherever a glyph is not
/// where the previous glyph's /W width leaves the pen (kerning, marks, right-to-left order).
/// The pen is tracked exactly as a viewer computes it from the written numbers, so rounding never
/// accumulates. A run with `actual_text` is wrapped in `/Span <</ActualText ...>> BDC ... EMC`;
/// otherwise a glyph whose text, in extraction order, differs from its ToUnicode text gets its
/// own ActualText span.
///
/// With a `marker` (real content), every glyph is inside a marked-content sequence it opens, and
/// the sequences are side by side, never nested: ActualText spans carry their own MCID. (Poppler's
/// tag-tree text leaves an MCID's content at the first nested EMC.) Without one (artifacts, whose
/// BDC the caller writes around the run), ActualText spans are plain `/Span` sequences.
auto glyph_run_operators(const layout::glyph_run& run, const run_font& font, double page_height, text_state& state,
                         const content_marker& marker = {}) -> std::string;

/// Whether `glyph_run_operators` gives `run` any ActualText span (then, as real content, it is
/// marked inside its `BT ... ET`; otherwise it can share a sequence opened around it).
auto run_needs_actual_text(const layout::glyph_run& run, const run_font& font, double page_height) -> bool;

/// A filled and/or stroked rectangle inside `q ... Q`; "" when the box neither fills nor strokes.
auto box_operators(const layout::box& box, double page_height) -> std::string;

/// `/Span <</ActualText <FEFF...>>> BDC` and a newline.
auto actual_text_begin(std::string_view utf8) -> std::string;

}  // namespace folio::render::pdf
