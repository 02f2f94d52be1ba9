#pragma once

// Internal to src/render/pdf: the Info dictionary, the catalog's document-wide entries and the
// trailer's /ID.

#include "layout/paged_document.hpp"
#include "render/pdf/haru_document.hpp"
#include "render/pdf/pdf_writer.hpp"

#include <string>

namespace folio::render::pdf {

/// "D:YYYYMMDDHHmmSSZ00'00'"-style fields for `epoch` (UTC), as libharu's date.
auto pdf_date(std::int64_t epoch) -> HPDF_Date;

/// The 16 bytes of /ID: the first 16 bytes of `document_hash` when it is hex of at least that
/// length; otherwise a stable hash of whatever it is.
auto document_id(std::string_view document_hash) -> std::string;

/// "Folio with libharu 2.3.0": the Info dictionary's and the XMP packet's producer.
auto producer() -> std::string;

/// Title, Author, Subject, Keywords (when set), Creator, Producer, CreationDate and ModDate.
void set_info(haru_document& doc, const layout::paged_document& source, const pdf_options& options);

/// /Lang, /ViewerPreferences <</DisplayDocTitle true>>, the XMP /Metadata stream (PDF/UA-1
/// identification), the outline panel (when there are bookmarks) and the trailer's /ID.
void set_catalog_and_id(haru_document& doc, const layout::paged_document& source, const pdf_options& options);

}  // namespace folio::render::pdf
