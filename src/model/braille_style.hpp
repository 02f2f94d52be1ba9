#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>

namespace folio::model {

/// How the braille editions are laid out (styles/braille.xml, docs/styles.md). Sizes are in
/// cells, the unit an embosser counts in: paper and dot spacing are the embosser's business.
struct braille_style {
    std::string file;
    /// BRF's common page: 40 cells a line, 25 lines a page (11 × 11.5 inch paper).
    std::size_t cells = 40;
    std::size_t lines = 25;
    /// The grade per primary language subtag ("en" → 2): 1 uncontracted, 2 contracted. A language
    /// not listed gets the code Folio chooses for it (render/braille/braille_tables.hpp).
    std::map<std::string, int, std::less<>> grades;
};

}  // namespace folio::model
