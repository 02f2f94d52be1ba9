#pragma once

// The braille edition (issue 17): a resolved document as pages of braille, formatted after BANA's
// Braille Formats (2016) in their basic form, as BRF for embossers or as Unicode braille.

#include "compose/resolved_document.hpp"
#include "model/diagnostics.hpp"

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::render::braille {

/// Where a page of the printed brochure begins: its number, and the content node whose text
/// starts or continues there (layout::page_start, as the e-book's page list uses it).
struct print_page {
    std::string label;
    std::string node_id;
    std::size_t text_offset = 0;  ///< bytes into the node's drawn text (model::text_offset)
};

struct braille_options {
    std::size_t cells = 40;  ///< cells a line
    std::size_t lines = 25;  ///< lines a page, the last holding the braille page number
    bool unicode = false;    ///< Unicode braille (U+2800…) and LF line ends instead of BRF and CR LF
    /// The grade (1 uncontracted, 2 contracted) per primary language subtag, from the braille
    /// style, for the document's language and passages in others; a language not listed gets
    /// the code braille_code_for chooses for it.
    std::map<std::string, int, std::less<>> grades = {};
    /// The brochure's page starts: a print page indicator (Braille Formats §1.9) goes before the
    /// block where each page after the first begins. Empty: none.
    std::vector<print_page> print_pages = {};
};

/// The braille edition of `resolved`: a title page and a contents page (numbered p1, p2…), then the
/// body from braille page 1. Characters a code has no sign for are reported to `sink` (warnings).
/// Throws model::edition_failure when liblouis has no table for the document's language (that
/// edition alone fails).
auto write_braille(const compose::resolved_document& resolved, const braille_options& options, model::diagnostics& sink)
    -> std::string;

/// Why a document in `language` has no braille edition (no liblouis table for it).
auto no_braille_table(std::string_view language) -> std::string;

}  // namespace folio::render::braille
