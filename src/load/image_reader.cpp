#include "load/image_reader.hpp"

#include <csetjmp>
#include <cstdio>  // jpeglib.h needs FILE and size_t declared first
#include <cstring>

#include <jpeglib.h>
#include <jerror.h>
#include <png.h>

namespace folio::load {

namespace {

constexpr std::string_view png_signature("\x89PNG\r\n\x1A\n", 8);

auto big_endian_32(std::string_view bytes, std::size_t at) -> std::uint32_t {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8U) | static_cast<unsigned char>(bytes.at(at + i));
    return v;
}

auto over_caps(std::uint64_t width, std::uint64_t height) -> bool {
    return width > max_image_side || height > max_image_side || width * height > max_image_pixels;
}

auto too_large(model::image_format format, std::uint64_t width, std::uint64_t height) -> image_failure {
    return {image_problem::too_large, format, std::to_string(width) + " by " + std::to_string(height) + " pixels", width,
            height};
}

// --- PNG ---------------------------------------------------------------------------------------
// libpng reports errors by longjmp out of decode_png, through png_read_all: neither they nor the
// callbacks may hold an object with a destructor, and all state lives in plain structs passed
// by reference (never in locals changed after setjmp, whose values longjmp leaves unspecified).

struct png_source {
    const unsigned char* data = nullptr;
    std::size_t size = 0;
    std::size_t offset = 0;
    bool ran_out = false;  ///< libpng asked for bytes past the end: the file is cut short
};

struct png_outcome {
    png_uint_32 width = 0;
    png_uint_32 height = 0;
    int bit_depth = 0;
    int colour_type = 0;
    int channels = 0;
    png_uint_32 per_metre_x = 0;  ///< pHYs in pixels per metre; 0 when absent or unitless
    png_uint_32 per_metre_y = 0;
    bool too_large = false;
    png_bytep image = nullptr;    ///< the decoded pixels, freed by the caller whichever way decoding ends
    png_bytepp rows = nullptr;    ///< pointers into `image`, one a row
    std::size_t row_bytes = 0;
    int pixel_channels = 0;       ///< after expansion to 8 bits (grey, grey+alpha, RGB, RGBA)
    char message[160] = {};  ///< libpng's words for the error
};

void png_read_bytes(png_structp png, png_bytep out, std::size_t length) {
    auto* source = static_cast<png_source*>(png_get_io_ptr(png));
    if (length > source->size - source->offset) {
        source->ran_out = true;
        png_error(png, "the file ends early");
    }
    std::memcpy(out, source->data + source->offset, length);
    source->offset += length;
}

[[noreturn]] void png_fail(png_structp png, png_const_charp message) {
    auto* outcome = static_cast<png_outcome*>(png_get_error_ptr(png));
    std::snprintf(outcome->message, sizeof outcome->message, "%s", message);
    png_longjmp(png, 1);
}

/// Warnings are about ancillary chunks (colour profiles, text) that libpng skips and that no
/// writer needs; libpng would print them to stderr.
void png_ignore_warning(png_structp, png_const_charp) {}

/// The header, then every row of every interlace pass into one row buffer, then the chunks after
/// the image data up to IEND: every critical chunk's CRC and the whole zlib stream are checked.
void png_read_all(png_structp png, png_infop info, png_outcome& out) {
    png_read_info(png, info);
    out.width = png_get_image_width(png, info);
    out.height = png_get_image_height(png, info);
    out.bit_depth = png_get_bit_depth(png, info);
    out.colour_type = png_get_color_type(png, info);
    out.channels = png_get_channels(png, info);
    if (over_caps(out.width, out.height)) {
        out.too_large = true;
        return;
    }
    png_uint_32 x = 0;
    png_uint_32 y = 0;
    int unit = PNG_RESOLUTION_UNKNOWN;
    if (png_get_pHYs(png, info, &x, &y, &unit) != 0 && unit == PNG_RESOLUTION_METER) {
        out.per_metre_x = x;
        out.per_metre_y = y;
    }
    // Every kind of PNG becomes 8-bit grey, grey+alpha, RGB or RGBA: palettes and low bit
    // depths expanded, a tRNS chunk made an alpha channel, 16 bits cut to 8.
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    out.pixel_channels = png_get_channels(png, info);
    out.row_bytes = png_get_rowbytes(png, info);
    out.image = static_cast<png_bytep>(png_malloc(png, out.row_bytes * out.height));
    out.rows = static_cast<png_bytepp>(png_malloc(png, sizeof(png_bytep) * out.height));
    for (png_uint_32 row = 0; row < out.height; ++row) out.rows[row] = out.image + row * out.row_bytes;
    png_read_image(png, out.rows);  // every interlace pass
    png_read_end(png, nullptr);
}

/// False when libpng reported an error (its words in out.message); the pixels into `pixels`.
/// (`pixels` belongs to the caller's frame, outside the longjmp's reach, and is only filled after.)
auto decode_png(png_source& source, png_outcome& out, std::string& pixels) -> bool {
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &out, png_fail, png_ignore_warning);
    png_infop info = png != nullptr ? png_create_info_struct(png) : nullptr;
    if (info == nullptr) {
        std::snprintf(out.message, sizeof out.message, "out of memory");
        png_destroy_read_struct(&png, nullptr, nullptr);
        return false;
    }
    bool ok = false;
    if (setjmp(png_jmpbuf(png)) == 0) {
        png_set_read_fn(png, &source, png_read_bytes);
        // Belt and braces: the caller checked IHDR already, before libpng allocated anything.
        png_set_user_limits(png, max_image_side, max_image_side);
        png_read_all(png, info, out);
        ok = true;
    }
    if (ok && out.image != nullptr) pixels.assign(reinterpret_cast<const char*>(out.image), out.row_bytes * out.height);
    if (out.rows != nullptr) png_free(png, out.rows);
    if (out.image != nullptr) png_free(png, out.image);
    out.rows = nullptr;
    out.image = nullptr;
    png_destroy_read_struct(&png, &info, nullptr);
    return ok;
}

