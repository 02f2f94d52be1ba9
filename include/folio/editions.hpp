#pragma once

#include "folio/visibility.hpp"

#include <string>
#include <vector>

namespace folio {

/// An edition Folio knows: the name a request uses ("brochure", "large-print", "ebook",
/// "screen-reader", …) and the file suffix of its output, `<document>-<suffix>`.
struct edition_info {
    std::string name = {};
    std::string suffix = {};      ///< e.g. "ebook.epub"
    bool print = false;      ///< a PDF laid out in the style `<styles>/<name>.xml`
    bool available = false;  ///< made by this version (others are announced and refused when asked for)
};

/// Every edition, in the order an export writes them.
FOLIO_API auto editions() -> std::vector<edition_info>;

}  // namespace folio
