// libFuzzer target: the image reader (PNG and JPEG bytes -> decoded pixels or a failure), which
// every later stage trusts: what it accepts must decode.

#include "load/image_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    auto bytes = std::make_shared<const std::string>(reinterpret_cast<const char*>(data), size);
    (void)folio::load::sniff_image_format(*bytes);
    (void)folio::load::other_format_name(*bytes);
    const auto result = folio::load::decode_image(bytes);
    if (const auto* image = std::get_if<folio::model::image_data>(&result)) {
        // What the reader accepts has a size within its caps and, for a PNG, every pixel it claims.
        if (image->width <= 0 || image->height <= 0) __builtin_trap();
        const auto samples = static_cast<std::size_t>(image->width) * static_cast<std::size_t>(image->height) *
                             static_cast<std::size_t>(image->pixel_channels);
        if (image->pixels && image->pixels->size() != samples) __builtin_trap();
    }
    return 0;
}
