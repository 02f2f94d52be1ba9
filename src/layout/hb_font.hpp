#pragma once

// Internal to src/layout: the HarfBuzz objects behind a loaded_font.

#include "layout/font_set.hpp"

#include "base/c_handle.hpp"

#include <hb.h>

namespace folio::layout {

class loaded_font {
public:
    loaded_font(font_ref ref, bool italic_face, bool bold_face = false);

    [[nodiscard]] auto covers(std::string_view utf8) const -> bool;
    [[nodiscard]] auto hb() const -> hb_font_t* { return font_.get(); }
    [[nodiscard]] auto upem() const -> unsigned { return upem_; }

    font_ref ref;
    bool italic = false;
    bool bold = false;  ///< a bold face: bold text drawn in another face is emboldened (glyph_run::synthetic_bold)
    font_metrics_pt metrics;

private:
    // Declared in the order they are made: each is destroyed before the one it was made from.
    c_handle<hb_blob_t, hb_blob_destroy> blob_;
    c_handle<hb_face_t, hb_face_destroy> face_;
    c_handle<hb_font_t, hb_font_destroy> font_;
    unsigned upem_ = 1000;
};

}  // namespace folio::layout
