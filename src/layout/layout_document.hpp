#pragma once

#include "compose/resolved_document.hpp"
#include "layout/font_set.hpp"
#include "layout/paged_document.hpp"
#include "model/diagnostics.hpp"
#include "model/document.hpp"
#include "model/style.hpp"

namespace folio::layout {

/// Lays out a document for print in a style: title block, every block in reading order, pages of
/// the style's paper (the locale's when the style says "locale"), a localized "Page X of Y" footer
/// on every page, an outline entry for the title and every heading. Problems (a character no font
/// can draw) go to `sink`; the result is only fit for output when it has no errors.
auto layout_document(const compose::resolved_document& resolved, const model::style& style, const font_set& fonts,
                     model::diagnostics& sink) -> paged_document;

}  // namespace folio::layout
