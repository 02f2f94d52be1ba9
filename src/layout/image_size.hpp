#pragma once

#include <filesystem>
#include <optional>

namespace folio::layout {

struct pixel_size {
    int width = 0;
    int height = 0;
};

/// The pixel size of a PNG or JPEG file, read from its header; nothing if it is neither.
auto read_image_size(const std::filesystem::path& file) -> std::optional<pixel_size>;

}  // namespace folio::layout
