#pragma once

#include "layout/font_set.hpp"
#include "layout/inline_spans.hpp"
#include "layout/paged_document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace folio::layout {

/// A shaped stretch of one line, in one font, placed at its visual x (relative to the left edge
/// of the line box); its glyphs are in logical order with x relative to the same edge, y = 0 on
/// the baseline.
struct placed_run {
    const loaded_font* font = nullptr;
    text_style style;
    bool right_to_left = false;
    std::string text;
    std::size_t offset = 0;  ///< where `text` starts in its node's drawn text (styled_span::offset)
    bool synthetic_bold = false;  ///< bold asked, but the font has no bold face
    std::vector<positioned_glyph> glyphs;
    double x = 0;
    double width = 0;
};

struct laid_line {
    double ascent = 0;   ///< baseline below the line's top
    double height = 0;   ///< line box height (leading included)
    std::vector<placed_run> runs;  ///< logical order
};

struct line_settings {
    double width = 400;
    bool justify = false;
    bool right_to_left = false;  ///< paragraph direction
    std::string language;        ///< for line breaking rules (CJK) and shaping
    double leading = 1.4;
};

struct broken_paragraph {
    std::vector<laid_line> lines;
    std::optional<char32_t> uncovered;  ///< first character no font of the style can draw
};

/// Breaks styled text into lines of at most `settings.width` points: break opportunities from
/// ICU (UAX #14 with CJK and dictionary rules), widths from HarfBuzz, bidi per line (UAX #9),
/// a font per run by script and coverage. A word longer than a line is cut between glyphs rather
/// than drawn past the margin. Justified lines stretch their spaces; the last line does not.
auto break_lines(const std::vector<styled_span>& spans, const line_settings& settings, const font_set& fonts)
    -> broken_paragraph;

}  // namespace folio::layout
