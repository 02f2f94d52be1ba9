#include "layout/font_subset.hpp"

#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"
#include "unit/render_pdf/pdf_test_support.hpp"

#include "base/c_handle.hpp"

#include <gtest/gtest.h>
#include <hb.h>

#include <fstream>
#include <stdexcept>

namespace folio::layout {
namespace {

using render::pdf::testing::arabic_font;
using render::pdf::testing::latin_font;

auto glyph_of(hb_font_t* font, char32_t cp) -> std::uint32_t {
    hb_codepoint_t glyph = 0;
    EXPECT_TRUE(hb_font_get_nominal_glyph(font, cp, &glyph));
    return glyph;
}

/// A font loaded from bytes in memory, for looking at a subset.
struct memory_font {
    explicit memory_font(const std::string& bytes)
        : blob_owner(hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()), HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr)),
          face_owner(hb_face_create(blob_owner.get(), 0)),
          font_owner(hb_font_create(face_owner.get())) {}
    c_handle<hb_blob_t, hb_blob_destroy> blob_owner;
    c_handle<hb_face_t, hb_face_destroy> face_owner;
    c_handle<hb_font_t, hb_font_destroy> font_owner;
    hb_blob_t* blob = blob_owner.get();
    hb_face_t* face = face_owner.get();
    hb_font_t* font = font_owner.get();
};

auto extents(hb_font_t* font, std::uint32_t glyph) -> std::string {
    hb_glyph_extents_t e{};
    hb_font_get_glyph_extents(font, glyph, &e);
    return std::to_string(e.x_bearing) + "," + std::to_string(e.y_bearing) + "," + std::to_string(e.width) + "," +
           std::to_string(e.height);
}

TEST(font_metrics, come_from_the_font_tables) {
    const auto m = read_font_metrics(latin_font, 0);
    EXPECT_EQ(m.units_per_em, 1000u);
    EXPECT_EQ(m.postscript_name, "NotoSans-Regular");
    EXPECT_GT(m.ascender, 700);
    EXPECT_LT(m.descender, -200);
    EXPECT_GT(m.cap_height, 600);
    EXPECT_LT(m.bbox.x_min, 0);
    EXPECT_GT(m.bbox.y_max, m.ascender / 2);
    EXPECT_EQ(m.italic_angle, 0);
    EXPECT_EQ(m.weight, 400);
    EXPECT_FALSE(m.fixed_pitch);
    ASSERT_GT(m.advances.size(), 1000u);
    EXPECT_EQ(m.advances[3], 260);  // the space
    EXPECT_LT(read_font_metrics(render::pdf::testing::italic_font, 0).italic_angle, -5);
}

TEST(font_subset, keeps_glyph_ids_and_drops_other_outlines) {
    memory_font original_bytes(folio::testing::read_file(latin_font));
    const auto a = glyph_of(original_bytes.font, 'A'), z = glyph_of(original_bytes.font, 'z'), b = glyph_of(original_bytes.font, 'B');
    const auto subset = subset_font(latin_font, 0, {a, z});
    EXPECT_LT(subset.size(), 20'000u) << subset.size();
    memory_font sub(subset);
    EXPECT_GT(hb_face_get_glyph_count(sub.face), z);  // ids retained
    EXPECT_EQ(extents(sub.font, a), extents(original_bytes.font, a));
    EXPECT_EQ(extents(sub.font, z), extents(original_bytes.font, z));
    EXPECT_EQ(extents(sub.font, b), "0,0,0,0");  // not asked for
    EXPECT_EQ(hb_font_get_glyph_h_advance(sub.font, a), hb_font_get_glyph_h_advance(original_bytes.font, a));
    EXPECT_EQ(subset_font(latin_font, 0, {a, z}), subset);  // deterministic
}

TEST(font_subset, keeps_components_of_nested_composite_glyphs) {
    // In Noto Sans Arabic, U+0625 (alef with hamza below) is alef plus a composite mark: libharu's
    // own subsetter drops the hamza. HarfBuzz keeps the whole closure.
    memory_font original_bytes(folio::testing::read_file(arabic_font));
    const auto glyph = glyph_of(original_bytes.font, U'\u0625');
    memory_font sub(subset_font(arabic_font, 0, {glyph}));
    EXPECT_EQ(extents(sub.font, glyph), extents(original_bytes.font, glyph));
    hb_glyph_extents_t e{};
    ASSERT_TRUE(hb_font_get_glyph_extents(sub.font, glyph, &e));
    EXPECT_LT(e.y_bearing + e.height, -100) << "the hamza below the baseline is drawn";
}

TEST(font_subset, refuses_what_it_cannot_embed) {
    const auto message = [](auto&& f) -> std::string {
        try {
            f();
        } catch (const std::runtime_error& e) {
            return e.what();
        }
        return "<no error>";
    };
    EXPECT_EQ(message([] { (void)read_font_metrics("/nonexistent.ttf", 0); }),
              "failed to read font '/nonexistent.ttf' (cannot read the file)");
    EXPECT_EQ(message([] { (void)read_font_metrics(latin_font, 2); }),
              "failed to read font '" + latin_font + "' (no face 2 in a file of 1)");
    EXPECT_EQ(message([] { (void)subset_font(latin_font, 0, {999999}); }),
              "failed to read font '" + latin_font + "' (glyph 999999 out of range (the font has " +
                  std::to_string(read_font_metrics(latin_font, 0).advances.size()) + "))");
    // A font without TrueType outlines: rename the glyf table of a copy.
    const folio::testing::scratch_directory dir;
    auto bytes = folio::testing::read_file(latin_font);
    const auto directory_end = 12 + 16 * ((static_cast<unsigned char>(bytes[4]) << 8) | static_cast<unsigned char>(bytes[5]));
    const auto glyf = bytes.find("glyf");
    ASSERT_LT(glyf, static_cast<std::size_t>(directory_end));
    bytes[glyf + 3] = 'x';
    const auto path = (dir.path() / "no-glyf.ttf").string();
    std::ofstream(path, std::ios::binary) << bytes;
    EXPECT_EQ(message([&] { (void)read_font_metrics(path, 0); }),
              "failed to read font '" + path + "' (no TrueType outlines (glyf table); CFF fonts are not supported)");
}

}  // namespace
}  // namespace folio::layout
