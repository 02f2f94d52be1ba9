#pragma once

#include "layout/paged_document.hpp"
#include "model/document.hpp"

#include <cstdint>
#include <string>

namespace folio::render::pdf {

struct pdf_options {
    std::int64_t source_date_epoch = 0;  ///< creation and modification date (seconds since 1970, UTC)
    std::string document_hash;           ///< hex of the input's hash; its first 16 bytes become /ID
    bool compress = true;                ///< FlateDecode every stream, and pack objects into object streams
};

/// Writes the paged document as tagged PDF 1.7 bytes meant to meet PDF/UA-1 (see
/// docs/editions/pdf-writer.md and docs/editions/pdf-tagging.md): fonts embedded as subset
/// Type0/CIDFontType2 with ToUnicode, glyphs drawn in logical order at their positions, a
/// structure tree in reading order built from `model` (the document `doc` was laid out from) and
/// the items' provenance, artifacts marked, images, link annotations with /Contents, bookmarks,
/// page labels, Info and XMP metadata, /Lang and /ID. A pure function of its arguments (and the
/// font and image files `doc` names): the same input gives the same bytes. Throws
/// model::edition_failure ("failed to write PDF (...)") on failure.
auto write_pdf(const layout::paged_document& doc, const model::document& model, const pdf_options& options)
    -> std::string;

/// The version of libharu in use, e.g. "2.3.0" (for `folio --version`).
auto libharu_version() -> std::string;

}  // namespace folio::render::pdf
