#pragma once

// The one rule for where inline content sits in the drawn text of its node, which print's glyph
// runs (glyph_run::text_offset) and the e-book's page markers both use.

#include "model/inline.hpp"

#include <cstddef>
#include <string_view>

namespace folio::compose {

/// What a forced line break is in its node's drawn text: print ends the line with a space there,
/// so that text extraction and the tag tree keep the words on both sides apart; the e-book counts
/// its <br> as this one space.
inline constexpr std::string_view forced_break_drawn_as = " ";

/// Places every piece of `run` (text, abbreviations as written, line breaks) in its node's drawn
/// text from byte `offset` on; returns the offset after the run.
auto place_run(model::inlines& run, std::size_t offset) -> std::size_t;

}  // namespace folio::compose
