#pragma once

// A document resolved and laid out with a shipped print style and the repository's fonts, for the
// layout-quality tests (pagination, line ends). Diagnostics are test failures.

#include "compose/resolved_document.hpp"
#include "layout/paged_document.hpp"
#include "model/document.hpp"

#include <optional>
#include <string>

namespace folio::layout::testing {

struct laid_out {
    std::optional<compose::resolved_document> resolved;  ///< empty when the style could not be read
    paged_document pages;
    double column_height = 0;
};

/// `doc` in the shipped style `edition` ("brochure", "large-print"), words in its language.
auto lay_out(const model::document& doc, const std::string& edition) -> laid_out;

/// content/immunotherapy/<language>.xml, loaded without errors (else a test failure and nullopt).
auto shipped_handout(const std::string& language) -> std::optional<model::document>;

}  // namespace folio::layout::testing
