#include "render/pdf/document_info.hpp"

#include "base/utc_time.hpp"
#include "base/digest.hpp"
#include "render/pdf/pdf_text.hpp"
#include "render/pdf/tagging/xmp_metadata.hpp"

#include <algorithm>
#include <chrono>

namespace folio::render::pdf {

auto pdf_date(std::int64_t epoch) -> HPDF_Date {
    using namespace std::chrono;
    // libharu writes four-digit years; the Info dates and XMP start at 1970.
    const auto t = utc_fields(std::clamp<std::int64_t>(epoch, 0, last_four_digit_second));
    HPDF_Date date{};
    date.year = t.year;
    date.month = static_cast<int>(t.month);
    date.day = static_cast<int>(t.day);
    date.hour = t.hour;
    date.minutes = t.minute;
    date.seconds = t.second;
    date.ind = 'Z';
    return date;
}

auto document_id(std::string_view document_hash) -> std::string {
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string id;
    if (document_hash.size() >= 32) {
        for (std::size_t i = 0; i < 32; i += 2) {
            const int hi = nibble(document_hash[i]), lo = nibble(document_hash[i + 1]);
            if (hi < 0 || lo < 0) break;
            id.push_back(static_cast<char>(hi * 16 + lo));
        }
    }
    if (id.size() == 16) return id;
    // Not a usable hex hash: the first 16 bytes of its SHA-256, still deterministic.
    const auto digest = sha256(document_hash);
    return {reinterpret_cast<const char*>(digest.data()), 16};
}

namespace {
constexpr const char* creator = "Folio";
}  // namespace

void set_info(haru_document& doc, const layout::paged_document& source, const pdf_options& options) {
    const HPDF_Doc pdf = doc.get();
    const HPDF_Date date = pdf_date(options.source_date_epoch);
    doc.check(HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, date), "setting the creation date");
    doc.check(HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, date), "setting the modification date");
    // Text entries as UTF-16BE strings: libharu's own encoder stops at the BMP.
    HPDF_Dict info = doc.info();
    const std::pair<const char*, const std::string*> fields[] = {
        {"Title", &source.title}, {"Author", &source.author}, {"Subject", &source.subject}, {"Keywords", &source.keywords}};
    for (const auto& [key, value] : fields)
        if (!value->empty()) doc.set_text(info, key, *value);
    doc.set_text(info, "Creator", creator);
    doc.set_text(info, "Producer", producer());
}

auto producer() -> std::string { return std::string("Folio with libharu ") + HPDF_GetVersion(); }

void set_catalog_and_id(haru_document& doc, const layout::paged_document& source, const pdf_options& options) {
    const HPDF_Dict catalog = doc.catalog();
    if (!source.language.empty()) doc.set_ascii(catalog, "Lang", source.language);
    if (!source.outline.empty())
        doc.check(HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE), "opening the outline panel");
    HPDF_Dict preferences = doc.new_dict();
    doc.set_boolean(preferences, "DisplayDocTitle", true);
    doc.set(catalog, "ViewerPreferences", preferences);

    // XMP metadata (PDF/UA-1: dc:title, pdfuaid:part), the same facts as Info. Uncompressed, so
    // that tools which do not parse PDF can still find the packet.
    tagging::xmp_fields xmp;
    xmp.title = source.title;
    xmp.language = source.language;
    xmp.author = source.author;
    xmp.publisher = source.publisher;
    xmp.subject = source.subject;
    xmp.keywords = source.keywords;
    xmp.identifier = source.identifier;
    xmp.creator_tool = creator;
    xmp.producer = producer();
    xmp.date = options.source_date_epoch;
    HPDF_Dict metadata = doc.new_stream(tagging::xmp_packet(xmp), false);
    doc.set_name(metadata, "Type", "Metadata");
    doc.set_name(metadata, "Subtype", "XML");
    doc.set(catalog, "Metadata", metadata);

    const auto id = document_id(options.document_hash);
    HPDF_Array ids = doc.new_array();
    doc.append_bytes(ids, id);
    doc.append_bytes(ids, id);
    doc.set(doc.trailer(), "ID", ids);
}

}  // namespace folio::render::pdf
