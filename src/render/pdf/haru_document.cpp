#include "render/pdf/haru_document.hpp"

#include "render/pdf/pdf_text.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <charconv>
#include <stdexcept>
#include <vector>

namespace folio::render::pdf {
namespace {

void record_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) {
    auto* error = static_cast<haru_document::error_record*>(user_data);
    if (error->set) return;  // the first error is the cause; later ones follow from it
    error->set = true;
    error->code = code;
    error->detail = detail;
}

auto hex_number(unsigned long value) -> std::string {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, 16);
    std::string digits(buffer, result.ptr);
    for (auto& c : digits)
        if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
    return "0x" + digits;
}

}  // namespace

haru_document::haru_document() {
    doc_ = HPDF_New(record_error, &error_);
    if (doc_ == nullptr) throw std::runtime_error("failed to write PDF (libharu could not create a document)");
}

haru_document::~haru_document() { HPDF_Free(doc_); }

void haru_document::fail(HPDF_STATUS code, HPDF_STATUS detail, std::string_view while_doing) const {
    throw std::runtime_error("failed to write PDF (libharu error " + hex_number(code) + ", detail " +
                             hex_number(detail) + ", while " + std::string(while_doing) +
                             (place_.empty() ? "" : " on " + place_) + ")");
}

void haru_document::check(std::string_view while_doing) const {
    if (error_.set) fail(error_.code, error_.detail, while_doing);
    if (const auto code = HPDF_GetError(doc_); code != HPDF_OK) fail(code, HPDF_GetErrorDetail(doc_), while_doing);
}

void haru_document::check(HPDF_STATUS status, std::string_view while_doing) const {
    check(while_doing);
    if (status != HPDF_OK) fail(status, 0, while_doing);
}

auto haru_document::new_indirect_dict() -> HPDF_Dict {
    HPDF_Dict dict = checked(HPDF_Dict_New(doc_->mmgr), "creating a dictionary");
    check(HPDF_Xref_Add(doc_->xref, dict), "registering a dictionary");
    return dict;
}

auto haru_document::new_stream(std::string_view data, bool compress) -> HPDF_Dict {
    HPDF_Dict stream = checked(HPDF_DictStream_New(doc_->mmgr, doc_->xref), "creating a stream");
    if (compress) stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    if (!data.empty())
        check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                                static_cast<HPDF_UINT>(data.size())),
              "writing a stream");
    return stream;
}

auto haru_document::text_string(std::string_view utf8) -> HPDF_Binary { return byte_string(text_string_bytes(utf8)); }

auto haru_document::byte_string(std::string_view bytes) -> HPDF_Binary {
    // libharu's limit for strings (HPDF_LIMIT_MAX_STRING_LEN) applies to binary strings too.
    if (bytes.size() > 65535) throw std::runtime_error("failed to write PDF (a string is longer than 65535 bytes)");
    std::vector<HPDF_BYTE> copy(bytes.begin(), bytes.end());
    return checked(HPDF_Binary_New(doc_->mmgr, copy.data(), static_cast<HPDF_UINT>(copy.size())),
                   "creating a string");
}

void haru_document::set_text(HPDF_Dict dict, const char* key, std::string_view utf8) {
    check(HPDF_Dict_Add(dict, key, text_string(utf8)), std::string("setting '") + key + "'");
}

auto haru_document::save() -> std::string {
    // HPDF_NewDoc set the version to 1.3; PDF 1.7 is what the file uses (marked content, /Lang ...).
    doc_->pdf_version = HPDF_VER_17;
    check(HPDF_SaveToStream(doc_), "saving");
    HPDF_UINT32 size = HPDF_GetStreamSize(doc_);
    check("measuring the saved document");
    std::string bytes(size, '\0');
    if (size > 0) {
        // Reading exactly the stream's size ends without an end-of-stream error.
        check(HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size), "reading the saved document");
        bytes.resize(size);
    }
    return bytes;
}

}  // namespace folio::render::pdf
