#pragma once

#include "compose/resolved_document.hpp"

#include <string>

namespace folio::render::text {

/// The plain-text edition for screen readers (WCAG techniques T1-T3, see
/// docs/editions/screen-reader.md): a title block, headings with two blank lines before and one
/// after and a spoken level cue, one blank line between paragraphs, labelled lists, images as
/// "Image: alt", tables read row by row as "header: value", callouts announced by kind, link
/// addresses written out, abbreviations expanded at first use, no hard wrapping. Every word Folio
/// adds (announcements included) comes resolved, in the document's language. UTF-8, "\n" line
/// ends, ends with a newline.
auto render_screen_reader_text(const compose::resolved_document& resolved) -> std::string;

}  // namespace folio::render::text
