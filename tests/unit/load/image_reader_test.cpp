// The one image reader: the format from the bytes, the header, and every byte of data checked
// once, so that hostile files are refused here with a diagnostic instead of crashing a writer.
// PNG files are built in the test (stored deflate blocks, real CRCs), so each hostile case is
// one edit of a valid file; the JPEG is a 32 x 24 fixture edited the same way.

#include "load/image_reader.hpp"

#include "load/load_document.hpp"
#include "support/mutations.hpp"
#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <array>
#include <fstream>
#include <random>

namespace folio::load {
namespace {

namespace fs = std::filesystem;

// --- a small PNG writer -------------------------------------------------------------------------

// The checksums PNG and zlib use, from zlib itself.
auto crc32(std::string_view bytes) -> std::uint32_t {
    return static_cast<std::uint32_t>(::crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

auto adler32(std::string_view bytes) -> std::uint32_t {
    return static_cast<std::uint32_t>(::adler32(1, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

auto be32(std::uint32_t v) -> std::string {
    return {static_cast<char>(v >> 24U), static_cast<char>(v >> 16U), static_cast<char>(v >> 8U), static_cast<char>(v)};
}

auto chunk(const std::string& type, const std::string& data) -> std::string {
    return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(crc32(type + data));
}

/// A zlib stream of stored (uncompressed) deflate blocks.
auto zlib_stored(const std::string& raw) -> std::string {
    std::string out = "\x78\x01";
    std::size_t at = 0;
    do {
        const std::size_t n = std::min<std::size_t>(raw.size() - at, 65535);
        const bool last = at + n == raw.size();
        out += static_cast<char>(last ? 1 : 0);
        out += static_cast<char>(n & 0xFFU), out += static_cast<char>(n >> 8U);
        out += static_cast<char>(~n & 0xFFU), out += static_cast<char>((~n >> 8U) & 0xFFU);
        out += raw.substr(at, n);
        at += n;
    } while (at < raw.size());
    return out + be32(adler32(raw));
}

const std::string png_signature("\x89PNG\r\n\x1A\n", 8);

auto ihdr(std::uint32_t width, std::uint32_t height, int bit_depth, int colour_type) -> std::string {
    return chunk("IHDR", be32(width) + be32(height) + static_cast<char>(bit_depth) + static_cast<char>(colour_type) +
                             std::string(3, '\0'));
}

/// Rows of `bytes_per_row` bytes, each after its filter byte (0, none).
auto raw_rows(std::uint32_t height, std::size_t bytes_per_row) -> std::string {
    std::string raw;
    for (std::uint32_t y = 0; y < height; ++y) {
        raw += '\0';
        for (std::size_t x = 0; x < bytes_per_row; ++x) raw += static_cast<char>((x * 7 + y * 13) & 0xFFU);
    }
    return raw;
}

/// An 8 x 6 RGB PNG at 3780 pixels per metre (96.012 dpi).
auto valid_png() -> std::string {
    const std::string phys = chunk("pHYs", be32(3780) + be32(3780) + '\x01');
    return png_signature + ihdr(8, 6, 8, 2) + phys + chunk("IDAT", zlib_stored(raw_rows(6, 8 * 3))) + chunk("IEND", "");
}

/// A header claiming this size, then no pixel data at all.
auto png_claiming(std::uint32_t width, std::uint32_t height) -> std::string {
    return png_signature + ihdr(width, height, 8, 2) + chunk("IEND", "");
}

auto shared(std::string bytes) -> std::shared_ptr<const std::string> {
    return std::make_shared<const std::string>(std::move(bytes));
}

auto failure_of(std::string bytes) -> image_failure {
    auto result = decode_image(shared(std::move(bytes)));
    if (const auto* failure = std::get_if<image_failure>(&result)) return *failure;
    ADD_FAILURE() << "the data was accepted";
    return {};
}

auto image_of(std::string bytes) -> model::image_data {
    auto result = decode_image(shared(std::move(bytes)));
    if (auto* image = std::get_if<model::image_data>(&result)) return *image;
    const auto& failure = std::get<image_failure>(result);
    ADD_FAILURE() << "refused: problem " << static_cast<int>(failure.problem) << " (" << failure.detail << ")";
    return {};
}

const fs::path fixtures = fs::path(FOLIO_SOURCE_DIR) / "tests/unit/load";

auto valid_jpeg() -> std::string { return folio::testing::read_file(fixtures / "badge.jpg"); }

// Offsets in badge.jpg: the JFIF APP0 units and densities, the SOF0 height and width, the scan.
constexpr std::size_t jfif_units = 13;
constexpr std::size_t sof_height = 163;
constexpr std::size_t scan_start = 623;

void put16(std::string& bytes, std::size_t at, unsigned value) {
    bytes.at(at) = static_cast<char>(value >> 8U);
    bytes.at(at + 1) = static_cast<char>(value & 0xFFU);
}

/// An 8-bit grey PNG of `width` x `height` with pixel value f(x, y), Adam7-interlaced when asked:
/// libharu's own PNG reader refused interlaced files, so the loader's decoded pixels must be right.
auto grey_png(std::uint32_t width, std::uint32_t height, bool interlaced, unsigned char (*f)(std::uint32_t, std::uint32_t))
    -> std::string {
    std::string raw;
    if (!interlaced) {
        for (std::uint32_t y = 0; y < height; ++y) {
            raw += '\0';
            for (std::uint32_t x = 0; x < width; ++x) raw += static_cast<char>(f(x, y));
        }
    } else {
        // Adam7: (x start, y start, x step, y step) of the seven passes; each pass's rows are filtered rows of their own.
        constexpr std::uint32_t passes[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                                                {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
        for (const auto& p : passes) {
            if (p[0] >= width || p[1] >= height) continue;
            for (std::uint32_t y = p[1]; y < height; y += p[3]) {
                raw += '\0';
                for (std::uint32_t x = p[0]; x < width; x += p[2]) raw += static_cast<char>(f(x, y));
            }
        }
    }
    std::string header = be32(width) + be32(height) + '\x08' + '\x00' + '\x00' + '\x00' + static_cast<char>(interlaced ? 1 : 0);
    return png_signature + chunk("IHDR", header) + chunk("IDAT", zlib_stored(raw)) + chunk("IEND", "");
}

auto pattern(std::uint32_t x, std::uint32_t y) -> unsigned char { return static_cast<unsigned char>((x * 29 + y * 71) & 0xFFU); }

TEST(image_reader, an_interlaced_png_is_decoded_and_a_plain_one_kept_as_stored_for_the_pdf) {
    // Interlaced: decoded to pixels (PDF has no interlacing). Plain grey: its IDAT data kept as
    // it is, for the PDF writer to embed with the PNG predictors (pdf_writer_test decodes it).
    const auto interlaced = image_of(grey_png(13, 11, true, pattern));
    ASSERT_TRUE(interlaced.pixels);
    EXPECT_FALSE(interlaced.png_zlib_rows);
    EXPECT_EQ(interlaced.pixel_channels, 1);
    ASSERT_EQ(interlaced.pixels->size(), 13U * 11U);
    for (std::uint32_t y = 0; y < 11; ++y)
        for (std::uint32_t x = 0; x < 13; ++x)
            ASSERT_EQ(static_cast<unsigned char>((*interlaced.pixels)[y * 13 + x]), pattern(x, y)) << x << "," << y;
    const auto plain = image_of(grey_png(13, 11, false, pattern));
    EXPECT_FALSE(plain.pixels);
    ASSERT_TRUE(plain.png_zlib_rows);
    EXPECT_NE(plain.bytes->find(*plain.png_zlib_rows), std::string::npos);  // the file's own IDAT data
}

TEST(image_reader, a_one_bit_png_of_odd_width_is_kept_as_stored_and_a_palette_one_expanded_to_whole_bytes) {
    // 13 pixels a row: the last byte of each packed row has three padding bits. Grey: the stored
    // rows go to the PDF as they are (the same bytes every run). With a palette (black, white) it
    // is expanded to 8-bit RGB, every byte set (libharu had copied the padding bits unset).
    std::string raw;
    for (std::uint32_t y = 0; y < 3; ++y) raw += std::string("\0", 1) + static_cast<char>(0xA5) + static_cast<char>(y == 1 ? 0xF8 : 0x00);
    const auto data = zlib_stored(raw);
    const std::string grey_header = be32(13) + be32(3) + '\x01' + std::string(4, '\0');
    const auto grey = image_of(png_signature + chunk("IHDR", grey_header) + chunk("IDAT", data) + chunk("IEND", ""));
    ASSERT_TRUE(grey.png_zlib_rows);
    EXPECT_EQ(*grey.png_zlib_rows, data);
    EXPECT_EQ(grey.bit_depth, 1);

    const std::string palette_header = be32(13) + be32(3) + '\x01' + '\x03' + std::string(3, '\0');
    const auto image = image_of(png_signature + chunk("IHDR", palette_header) + chunk("PLTE", std::string("\0\0\0\xFF\xFF\xFF", 6)) +
                                chunk("IDAT", data) + chunk("IEND", ""));
    ASSERT_TRUE(image.pixels);
    EXPECT_FALSE(image.png_zlib_rows);
    EXPECT_EQ(image.pixel_channels, 3);
    ASSERT_EQ(image.pixels->size(), 13U * 3U * 3U);
    const auto at = [&](std::size_t x, std::size_t y) { return static_cast<unsigned char>((*image.pixels)[(y * 13 + x) * 3]); };
    // 0xA5 = 10100101: white, black, white, black, black, white, black, white.
    const std::vector<unsigned char> first{0xFF, 0x00, 0xFF, 0x00, 0x00, 0xFF, 0x00, 0xFF};
    for (std::size_t x = 0; x < first.size(); ++x) EXPECT_EQ(at(x, 0), first[x]) << x;
    EXPECT_EQ(at(8, 1), 0xFF);  // row 1: 0xF8 = 11111 (and 3 padding bits)
    EXPECT_EQ(at(12, 1), 0xFF);
    EXPECT_EQ(at(12, 0), 0x00);  // row 0: 0x00
}

// --- good files ---------------------------------------------------------------------------------

TEST(image_reader, a_valid_png_gives_its_size_colour_depth_and_density_and_keeps_the_very_bytes) {
    const auto bytes = shared(valid_png());
    auto result = decode_image(bytes);
    ASSERT_TRUE(std::holds_alternative<model::image_data>(result));
    const auto& image = std::get<model::image_data>(result);
    EXPECT_EQ(image.format, model::image_format::png);
    EXPECT_EQ(image.width, 8);
    EXPECT_EQ(image.height, 6);
    EXPECT_EQ(image.colour, model::colour_space::rgb);
    EXPECT_EQ(image.channels, 3);
    EXPECT_FALSE(image.alpha);
    EXPECT_EQ(image.bit_depth, 8);
    ASSERT_TRUE(image.density.has_value());
    EXPECT_NEAR(image.density->x, 96.012, 1e-9);
    EXPECT_NEAR(image.density->y, 96.012, 1e-9);
    EXPECT_EQ(image.bytes.get(), bytes.get()) << "the record shares the bytes it was given, no copy";
}

TEST(image_reader, a_sixteen_bit_grey_and_alpha_png_without_density) {
    const auto image = image_of(png_signature + ihdr(3, 2, 16, 4) + chunk("IDAT", zlib_stored(raw_rows(2, 3 * 4))) +
                                chunk("IEND", ""));
    EXPECT_EQ(image.width, 3);
    EXPECT_EQ(image.height, 2);
    EXPECT_EQ(image.colour, model::colour_space::grey);
    EXPECT_EQ(image.channels, 2);
    EXPECT_TRUE(image.alpha);
    EXPECT_EQ(image.bit_depth, 16);
    EXPECT_FALSE(image.density.has_value());
}

TEST(image_reader, a_valid_jpeg_gives_its_size_and_the_jfif_density_in_inches_or_centimetres) {
    const auto plain = image_of(valid_jpeg());
    EXPECT_EQ(plain.format, model::image_format::jpeg);
    EXPECT_EQ(plain.width, 32);
    EXPECT_EQ(plain.height, 24);
    EXPECT_EQ(plain.colour, model::colour_space::rgb);
    EXPECT_EQ(plain.channels, 3);
    EXPECT_EQ(plain.bit_depth, 8);
    EXPECT_FALSE(plain.density.has_value()) << "JFIF unit 0 gives an aspect ratio, not a density";

    auto inches = valid_jpeg();
    inches.at(jfif_units) = 1;
    put16(inches, jfif_units + 1, 300);
    put16(inches, jfif_units + 3, 150);
    const auto dpi = image_of(inches);
    ASSERT_TRUE(dpi.density.has_value());
    EXPECT_DOUBLE_EQ(dpi.density->x, 300);
    EXPECT_DOUBLE_EQ(dpi.density->y, 150);

    auto centimetres = valid_jpeg();
    centimetres.at(jfif_units) = 2;
    put16(centimetres, jfif_units + 1, 118);
    put16(centimetres, jfif_units + 3, 118);
    const auto dpcm = image_of(centimetres);
    ASSERT_TRUE(dpcm.density.has_value());
    EXPECT_NEAR(dpcm.density->x, 299.72, 1e-9);
}

// --- hostile files ------------------------------------------------------------------------------

TEST(image_reader, a_png_cut_after_60_bytes_is_truncated) {
    const auto png = valid_png();
    ASSERT_GT(png.size(), 60u);
    const auto failure = failure_of(png.substr(0, 60));
    EXPECT_EQ(failure.problem, image_problem::truncated);
    EXPECT_EQ(failure.format, model::image_format::png);
}

TEST(image_reader, a_40_byte_file_with_a_png_signature_is_truncated_not_a_crash) {
    const auto failure = failure_of(valid_png().substr(0, 40));
    EXPECT_EQ(failure.problem, image_problem::truncated);
}

TEST(image_reader, a_png_without_its_iend_is_truncated) {
    const auto png = valid_png();
    EXPECT_EQ(failure_of(png.substr(0, png.size() - 12)).problem, image_problem::truncated);
}

TEST(image_reader, a_header_claiming_50000_by_50000_with_no_data_is_too_large) {
    const auto failure = failure_of(png_claiming(50000, 50000));
    EXPECT_EQ(failure.problem, image_problem::too_large);
    EXPECT_EQ(failure.width, 50000u);
    EXPECT_EQ(failure.height, 50000u);
    EXPECT_EQ(failure.detail, "50000 by 50000 pixels");
}

TEST(image_reader, sizes_of_two_to_the_31_and_more_are_too_large) {
    for (const auto& [w, h] : std::array<std::pair<std::uint32_t, std::uint32_t>, 3>{
             {{0x80000000U, 1}, {1, 0x80000000U}, {0xFFFFFFFFU, 0xFFFFFFFFU}}}) {
        const auto failure = failure_of(png_claiming(w, h));
        EXPECT_EQ(failure.problem, image_problem::too_large) << w << " x " << h;
        EXPECT_EQ(failure.width, w);
        EXPECT_EQ(failure.height, h);
    }
}

TEST(image_reader, the_caps_hold_for_each_side_and_for_the_pixel_count) {
    // 20,000 a side is allowed, 20,001 is not; 8,000 x 5,001 is over 40 megapixels.
    EXPECT_EQ(failure_of(png_claiming(20001, 1)).problem, image_problem::too_large);
    EXPECT_EQ(failure_of(png_claiming(8000, 5001)).problem, image_problem::too_large);
    // Under the caps the missing data is what is wrong.
    EXPECT_EQ(failure_of(png_claiming(20000, 1)).problem, image_problem::corrupt);
    EXPECT_EQ(failure_of(png_claiming(8000, 5000)).problem, image_problem::corrupt);
}

TEST(image_reader, garbage_idat_with_a_correct_crc_is_corrupt) {
    std::string garbage;
    for (int i = 0; i < 200; ++i) garbage += static_cast<char>((i * 73 + 41) & 0xFF);
    const auto failure =
        failure_of(png_signature + ihdr(8, 6, 8, 2) + chunk("IDAT", garbage) + chunk("IEND", ""));
    EXPECT_EQ(failure.problem, image_problem::corrupt);
    EXPECT_EQ(failure.format, model::image_format::png);
    EXPECT_FALSE(failure.detail.empty()) << "libpng's words go into the message";
}

TEST(image_reader, a_wrong_crc_on_a_critical_chunk_is_corrupt) {
    auto png = valid_png();
    png.at(8 + 8 + 13) ^= 1;  // the IHDR CRC
    EXPECT_EQ(failure_of(png).problem, image_problem::corrupt);
}

TEST(image_reader, too_little_pixel_data_is_corrupt) {
    const auto short_rows = png_signature + ihdr(8, 6, 8, 2) + chunk("IDAT", zlib_stored(raw_rows(3, 8 * 3))) +
                            chunk("IEND", "");
    EXPECT_EQ(failure_of(short_rows).problem, image_problem::corrupt);
}

TEST(image_reader, a_truncated_jpeg_is_truncated) {
    const auto jpeg = valid_jpeg();
    const auto failure = failure_of(jpeg.substr(0, scan_start + 40));
    EXPECT_EQ(failure.problem, image_problem::truncated);
    EXPECT_EQ(failure.format, model::image_format::jpeg);
    EXPECT_EQ(failure_of(jpeg.substr(0, 100)).problem, image_problem::truncated) << "cut in the header";
}

TEST(image_reader, a_jpeg_whose_scan_data_stops_early_is_corrupt) {
    auto jpeg = valid_jpeg();
    jpeg.replace(scan_start + 10, jpeg.size() - scan_start - 10, "\xFF\xD9");
    EXPECT_EQ(failure_of(jpeg).problem, image_problem::corrupt);
}

TEST(image_reader, a_jpeg_header_claiming_50000_by_50000_is_too_large) {
    auto jpeg = valid_jpeg();
    put16(jpeg, sof_height, 50000);
    put16(jpeg, sof_height + 2, 50000);
    const auto failure = failure_of(jpeg);
    EXPECT_EQ(failure.problem, image_problem::too_large);
    EXPECT_EQ(failure.detail, "50000 by 50000 pixels");
}

TEST(image_reader, a_gif_is_unsupported_and_named) {
    const auto failure = failure_of(std::string("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13));
    EXPECT_EQ(failure.problem, image_problem::unsupported);
    EXPECT_FALSE(failure.format.has_value());
    EXPECT_EQ(failure.detail, "GIF");
    EXPECT_EQ(failure_of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>").detail, "SVG");
    EXPECT_EQ(failure_of("just text").detail, "");
    EXPECT_EQ(failure_of("").problem, image_problem::unsupported);
}

TEST(image_reader, the_format_comes_from_the_signature) {
    EXPECT_EQ(sniff_image_format(valid_png()), model::image_format::png);
    EXPECT_EQ(sniff_image_format(valid_jpeg()), model::image_format::jpeg);
    EXPECT_EQ(sniff_image_format(valid_png().substr(0, 7)), std::nullopt) << "half a signature";
    EXPECT_EQ(sniff_image_format("GIF89a"), std::nullopt);
}

TEST(image_reader, hostile_data_is_refused_in_silence) {
    ::testing::internal::CaptureStderr();
    (void)decode_image(shared(valid_png().substr(0, 40)));
    (void)decode_image(shared(png_claiming(0, 0)));
    (void)decode_image(shared(valid_jpeg().substr(0, 300)));
    auto jpeg = valid_jpeg();
    jpeg.replace(scan_start + 10, jpeg.size() - scan_start - 10, "\xFF\xD9");
    (void)decode_image(shared(jpeg));
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "") << "libpng and libjpeg must not print";
}

// As for the loader (robustness_test.cpp): mutated images give a result, never a crash.
TEST(image_reader, mutated_images_are_read_or_refused_never_a_crash) {
    const std::array<std::string, 2> originals{valid_png(), valid_jpeg()};
    int refused = 0;
    for (int seed = 0; seed < 2000; ++seed) {
        std::mt19937 random(static_cast<std::mt19937::result_type>(seed));
        const auto input = folio::testing::mutate(originals.at(static_cast<std::size_t>(seed % 2)), random);
        auto result = decode_image(shared(input));
        if (const auto* image = std::get_if<model::image_data>(&result)) {
            EXPECT_GT(image->width, 0) << "seed " << seed;
            EXPECT_GT(image->height, 0) << "seed " << seed;
        } else {
            ++refused;
        }
    }
    EXPECT_GT(refused, 500);
}

// --- through the loader: located diagnostics, and the record on the figure --------------------

class image_in_document : public ::testing::Test {
protected:
    void SetUp() override { fs::create_directories(dir / "images"); }
    void put(const std::string& name, const std::string& bytes) const {
        std::ofstream(dir / name, std::ios::binary) << bytes;
    }
    /// Loads a document whose figures show these files, one figure a line from line 2, each src
    /// attribute (where image diagnostics point) at column 24.
    auto load(const std::vector<std::string>& sources) -> std::optional<model::document> {
        std::string xml = "<document version=\"1\"><meta><title>T</title><language>en</language><identifier>urn:x</identifier>"
                          "<published>2026-01-02</published><translation status=\"original\"/></meta><body>\n";
        for (std::size_t i = 0; i < sources.size(); ++i)
            xml += "<figure id=\"f" + std::to_string(i) + "\"><image src=\"" + sources[i] + "\" alt=\"A.\"/></figure>\n";
        xml += "</body></document>\n";
        sink = {};
        return load_document_from_bytes(xml, dir / "en.xml", sink);
    }
    auto messages() const -> std::string {
        std::string out;
        for (auto d : sink.sorted()) {
            d.file = fs::path(d.file).lexically_relative(dir).string();
            out += model::format_diagnostic(d) + "\n";
        }
        return out;
    }
    static auto figure(const model::document& doc, std::size_t i) -> const model::figure& {
        return std::get<model::figure>(doc.body.at(i).value);
    }
    folio::testing::scratch_directory scratch;
    const fs::path& dir = scratch.path();
    model::diagnostics sink;
};

TEST_F(image_in_document, figures_carry_the_record_and_figures_of_one_file_share_it) {
    put("images/a.png", valid_png());
    put("images/b.jpg", valid_jpeg());
    const auto doc = load({"images/a.png", "images/b.jpg", "images/a.png"});
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(messages(), "");
    ASSERT_TRUE(figure(*doc, 0).image.has_value());
    ASSERT_TRUE(figure(*doc, 1).image.has_value());
    ASSERT_TRUE(figure(*doc, 2).image.has_value());
    EXPECT_EQ(figure(*doc, 0).image->format, model::image_format::png);
    EXPECT_EQ(figure(*doc, 1).image->format, model::image_format::jpeg);
    EXPECT_EQ(*figure(*doc, 1).image->bytes, valid_jpeg());
    EXPECT_EQ(figure(*doc, 0).image->bytes.get(), figure(*doc, 2).image->bytes.get()) << "one file, read once";
    // Copying the document copies no image bytes.
    const model::document copy = *doc;
    EXPECT_EQ(figure(copy, 0).image->bytes.get(), figure(*doc, 0).image->bytes.get());
}

TEST_F(image_in_document, jpeg_bytes_named_png_name_both_and_leave_the_figure_without_an_image) {
    put("images/photo.png", valid_jpeg());
    put("images/diagram.jpeg", valid_png());
    put("images/chart", valid_png());
    const auto doc = load({"images/photo.png", "images/diagram.jpeg", "images/chart"});
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(messages(),
              "en.xml:2:24: error: image 'images/photo.png' holds JPEG data but its name ends in '.png' [image-extension-mismatch]\n"
              "  hint: rename the file to 'images/photo.jpg' and write that name in src\n"
              "en.xml:3:24: error: image 'images/diagram.jpeg' holds PNG data but its name ends in '.jpeg' [image-extension-mismatch]\n"
              "  hint: rename the file to 'images/diagram.png' and write that name in src\n"
              "en.xml:4:24: error: image 'images/chart' holds PNG data but its name has no extension [image-extension-mismatch]\n"
              "  hint: rename the file to 'images/chart.png' and write that name in src\n");
    EXPECT_FALSE(figure(*doc, 0).image.has_value());
}

TEST_F(image_in_document, names_in_any_case_are_fine) {
    put("images/A.PNG", valid_png());
    put("images/b.JPeG", valid_jpeg());
    const auto doc = load({"images/A.PNG", "images/b.JPeG"});
    EXPECT_EQ(messages(), "");
}

TEST_F(image_in_document, each_problem_is_located_at_its_image_with_a_hint) {
    put("images/cut.png", valid_png().substr(0, 40));
    put("images/huge.png", png_claiming(50000, 50000));
    put("images/garbage.png", png_signature + ihdr(8, 6, 8, 2) + chunk("IDAT", std::string(64, '\x55')) + chunk("IEND", ""));
    put("images/anim.gif", std::string("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13));
    put("images/cut.jpg", valid_jpeg().substr(0, 700));
    const auto doc = load({"images/cut.png", "images/huge.png", "images/garbage.png", "images/anim.gif", "images/cut.jpg"});
    ASSERT_TRUE(doc.has_value());
    const auto all = sink.sorted();
    ASSERT_EQ(all.size(), 5u) << messages();
    const std::array<const char*, 5> codes{"image-truncated", "image-too-large", "image-corrupt", "unsupported-image",
                                           "image-truncated"};
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].code, codes.at(i));
        EXPECT_EQ(all[i].position.line, i + 2);
        EXPECT_EQ(all[i].position.column, 24u);
        EXPECT_FALSE(all[i].hint.empty()) << all[i].code;
        EXPECT_FALSE(figure(*doc, i).image.has_value());
    }
    EXPECT_EQ(all[1].message,
              "image 'images/huge.png' is 50000 by 50000 pixels, over Folio's limit of 20000 pixels a side and 40 megapixels");
    EXPECT_EQ(all[3].message, "image 'images/anim.gif' is in GIF format, not PNG or JPEG");
    EXPECT_TRUE(all[2].message.starts_with("image 'images/garbage.png' is damaged: its PNG data does not decode (")) << all[2].message;
}

TEST_F(image_in_document, a_damaged_file_with_a_lying_name_gets_both_errors) {
    put("images/cut.jpg", valid_png().substr(0, 60));
    (void)load({"images/cut.jpg"});
    const auto all = sink.sorted();
    ASSERT_EQ(all.size(), 2u) << messages();
    EXPECT_EQ(all[0].code, "image-truncated");
    EXPECT_EQ(all[1].code, "image-extension-mismatch");
}

}  // namespace
}  // namespace folio::load
