#pragma once

// Internal to src/render/pdf: THE owner of the libharu document, with C++ error handling, and the
// one place that reaches into libharu's internals: its object layer (dictionaries, arrays,
// streams, strings; the catalog, Info and trailer dictionaries; a page's content stream), which
// the writer needs beyond libharu's public API. The other files of the writer use libharu's public
// API (HPDF_Page_*, HPDF_AddPage, ...) and these functions, never the internals themselves.

#include "base/c_handle.hpp"

#include <hpdf.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace folio::render::pdf {

/// Owns an HPDF_Doc. libharu is C: its error handler must not throw through it, so the handler
/// only records the first error and `check` turns it into model::edition_failure
/// ("failed to write PDF (libharu error 0x1017, detail 0x0, while adding a page)"). Every
/// function below that changes the document checks at once, so it throws on the first failure.
class haru_document {
public:
    haru_document();
    haru_document(const haru_document&) = delete;  // libharu holds the address of `error_`
    auto operator=(const haru_document&) -> haru_document& = delete;

    /// The document, for libharu's public API.
    [[nodiscard]] auto get() const -> HPDF_Doc { return doc_.get(); }

    /// Where the writer is ("page 3"), added to error messages; "" for nowhere in particular.
    void set_place(std::string place) { place_ = std::move(place); }

    /// Throws if libharu has reported an error (through the handler, or silently inside the object
    /// layer, which sets the document's error without calling the handler).
    void check(std::string_view while_doing) const;
    /// Throws when `status` is not HPDF_OK or an error is pending.
    void check(HPDF_STATUS status, std::string_view while_doing) const;
    /// Throws when `object` is null or an error is pending; returns `object`.
    template <typename T>
    auto checked(T object, std::string_view while_doing) const -> T {
        if (object == nullptr) fail(HPDF_GetError(get()), HPDF_GetErrorDetail(get()), while_doing);
        check(while_doing);
        return object;
    }

    // The document's own dictionaries.

    /// The document catalog (/Root).
    [[nodiscard]] auto catalog() const -> HPDF_Dict;
    /// The Info dictionary.
    [[nodiscard]] auto info() const -> HPDF_Dict;
    /// The trailer dictionary.
    [[nodiscard]] auto trailer() const -> HPDF_Dict;

    // New objects, owned by the document.

    /// A new direct dictionary (written where it is set or appended).
    [[nodiscard]] auto new_dict() -> HPDF_Dict;
    /// A new dictionary registered as an indirect object (so it can be referenced from anywhere).
    [[nodiscard]] auto new_indirect_dict() -> HPDF_Dict;
    /// A new direct array.
    [[nodiscard]] auto new_array() -> HPDF_Array;
    /// A new stream object holding `data`, FlateDecode-compressed when `compress`.
    [[nodiscard]] auto new_stream(std::string_view data, bool compress) -> HPDF_Dict;
    /// An image XObject whose samples are `zlib_rows`, a PNG's image data as it is (the IDAT
    /// chunks joined: rows with PNG filter bytes, deflated), written unchanged with FlateDecode
    /// and the PNG predictors (PDF 32000 7.4.4.4), so nothing is decoded or deflated again.
    /// `colours` is 1 (DeviceGray) or 3 (DeviceRGB); `bits` 1, 2, 4 or 8.
    [[nodiscard]] auto new_png_image(std::string_view zlib_rows, int width, int height, int colours, int bits) -> HPDF_Image;

    // Dictionary entries: `key` without its slash. Indirect objects are written as references.

    /// `/key value` for a dictionary (also a page, an annotation, a stream).
    void set(HPDF_Dict dict, const char* key, HPDF_Dict value);
    /// `/key value` for an array (also a destination).
    void set(HPDF_Dict dict, const char* key, HPDF_Array value);
    /// `/key /name`.
    void set_name(HPDF_Dict dict, const char* key, std::string_view name);
    /// `/key 12`.
    void set_integer(HPDF_Dict dict, const char* key, std::int32_t value);
    /// `/key 1.5` (libharu writes reals in single precision).
    void set_real(HPDF_Dict dict, const char* key, double value);
    /// `/key true`.
    void set_boolean(HPDF_Dict dict, const char* key, bool value);
    /// `/key (text)`: a literal string of ASCII text (language tags, registry names).
    void set_ascii(HPDF_Dict dict, const char* key, std::string_view ascii);
    /// `/key <FEFF...>`: a text string (UTF-16BE with byte order mark, written in hex) for any
    /// Unicode text, also beyond the BMP (libharu's own encoders stop there).
    void set_text(HPDF_Dict dict, const char* key, std::string_view utf8);

    // Array items, appended at the end.

    void append(HPDF_Array array, HPDF_Dict value);
    void append(HPDF_Array array, HPDF_Array value);
    void append_name(HPDF_Array array, std::string_view name);
    void append_integer(HPDF_Array array, std::int32_t value);
    void append_real(HPDF_Array array, double value);
    void append_null(HPDF_Array array);
    /// A byte string written in hex (at most 65,535 bytes).
    void append_bytes(HPDF_Array array, std::string_view bytes);
    /// How many items `array` holds.
    [[nodiscard]] auto size(HPDF_Array array) const -> std::size_t;
    /// Empties `array`.
    void clear(HPDF_Array array);

    /// Appends content-stream operators to `page`'s content.
    void append_content(HPDF_Page page, std::string_view operators);
    /// Deflates a drawn page's content stream now, where libharu would hold it whole until saving
    /// and deflate it then: a long book's pages are held compressed (about a fifth of the
    /// bytes). Nothing may be drawn on the page afterwards. For documents made with compression.
    void compress_page_content(HPDF_Page page);

    /// Saves the document (as PDF 1.7) and returns its bytes.
    [[nodiscard]] auto save() -> std::string;

    struct error_record {
        bool set = false;
        HPDF_STATUS code = HPDF_OK;
        HPDF_STATUS detail = HPDF_OK;
    };

private:
    [[noreturn]] void fail(HPDF_STATUS code, HPDF_STATUS detail, std::string_view while_doing) const;
    /// Whether `status` or a pending error means a call failed (then `check` throws).
    [[nodiscard]] auto failed(HPDF_STATUS status) const -> bool;
    /// Checks the call that set `key` (the message is built only on failure).
    void check_entry(HPDF_STATUS status, const char* key) const;
    /// Checks a call that appended to an array.
    void check_item(HPDF_STATUS status) const;
    [[nodiscard]] auto byte_string(std::string_view bytes) -> HPDF_Binary;

    error_record error_;
    std::string place_;
    c_handle<std::remove_pointer_t<HPDF_Doc>, HPDF_Free> doc_;  ///< last: freed before `error_` goes
};

}  // namespace folio::render::pdf
