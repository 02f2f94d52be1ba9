#pragma once

// Internal to render/html: the navigation document.

#include "compose/cues.hpp"
#include "model/document.hpp"
#include "render/html/content_documents.hpp"

#include <string>
#include <vector>

namespace folio::render::html {

/// A landmark of the nav's landmarks list.
struct landmark {
    std::string type;   ///< epub:type: toc, bodymatter, glossary
    std::string label;
    std::string href;   ///< relative to the package document
};

/// nav.xhtml: the table of contents nested as the headings are (the title and the top-level
/// sections at the first level), the landmarks, and the page list when `markers` placed any.
auto navigation_document(const model::document& doc, const compose::cues& cues,
                         const std::vector<toc_heading>& headings, const std::vector<landmark>& landmarks,
                         const page_markers& markers) -> std::string;

}  // namespace folio::render::html
