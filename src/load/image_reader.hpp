#pragma once

// The one place that reads image data. Every stage after the loader takes the record it makes
// (model::image_data) and never opens an image file: what the loader accepted, every writer can
// use, and what a writer could choke on is refused here, with a diagnostic.

#include "model/image.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace folio::load {

/// Caps on what Folio reads (docs/content-format.md, "figure, image"). A header over them is
/// refused before any pixel memory is allocated: print needs about 300 pixels per inch, so
/// 20,000 pixels cover a poster; 40 megapixels cover a full page scanned at 600 dpi (35 MP) and
/// keep a run under 1 GB (100 MP took 915 MB for an RGB image, all editions).
inline constexpr std::uint32_t max_image_side = 20'000;
inline constexpr std::uint64_t max_image_pixels = 40'000'000;
/// Larger files are refused before being read into memory.
inline constexpr std::uintmax_t max_image_file_bytes = 100ULL * 1024 * 1024;

/// Why image data was refused.
enum class image_problem {
    unsupported,  ///< not PNG or JPEG (the format is named when the bytes tell it)
    corrupt,      ///< a PNG or JPEG whose data does not decode
    truncated,    ///< a PNG or JPEG that ends before its data does
    too_large,    ///< width, height or pixel count over the caps
};

/// A refusal, with what was found, for the message.
struct image_failure {
    image_problem problem = image_problem::corrupt;
    std::optional<model::image_format> format;  ///< PNG or JPEG when the signature said so
    std::string detail;  ///< e.g. "GIF" (unsupported), the decoder's words (corrupt), "50000 by 50000 pixels"
    std::uint64_t width = 0;   ///< too_large: the size the header claims
    std::uint64_t height = 0;
};

/// The format told by a file's first bytes; nothing when it is neither PNG nor JPEG.
auto sniff_image_format(std::string_view bytes) -> std::optional<model::image_format>;

/// For bytes that are not PNG or JPEG, the name of the format they are in ("GIF", "WebP", "SVG",
/// ...), or empty when unknown.
auto other_format_name(std::string_view bytes) -> std::string;

/// Reads image data: the format from the signature, the header (size, colour, bit depth, pixel
/// density), then every pixel row and the checksums, once, so that no later stage meets data
/// that does not decode. Never throws for bad data; nothing is written to stderr.
auto decode_image(std::shared_ptr<const std::string> bytes) -> std::variant<model::image_data, image_failure>;

}  // namespace folio::load
