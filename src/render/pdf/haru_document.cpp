#include "render/pdf/haru_document.hpp"

#include "model/edition_failure.hpp"
#include "render/pdf/pdf_text.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <zlib.h>

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

haru_document::haru_document() : doc_(HPDF_New(record_error, &error_)) {
    if (doc_ == nullptr) throw model::edition_failure("failed to write PDF (libharu could not create a document)");
}

void haru_document::fail(HPDF_STATUS code, HPDF_STATUS detail, std::string_view while_doing) const {
    throw model::edition_failure("failed to write PDF (libharu error " + hex_number(code) + ", detail " +
                             hex_number(detail) + ", while " + std::string(while_doing) +
                             (place_.empty() ? "" : " on " + place_) + ")");
}

void haru_document::check(std::string_view while_doing) const {
    if (error_.set) fail(error_.code, error_.detail, while_doing);
    if (const auto code = HPDF_GetError(get()); code != HPDF_OK) fail(code, HPDF_GetErrorDetail(get()), while_doing);
}

void haru_document::check(HPDF_STATUS status, std::string_view while_doing) const {
    check(while_doing);
    if (status != HPDF_OK) fail(status, 0, while_doing);
}

auto haru_document::failed(HPDF_STATUS status) const -> bool {
    return status != HPDF_OK || error_.set || HPDF_GetError(get()) != HPDF_OK;
}

void haru_document::check_entry(HPDF_STATUS status, const char* key) const {
    if (failed(status)) check(status, std::string("setting '") + key + "'");
}

void haru_document::check_item(HPDF_STATUS status) const {
    if (failed(status)) check(status, "adding to an array");
}

auto haru_document::catalog() const -> HPDF_Dict { return doc_->catalog; }

auto haru_document::info() const -> HPDF_Dict { return doc_->info; }

auto haru_document::trailer() const -> HPDF_Dict { return doc_->trailer; }

auto haru_document::new_dict() -> HPDF_Dict { return checked(HPDF_Dict_New(doc_->mmgr), "creating a dictionary"); }

auto haru_document::new_indirect_dict() -> HPDF_Dict {
    HPDF_Dict dict = new_dict();
    check(HPDF_Xref_Add(doc_->xref, dict), "registering a dictionary");
    return dict;
}

auto haru_document::new_array() -> HPDF_Array { return checked(HPDF_Array_New(doc_->mmgr), "creating an array"); }

auto haru_document::new_stream(std::string_view data, bool compress) -> HPDF_Dict {
    HPDF_Dict stream = checked(HPDF_DictStream_New(doc_->mmgr, doc_->xref), "creating a stream");
    if (compress) stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    if (!data.empty())
        check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                                static_cast<HPDF_UINT>(data.size())),
              "writing a stream");
    return stream;
}

namespace {
/// libharu writes a stream's /Filter only for data it compresses itself: this writes the filter
/// of data that is compressed already, from the image's own entries, before the dictionary ends.
auto write_png_filter(HPDF_Dict image, HPDF_Stream out) -> HPDF_STATUS {
    const auto* width = static_cast<HPDF_Number>(HPDF_Dict_GetItem(image, "Width", HPDF_OCLASS_NUMBER));
    const auto* bits = static_cast<HPDF_Number>(HPDF_Dict_GetItem(image, "BitsPerComponent", HPDF_OCLASS_NUMBER));
    const auto* space = static_cast<HPDF_Name>(HPDF_Dict_GetItem(image, "ColorSpace", HPDF_OCLASS_NAME));
    if (width == nullptr || bits == nullptr || space == nullptr) return HPDF_INVALID_OBJECT;
    const int colours = std::string_view(space->value) == "DeviceRGB" ? 3 : 1;
    const std::string entries = "/Filter /FlateDecode\012/DecodeParms << /Predictor 15 /Colors " + std::to_string(colours) +
                                " /BitsPerComponent " + std::to_string(bits->value) + " /Columns " +
                                std::to_string(width->value) + " >>\012";
    return HPDF_Stream_WriteStr(out, entries.c_str());
}
/// The filter of a content stream deflated before libharu saw it (compress_page_content).
auto write_flate_filter(HPDF_Dict, HPDF_Stream out) -> HPDF_STATUS { return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012"); }
}  // namespace

auto haru_document::new_png_image(std::string_view zlib_rows, int width, int height, int colours, int bits) -> HPDF_Image {
    HPDF_Dict image = new_stream(zlib_rows, false);  // no filter of libharu's: the data is deflated already
    image->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;  // what HPDF_Page_DrawImage checks for
    set_name(image, "Type", "XObject");
    set_name(image, "Subtype", "Image");
    set_integer(image, "Width", width);
    set_integer(image, "Height", height);
    set_name(image, "ColorSpace", colours == 3 ? "DeviceRGB" : "DeviceGray");
    set_integer(image, "BitsPerComponent", bits);
    image->write_fn = write_png_filter;
    return image;
}

void haru_document::set(HPDF_Dict dict, const char* key, HPDF_Dict value) {
    check_entry(HPDF_Dict_Add(dict, key, value), key);
}

void haru_document::set(HPDF_Dict dict, const char* key, HPDF_Array value) {
    check_entry(HPDF_Dict_Add(dict, key, value), key);
}

void haru_document::set_name(HPDF_Dict dict, const char* key, std::string_view name) {
    check_entry(HPDF_Dict_AddName(dict, key, std::string(name).c_str()), key);
}

void haru_document::set_integer(HPDF_Dict dict, const char* key, std::int32_t value) {
    check_entry(HPDF_Dict_AddNumber(dict, key, value), key);
}

void haru_document::set_real(HPDF_Dict dict, const char* key, double value) {
    check_entry(HPDF_Dict_AddReal(dict, key, static_cast<HPDF_REAL>(value)), key);
}

void haru_document::set_boolean(HPDF_Dict dict, const char* key, bool value) {
    check_entry(HPDF_Dict_AddBoolean(dict, key, value ? HPDF_TRUE : HPDF_FALSE), key);
}

void haru_document::set_ascii(HPDF_Dict dict, const char* key, std::string_view ascii) {
    check_entry(HPDF_Dict_Add(dict, key, HPDF_String_New(doc_->mmgr, std::string(ascii).c_str(), nullptr)), key);
}

void haru_document::set_text(HPDF_Dict dict, const char* key, std::string_view utf8) {
    check_entry(HPDF_Dict_Add(dict, key, byte_string(text_string_bytes(utf8))), key);
}

void haru_document::append(HPDF_Array array, HPDF_Dict value) { check_item(HPDF_Array_Add(array, value)); }

void haru_document::append(HPDF_Array array, HPDF_Array value) { check_item(HPDF_Array_Add(array, value)); }

void haru_document::append_name(HPDF_Array array, std::string_view name) {
    check_item(HPDF_Array_AddName(array, std::string(name).c_str()));
}

void haru_document::append_integer(HPDF_Array array, std::int32_t value) {
    check_item(HPDF_Array_AddNumber(array, value));
}

void haru_document::append_real(HPDF_Array array, double value) {
    check_item(HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(value)));
}

