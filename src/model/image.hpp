#pragma once

#include <memory>
#include <optional>
#include <string>

namespace folio::model {

/// The raster formats Folio reads; told by the file's first bytes, never by its name.
enum class image_format { png, jpeg };

/// How a pixel's colour is stored (before any alpha channel).
enum class colour_space { grey, rgb, palette, cmyk };

/// Pixels per inch, as the file states them (PNG pHYs in metres, JPEG JFIF in inches or cm).
struct pixel_density {
    double x = 0;
    double y = 0;
};

/// An image file, read and fully decoded once by the loader, so that no later stage opens the
/// file again or meets data it cannot decode. Copies are cheap: the bytes are shared.
struct image_data {
    image_format format = image_format::png;
    int width = 0;   ///< in pixels, > 0 and within the loader's caps
    int height = 0;  ///< in pixels, > 0 and within the loader's caps
    colour_space colour = colour_space::rgb;
    int channels = 0;   ///< samples per pixel as stored, alpha included
    bool alpha = false;  ///< an alpha channel (PNG only; a tRNS chunk does not count)
    int bit_depth = 8;  ///< bits per sample
    std::optional<pixel_density> density;  ///< only when the file gives an absolute resolution
    std::shared_ptr<const std::string> bytes;  ///< the whole file, exactly as read
    /// PNG: the decoded pixels, 8 bits a sample, rows top to bottom, `pixel_channels` samples a
    /// pixel (1 grey, 2 grey and alpha, 3 RGB, 4 RGBA; palettes and transparency expanded). The
    /// PDF writer embeds these, so that it never decodes the file again (libharu's own PNG
    /// reader refuses interlaced files and leaves padding bits unset in 1-bit rows).
    std::shared_ptr<const std::string> pixels;
    int pixel_channels = 0;
    /// PNG that a PDF can take as it is (not interlaced, grey or RGB, 8 bits a sample or fewer, no
    /// transparency): its image data as stored, the IDAT chunks joined (filtered rows, deflated),
    /// which the PDF writer embeds with FlateDecode and the PNG predictors instead of deflating the
    /// pixels again; `pixels` is then left empty. Empty for other PNGs and for JPEG.
    std::shared_ptr<const std::string> png_zlib_rows;
};

/// The file extension this format is written with, with its dot (".png", ".jpg").
auto file_extension(image_format format) -> const char*;

/// The format's media type ("image/png", "image/jpeg").
auto media_type(image_format format) -> const char*;

}  // namespace folio::model
