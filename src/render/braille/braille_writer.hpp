#pragma once

// The braille edition (issue 17): a resolved document as pages of braille, formatted after BANA's
// Braille Formats (2016) in their basic form, as BRF for embossers or as Unicode braille.

#include "compose/resolved_document.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace folio::render::braille {

/// Where a page of the printed brochure begins: its number, and the content node whose text
/// starts or continues there (layout::page_start, as the e-book's page list uses it).
struct print_page {
    std::string label;
    std::string node_id;
};

struct braille_options {
    std::size_t cells = 40;  ///< cells a line
    std::size_t lines = 25;  ///< lines a page, the last holding the braille page number
    bool unicode = false;    ///< Unicode braille (U+2800…) and LF line ends instead of BRF and CR LF
    /// The document language's grade (1 uncontracted, 2 contracted), from the braille style;
    /// nothing: the code braille_code_for chooses for the language.
    std::optional<int> grade = std::nullopt;
    /// The brochure's page starts: a print page indicator (Braille Formats §1.9) goes before the
    /// block where each page after the first begins. Empty: none.
    std::vector<print_page> print_pages = {};
};

/// The braille edition of `resolved`. Throws model::edition_failure when liblouis has no table for
/// the document's language (that edition alone fails).
auto write_braille(const compose::resolved_document& resolved, const braille_options& options) -> std::string;

}  // namespace folio::render::braille
