#pragma once

#include "layout/font_set.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio::layout {

/// A glyph as HarfBuzz placed it, in points, relative to the start of its run.
struct shaped_glyph {
    std::uint32_t glyph_id = 0;
    double advance = 0;
    double x_offset = 0;
    double y_offset = 0;   ///< up is positive (as in HarfBuzz)
    std::string text;      ///< characters this glyph stands for; empty for extra glyphs of a cluster
    /// HarfBuzz's HB_GLYPH_FLAG_UNSAFE_TO_BREAK: cutting the text where this glyph's cluster
    /// starts would change the shaping on either side (a ligature, Arabic joining, a mark).
    bool unsafe_to_break = false;
    /// Drawn but not part of the text: a hyphen the line breaker added at a line end (its text
    /// is a soft hyphen, for the PDF's ActualText).
    bool added = false;
};

/// A shaped run: glyphs in LOGICAL order (even for right-to-left text), and the total advance.
struct shaped_run {
    std::vector<shaped_glyph> glyphs;
    double width = 0;
};

/// Shapes one run of text in one font, script (ISO 15924), language (BCP 47) and direction, at
/// `size` points, with the font's default features (kerning, ligatures, Arabic joining, Indic
/// conjuncts, marks). Each cluster's text is spread over its glyphs so that text extraction gets
/// every character once and no spaces inside words.
auto shape(const loaded_font& font, std::string_view text, std::string_view script, std::string_view language,
           bool right_to_left, double size) -> shaped_run;

}  // namespace folio::layout
