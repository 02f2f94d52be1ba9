#pragma once

// Internal to src/layout: the HarfBuzz objects behind a loaded_font.

#include "layout/font_set.hpp"

#include <hb.h>

namespace folio::layout {

class loaded_font {
public:
    loaded_font(font_ref ref, bool italic_face);
    ~loaded_font();
    loaded_font(const loaded_font&) = delete;
    auto operator=(const loaded_font&) -> loaded_font& = delete;

    [[nodiscard]] auto covers(std::string_view utf8) const -> bool;
    [[nodiscard]] auto hb() const -> hb_font_t* { return font_; }
    [[nodiscard]] auto upem() const -> unsigned { return upem_; }

    font_ref ref;
    bool italic = false;
    font_metrics_pt metrics;

private:
    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    unsigned upem_ = 1000;
};

}  // namespace folio::layout
