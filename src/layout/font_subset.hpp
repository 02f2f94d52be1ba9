#pragma once

// Font facts and subsets for embedding TrueType fonts into a PDF. HarfBuzz (hb-subset) does the
// work, but nothing of it shows here, so the PDF writer need not include HarfBuzz itself.

#include "base/code_point_ranges.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace folio::layout {

/// The font's bounding box over all glyphs (head table), in font units.
struct font_box {
    int x_min = 0, y_min = 0, x_max = 0, y_max = 0;
};

/// What a PDF font descriptor and width array need, in font units unless noted.
struct font_metrics {
    unsigned units_per_em = 1000;
    int ascender = 0;             ///< typographic ascender (positive, above the baseline)
    int descender = 0;            ///< typographic descender (negative, below the baseline)
    int cap_height = 0;           ///< from OS/2; estimated from the ascender when missing
    font_box bbox;
    double italic_angle = 0;      ///< degrees, counter-clockwise from vertical (negative leans right)
    int weight = 400;             ///< OS/2 usWeightClass
    bool fixed_pitch = false;     ///< post.isFixedPitch
    std::string postscript_name;  ///< name ID 6; empty when the font has none
    std::vector<std::int32_t> advances;  ///< horizontal advance of every glyph id (hmtx)
};

/// Reads the metrics of face `face_index` of a TrueType font file. Throws model::edition_failure
/// ("failed to read font '<file>' (...)") when the file cannot be read, has no such face, or has
/// no TrueType outlines (`glyf`; CFF fonts cannot become a CIDFontType2).
auto read_font_metrics(const std::string& font_file, int face_index) -> font_metrics;

/// The code points face `face_index` of a TrueType font maps to glyphs (its cmap): what the
/// coverage index records for a font that may not be on disk. Throws as read_font_metrics.
auto read_font_coverage(const std::string& font_file, int face_index) -> code_point_ranges;

/// A subset of face `face_index` holding only `glyph_ids` (plus glyph 0 and the components of
/// composite glyphs), with glyph ids unchanged, so a PDF can use `/CIDToGIDMap /Identity`. The
/// layout tables (GSUB, GPOS, ...) are dropped: a PDF draws shaped glyphs. Returns the font bytes;
/// the same input gives the same bytes. Throws model::edition_failure on failure.
auto subset_font(const std::string& font_file, int face_index, const std::vector<std::uint32_t>& glyph_ids)
    -> std::string;

/// The version of HarfBuzz in use, e.g. "6.0.0" (for `folio --version`).
auto harfbuzz_version() -> std::string;

}  // namespace folio::layout
