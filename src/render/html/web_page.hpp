#pragma once

#include "compose/resolved_document.hpp"
#include "model/diagnostics.hpp"
#include "model/style.hpp"

#include <string>

namespace folio::render::html {

/// What the web page needs besides the resolved document.
struct web_options {
    /// The print style the CSS is generated from (the brochure's); nullptr: model::style's defaults.
    const model::style* style = nullptr;
};

/// The web edition: one HTML5 page holding the whole document and everything it needs (its CSS
/// in a style element, its images as data: URLs), for a clinic's site or patient portal. The same
/// content as the e-book: a skip link, the title block in a banner, a table of contents, the
/// sections in `main`; no script. The same input gives the same bytes.
auto write_web_page(const compose::resolved_document& resolved, const web_options& options) -> std::string;

}  // namespace folio::render::html