/// The image data of a PNG a PDF can embed unchanged (see model::image_data::png_zlib_rows):
/// the IDAT chunks joined, or nothing. Called on a file libpng decoded whole, so its chunks
/// are well formed.
auto png_zlib_rows(std::string_view data, int colour_type, int bit_depth) -> std::optional<std::string> {
    if ((colour_type != PNG_COLOR_TYPE_GRAY && colour_type != PNG_COLOR_TYPE_RGB) || bit_depth > 8) return std::nullopt;
    if (colour_type == PNG_COLOR_TYPE_RGB && bit_depth != 8) return std::nullopt;
    constexpr std::size_t interlace_at = 8 + 8 + 12;  // signature, IHDR length and type, 12 bytes in
    if (data.size() <= interlace_at || data[interlace_at] != 0) return std::nullopt;
    std::string rows;
    for (std::size_t at = png_signature.size(); at + 12 <= data.size();) {
        const std::size_t length = big_endian_32(data, at);
        const std::string_view type = data.substr(at + 4, 4);
        if (at + 12 + length > data.size()) return std::nullopt;
        if (type == "tRNS") return std::nullopt;  // transparency: the writer makes a soft mask from the pixels
        if (type == "IDAT") rows.append(data.substr(at + 8, length));
        if (type == "IEND") break;
        at += 12 + length;
    }
    if (rows.empty()) return std::nullopt;
    return rows;
}

auto read_png(std::shared_ptr<const std::string> bytes) -> std::variant<model::image_data, image_failure> {
    const std::string_view data = *bytes;
    // libpng reports an out-of-range size (up to 2^32 - 1) as a mere "invalid IHDR": read the
    // claim itself to say what is wrong, before libpng allocates anything for it.
    if (data.size() >= 24 && data.substr(12, 4) == "IHDR") {
        const auto width = big_endian_32(data, 16);
        const auto height = big_endian_32(data, 20);
        if (over_caps(width, height)) return too_large(model::image_format::png, width, height);
    }
    png_source source{reinterpret_cast<const unsigned char*>(data.data()), data.size(), 0, false};
    png_outcome out;
    std::string pixels;
    const bool ok = decode_png(source, out, pixels);
    if (source.ran_out) return image_failure{image_problem::truncated, model::image_format::png, {}, 0, 0};
    if (!ok) return image_failure{image_problem::corrupt, model::image_format::png, out.message, 0, 0};
    if (out.too_large) return too_large(model::image_format::png, out.width, out.height);

    model::image_data image;
    image.format = model::image_format::png;
    image.width = static_cast<int>(out.width);
    image.height = static_cast<int>(out.height);
    image.bit_depth = out.bit_depth;
    image.channels = out.channels;
    image.alpha = (out.colour_type & PNG_COLOR_MASK_ALPHA) != 0;
    image.colour = (out.colour_type & PNG_COLOR_MASK_PALETTE) != 0 ? model::colour_space::palette
                   : (out.colour_type & PNG_COLOR_MASK_COLOR) != 0 ? model::colour_space::rgb
                                                                    : model::colour_space::grey;
    if (out.per_metre_x > 0 && out.per_metre_y > 0)
        image.density = model::pixel_density{out.per_metre_x * 0.0254, out.per_metre_y * 0.0254};
    if (auto rows = png_zlib_rows(data, out.colour_type, out.bit_depth))
        image.png_zlib_rows = std::make_shared<const std::string>(std::move(*rows));
    else
        image.pixels = std::make_shared<const std::string>(std::move(pixels));
    image.pixel_channels = out.pixel_channels;
    image.bytes = std::move(bytes);
    return image;
}

