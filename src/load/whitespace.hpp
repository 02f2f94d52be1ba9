#pragma once

#include "model/inline.hpp"

#include <string>
#include <string_view>

namespace folio::load {

/// Collapses runs of XML whitespace to one space and trims both ends (for attribute-like text).
auto collapse_whitespace(std::string_view text) -> std::string;

/// Collapses whitespace across a whole inline run as HTML does: runs of XML whitespace become one
/// space, even across element boundaries ("a <em>b</em> c"), and the run is trimmed at both ends
/// and around line breaks. Empty text nodes are removed.
void collapse_inline_whitespace(model::inlines& run);

}  // namespace folio::load
