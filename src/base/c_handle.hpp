#pragma once

// One owner per C handle: a std::unique_ptr whose deleter is the library's own free function,
// named once where the handle is made (libzip, ICU, libharu; HarfBuzz has hb::unique_ptr too,
// but one idiom for all keeps the code uniform).

#include <memory>

namespace folio {

/// A deleter calling the C function `F` (e.g. `zip_source_free`, `ubidi_close`, `HPDF_Free`).
template <auto F>
struct free_with {
    template <typename T>
    void operator()(T* p) const noexcept {
        if (p != nullptr) F(p);
    }
};

/// A C handle owned by a std::unique_ptr that frees it with `F`:
/// `c_handle<hb_blob_t, hb_blob_destroy> blob{hb_blob_create_from_file(path)};`
template <typename T, auto F>
using c_handle = std::unique_ptr<T, free_with<F>>;

}  // namespace folio
