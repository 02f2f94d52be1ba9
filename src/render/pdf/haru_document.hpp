#pragma once

// Internal to src/render/pdf: a libharu document with C++ error handling, and helpers for the
// object layer (dictionaries, streams, strings) that the writer uses beyond libharu's public API.

#include <hpdf.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace folio::render::pdf {

/// Owns an HPDF_Doc. libharu is C: its error handler must not throw through it, so the handler
/// only records the first error and `check` turns it into std::runtime_error
/// ("failed to write PDF (libharu error 0x1017, detail 0x0, while adding a page)").
class haru_document {
public:
    haru_document();
    ~haru_document();
    haru_document(const haru_document&) = delete;
    auto operator=(const haru_document&) -> haru_document& = delete;

    [[nodiscard]] auto get() const -> HPDF_Doc { return doc_; }

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
        if (object == nullptr) fail(HPDF_GetError(doc_), HPDF_GetErrorDetail(doc_), while_doing);
        check(while_doing);
        return object;
    }

    /// A new dictionary registered as an indirect object (so it can be referenced from anywhere).
    [[nodiscard]] auto new_indirect_dict() -> HPDF_Dict;
    /// A new stream object holding `data`, FlateDecode-compressed when `compress`.
    [[nodiscard]] auto new_stream(std::string_view data, bool compress) -> HPDF_Dict;
    /// A PDF text string (UTF-16BE with byte order mark, written in hex) for any Unicode text.
    [[nodiscard]] auto text_string(std::string_view utf8) -> HPDF_Binary;
    /// A byte string written in hex.
    [[nodiscard]] auto byte_string(std::string_view bytes) -> HPDF_Binary;
    /// Sets `key` of `dict` to the text string `utf8`.
    void set_text(HPDF_Dict dict, const char* key, std::string_view utf8);

    /// Saves the document (as PDF 1.7) and returns its bytes.
    [[nodiscard]] auto save() -> std::string;

    struct error_record {
        bool set = false;
        HPDF_STATUS code = HPDF_OK;
        HPDF_STATUS detail = HPDF_OK;
    };

private:
    [[noreturn]] void fail(HPDF_STATUS code, HPDF_STATUS detail, std::string_view while_doing) const;

    error_record error_;
    std::string place_;
    HPDF_Doc doc_ = nullptr;
};

}  // namespace folio::render::pdf
