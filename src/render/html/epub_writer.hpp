#pragma once

#include "compose/resolved_document.hpp"
#include "model/diagnostics.hpp"
#include "model/document.hpp"
#include "model/style.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace folio::render::html {

/// Where a page of the printed edition begins, as the layout stage found it: the first content
/// drawn on the page is the text of node `node_id` from byte `text_offset` of its drawn text, a
/// position the compose stage defined (model::text_offset; a list item's id stands for its label,
/// a figure's for its image).
/// Plain data, so this writer does not depend on the layout stage.
struct page_mark {
    std::string label;            ///< the printed page number, as printed ("3", "٣")
    std::string node_id;
    std::size_t text_offset = 0;
};

/// What the EPUB writer needs besides the resolved document.
struct epub_options {
    /// The print style the CSS is generated from (the brochure's); nullptr: model::style's defaults.
    const model::style* style = nullptr;
    /// One per printed page, in page order; empty: no page list, and no `printPageNumbers` claim.
    std::vector<page_mark> pages;
    /// Names the print edition the page numbers come from (the page source: dc:source refined by
    /// source-of "pagination").
    std::string page_source;
    /// dcterms:modified and the zip entries' timestamps (seconds since 1970, UTC).
    std::int64_t source_date_epoch = 0;
};

/// One file of the publication, in container order.
struct entry {
    std::string path;      ///< inside the zip, e.g. "EPUB/text/01-side-effects.xhtml"
    std::string bytes;
    bool compress = true;  ///< `mimetype` is stored
};

/// The files of the EPUB 3 publication of `doc`, in the order they are zipped: mimetype,
/// META-INF/container.xml, the package document, nav, CSS, one XHTML content document per
/// top-level section (the title block first), images. Problems (a page mark that matches no
/// text) go to `sink` as warnings; images are packed from the loader's image records.
auto build_publication(const compose::resolved_document& resolved,
                       const epub_options& options, model::diagnostics& sink) -> std::vector<entry>;

/// The EPUB file: build_publication zipped with `mimetype` first and stored, then every entry in
/// order, all dated `source_date_epoch`: the same input gives the same bytes.
auto write_epub(const compose::resolved_document& resolved, const epub_options& options,
                model::diagnostics& sink) -> std::string;

/// The version of libzip in use, e.g. "1.7.3" (for `folio --version`).
auto libzip_version() -> std::string;

}  // namespace folio::render::html