// --- JPEG --------------------------------------------------------------------------------------
// libjpeg reports errors through error_exit, which must not return: jpeg_fail longjmps out of
// decode_jpeg, through jpeg_read_all, under the same rules as for PNG above.

struct jpeg_state {
    jpeg_decompress_struct info;
    jpeg_error_mgr errors;
    std::jmp_buf jump;
    bool truncated = false;
    bool too_large = false;    ///< over libjpeg's own limit (65,500 pixels a side)
    bool unsupported = false;  ///< valid JPEG that libjpeg does not decode (e.g. 12-bit samples)
    bool over_caps = false;    ///< over Folio's caps, found after the header
    char message[JMSG_LENGTH_MAX] = {};
};

auto state_of(j_common_ptr info) -> jpeg_state& { return *static_cast<jpeg_state*>(info->client_data); }

[[noreturn]] void jpeg_fail(j_common_ptr info) {
    auto& state = state_of(info);
    (*info->err->format_message)(info, state.message);
    const int code = info->err->msg_code;
    state.too_large = code == JERR_IMAGE_TOO_BIG;
    state.unsupported = code == JERR_BAD_PRECISION || code == JERR_NOT_COMPILED;
    std::longjmp(state.jump, 1);
}

/// libjpeg goes on after damaged data with made-up pixels and a warning; Folio stops there. The
/// other warnings (unknown JFIF revision, odd Adobe marker, bad ICC profile, an unusual scan
/// order) leave every pixel decodable.
void jpeg_note(j_common_ptr info, int level) {
    if (level >= 0) return;  // trace messages
    auto& state = state_of(info);
    const int code = info->err->msg_code;
    if (code == JWRN_JPEG_EOF) {
        state.truncated = true;
    } else if (code != JWRN_HIT_MARKER && code != JWRN_HUFF_BAD_CODE && code != JWRN_MUST_RESYNC &&
               code != JWRN_EXTRANEOUS_DATA && code != JWRN_ARITH_BAD_CODE) {
        return;
    }
    (*info->err->format_message)(info, state.message);
    std::longjmp(state.jump, 1);
}

/// The header, then every scanline into one row buffer, then the markers up to EOI.
void jpeg_read_all(jpeg_state& state, const unsigned char* data, std::size_t size) {
    jpeg_create_decompress(&state.info);
    jpeg_mem_src(&state.info, data, static_cast<unsigned long>(size));
    (void)jpeg_read_header(&state.info, TRUE);
    if (over_caps(state.info.image_width, state.info.image_height)) {
        state.over_caps = true;
        return;
    }
    jpeg_start_decompress(&state.info);
    const JSAMPARRAY row = (*state.info.mem->alloc_sarray)(
        reinterpret_cast<j_common_ptr>(&state.info), JPOOL_IMAGE,
        state.info.output_width * static_cast<JDIMENSION>(state.info.output_components), 1);
    while (state.info.output_scanline < state.info.output_height) (void)jpeg_read_scanlines(&state.info, row, 1);
    (void)jpeg_finish_decompress(&state.info);
}

/// False when libjpeg stopped with an error or a damaging warning (its words in state.message).
auto decode_jpeg(jpeg_state& state, const unsigned char* data, std::size_t size) -> bool {
    state.info.err = jpeg_std_error(&state.errors);
    state.errors.error_exit = jpeg_fail;
    state.errors.emit_message = jpeg_note;
    state.info.client_data = &state;  // kept by jpeg_create_decompress
    bool ok = false;
    if (setjmp(state.jump) == 0) {
        jpeg_read_all(state, data, size);
        ok = true;
    }
    jpeg_destroy_decompress(&state.info);
    return ok;
}

