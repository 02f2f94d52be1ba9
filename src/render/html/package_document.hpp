#pragma once

// Internal to render/html: the package document (OPF) and the container file.

#include "model/document.hpp"
#include "render/html/accessibility.hpp"
#include "render/html/content_plan.hpp"

#include <cstdint>
#include <string>

namespace folio::render::html {

struct package_inputs {
    const model::document& doc;
    const content_plan& plan;
    const accessibility_metadata& accessibility;
    std::string identifier;         ///< urn:uuid:...
    std::int64_t modified = 0;      ///< dcterms:modified, seconds since 1970 (UTC)
    std::string page_source;        ///< the print edition of the page list; empty without one
};

/// package.opf (EPUB 3.2 as epubcheck 4 checks it, with the accessibility metadata of EPUB
/// Accessibility 1.1): metadata, manifest (nav, CSS, content documents, images), spine in
/// reading order, right to left for right-to-left languages.
auto package_document(const package_inputs& in) -> std::string;

/// META-INF/container.xml pointing at the package document.
auto container_document() -> std::string;

/// Where the package document is in the container.
inline constexpr const char* package_path = "EPUB/package.opf";

}  // namespace folio::render::html