void haru_document::append_null(HPDF_Array array) { check_item(HPDF_Array_Add(array, HPDF_Null_New(doc_->mmgr))); }

void haru_document::append_bytes(HPDF_Array array, std::string_view bytes) {
    check_item(HPDF_Array_Add(array, byte_string(bytes)));
}

auto haru_document::size(HPDF_Array array) const -> std::size_t { return HPDF_Array_Items(array); }

void haru_document::clear(HPDF_Array array) { HPDF_Array_Clear(array); }

void haru_document::append_content(HPDF_Page page, std::string_view operators) {
    if (operators.empty()) return;
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    check(HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                            static_cast<HPDF_UINT>(operators.size())),
          "writing the content");
}

void haru_document::compress_page_content(HPDF_Page page) {
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    HPDF_Stream stream = attr->stream;
    HPDF_UINT size = HPDF_Stream_Size(stream);
    std::string raw(size, '\0');
    if (size > 0) {
        check(HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET), "reading a page's content back");
        check(HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(raw.data()), &size), "reading a page's content back");
    }
    // The level libharu itself uses, so the file is what libharu would have written, only sooner.
    uLongf packed_size = compressBound(static_cast<uLong>(raw.size()));
    std::string packed(packed_size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packed_size, reinterpret_cast<const Bytef*>(raw.data()),
                  static_cast<uLong>(raw.size()), Z_DEFAULT_COMPRESSION) != Z_OK)
        throw model::edition_failure("failed to write PDF (deflating the content of " + place_ + ")");
    HPDF_MemStream_FreeData(stream);
    check(HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(packed.data()), static_cast<HPDF_UINT>(packed_size)),
          "writing a page's deflated content");
    attr->contents->filter = HPDF_STREAM_FILTER_NONE;
    attr->contents->write_fn = write_flate_filter;
}

auto haru_document::byte_string(std::string_view bytes) -> HPDF_Binary {
    // libharu's limit for strings (HPDF_LIMIT_MAX_STRING_LEN) applies to binary strings too.
    if (bytes.size() > 65535) throw model::edition_failure("failed to write PDF (a string is longer than 65535 bytes)");
    std::vector<HPDF_BYTE> copy(bytes.begin(), bytes.end());
    return checked(HPDF_Binary_New(doc_->mmgr, copy.data(), static_cast<HPDF_UINT>(copy.size())),
                   "creating a string");
}

auto haru_document::save() -> std::string {
    // HPDF_NewDoc set the version to 1.3; PDF 1.7 is what the file uses (marked content, /Lang ...).
    doc_->pdf_version = HPDF_VER_17;
    check(HPDF_SaveToStream(get()), "saving");
    HPDF_UINT32 size = HPDF_GetStreamSize(get());
    check("measuring the saved document");
    std::string bytes(size, '\0');
    if (size > 0) {
        // Reading exactly the stream's size ends without an end-of-stream error.
        check(HPDF_ReadFromStream(get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size), "reading the saved document");
        bytes.resize(size);
    }
    return bytes;
}

}  // namespace folio::render::pdf