auto read_jpeg(std::shared_ptr<const std::string> bytes) -> std::variant<model::image_data, image_failure> {
    constexpr auto jpeg = model::image_format::jpeg;
    auto state = std::make_unique<jpeg_state>();
    const bool ok = decode_jpeg(*state, reinterpret_cast<const unsigned char*>(bytes->data()), bytes->size());
    const auto& info = state->info;
    if (state->over_caps || state->too_large) return too_large(jpeg, info.image_width, info.image_height);
    if (state->truncated) return image_failure{image_problem::truncated, jpeg, {}, 0, 0};
    if (state->unsupported) return image_failure{image_problem::unsupported, jpeg, state->message, 0, 0};
    if (!ok) return image_failure{image_problem::corrupt, jpeg, state->message, 0, 0};
    const int components = info.num_components;
    const auto space = info.jpeg_color_space;
    const bool grey = space == JCS_GRAYSCALE && components == 1;
    const bool rgb = (space == JCS_YCbCr || space == JCS_RGB) && components == 3;
    const bool cmyk = (space == JCS_CMYK || space == JCS_YCCK) && components == 4;
    if (!grey && !rgb && !cmyk)
        return image_failure{image_problem::unsupported, jpeg,
                             "a JPEG with " + std::to_string(components) + " colour components of an unknown kind", 0, 0};

    model::image_data image;
    image.format = jpeg;
    image.width = static_cast<int>(info.image_width);
    image.height = static_cast<int>(info.image_height);
    image.bit_depth = info.data_precision;
    image.channels = components;
    image.colour = grey ? model::colour_space::grey : rgb ? model::colour_space::rgb : model::colour_space::cmyk;
    // JFIF density unit 1 is dots per inch, 2 dots per centimetre; 0 gives only the aspect ratio.
    if (info.saw_JFIF_marker && info.X_density > 0 && info.Y_density > 0 && (info.density_unit == 1 || info.density_unit == 2)) {
        const double scale = info.density_unit == 1 ? 1.0 : 2.54;
        image.density = model::pixel_density{info.X_density * scale, info.Y_density * scale};
    }
    image.bytes = std::move(bytes);
    return image;
}

}  // namespace

auto sniff_image_format(std::string_view bytes) -> std::optional<model::image_format> {
    if (bytes.starts_with(png_signature)) return model::image_format::png;
    if (bytes.starts_with("\xFF\xD8\xFF")) return model::image_format::jpeg;
    return std::nullopt;
}

auto other_format_name(std::string_view bytes) -> std::string {
    const auto at = [&](std::size_t offset, std::string_view what) { return bytes.substr(std::min(offset, bytes.size())).starts_with(what); };
    if (at(0, "GIF87a") || at(0, "GIF89a")) return "GIF";
    if (at(0, "RIFF") && at(8, "WEBP")) return "WebP";
    if (at(0, "II*") || at(0, std::string_view("MM\0*", 4))) return "TIFF";
    if (at(0, "BM")) return "BMP";
    if (at(0, "%PDF-")) return "PDF";
    if (at(4, "ftypavif")) return "AVIF";
    if (at(4, "ftypheic") || at(4, "ftypheix") || at(4, "ftypmif1")) return "HEIF";
    if (at(0, std::string_view("\0\0\0\x0CjP  ", 8))) return "JPEG 2000";
    if (bytes.substr(0, 1024).find("<svg") != std::string_view::npos) return "SVG";
    return {};
}

auto decode_image(std::shared_ptr<const std::string> bytes) -> std::variant<model::image_data, image_failure> {
    const std::string_view data = bytes ? std::string_view(*bytes) : std::string_view{};
    const auto format = sniff_image_format(data);
    if (!format) return image_failure{image_problem::unsupported, std::nullopt, other_format_name(data), 0, 0};
    switch (*format) {
        case model::image_format::png: return read_png(std::move(bytes));
        case model::image_format::jpeg: return read_jpeg(std::move(bytes));
    }
    return image_failure{image_problem::unsupported, format, {}, 0, 0};  // unreachable: -Wswitch covers the enum
}

}  // namespace folio::load
