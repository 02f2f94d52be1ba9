#pragma once

// Internal to src/render/pdf: the XMP metadata packet of a PDF/UA-1 file (ISO 14289-1, 5 and
// 7.1-8/9): dc:title, dc:language and pdfuaid:part 1, with the other fields equal to the Info
// dictionary's. Plain text, no libharu.

#include <cstdint>
#include <string>

namespace folio::render::pdf::tagging {

struct xmp_fields {
    std::string title;        ///< = Info /Title
    std::string language;     ///< BCP 47, = catalog /Lang
    std::string author;       ///< = Info /Author (one entry of dc:creator)
    std::string publisher;    ///< dc:publisher
    std::string subject;      ///< = Info /Subject (dc:description)
    std::string keywords;     ///< = Info /Keywords (pdf:Keywords)
    std::string identifier;   ///< dc:identifier
    std::string creator_tool; ///< = Info /Creator
    std::string producer;     ///< = Info /Producer
    std::int64_t date = 0;    ///< = Info /CreationDate and /ModDate (seconds since 1970, UTC)
};

/// `text` with &, <, > and " escaped, and characters XML 1.0 does not allow dropped.
auto xml_escape(std::string_view text) -> std::string;

/// "2025-11-26T00:00:00Z".
auto xmp_date(std::int64_t epoch) -> std::string;

/// The whole packet, `<?xpacket begin=...?>` to `<?xpacket end="w"?>`, UTF-8.
auto xmp_packet(const xmp_fields& fields) -> std::string;

}  // namespace folio::render::pdf::tagging
