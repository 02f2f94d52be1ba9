#include "layout/font_subset.hpp"

#include "base/c_handle.hpp"
#include "model/edition_failure.hpp"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <stdexcept>

namespace folio::layout {
namespace {

using blob_ptr = c_handle<hb_blob_t, hb_blob_destroy>;
using face_ptr = c_handle<hb_face_t, hb_face_destroy>;
using font_ptr = c_handle<hb_font_t, hb_font_destroy>;
using subset_input_ptr = c_handle<hb_subset_input_t, hb_subset_input_destroy>;

[[noreturn]] void fail(const std::string& file, const std::string& cause) {
    throw model::edition_failure("failed to read font '" + file + "' (" + cause + ")");
}

/// Opens face `face_index` of `file`, checking that it exists and has TrueType outlines.
auto open_face(const std::string& file, int face_index) -> face_ptr {
    blob_ptr blob(hb_blob_create_from_file_or_fail(file.c_str()));
    if (!blob) fail(file, "cannot read the file");
    const unsigned faces = hb_face_count(blob.get());
    if (faces == 0) fail(file, "not a font file");
    if (face_index < 0 || static_cast<unsigned>(face_index) >= faces)
        fail(file, "no face " + std::to_string(face_index) + " in a file of " + std::to_string(faces));
    face_ptr face(hb_face_create(blob.get(), static_cast<unsigned>(face_index)));
    if (hb_face_get_glyph_count(face.get()) == 0) fail(file, "the face has no glyphs");
    blob_ptr glyf(hb_face_reference_table(face.get(), HB_TAG('g', 'l', 'y', 'f')));
    if (hb_blob_get_length(glyf.get()) == 0) fail(file, "no TrueType outlines (glyf table); CFF fonts are not supported");
    return face;
}

using set_ptr = c_handle<hb_set_t, hb_set_destroy>;

/// The table's bytes, or an empty span when the face has no such table.
struct table_bytes {
    blob_ptr blob;
    const unsigned char* data = nullptr;
    unsigned length = 0;

    table_bytes(hb_face_t* face, hb_tag_t tag) : blob(hb_face_reference_table(face, tag)) {
        data = reinterpret_cast<const unsigned char*>(hb_blob_get_data(blob.get(), &length));
    }
    [[nodiscard]] auto int16_at(unsigned offset) const -> int {
        if (offset + 2 > length) return 0;
        return static_cast<std::int16_t>(static_cast<std::uint16_t>((data[offset] << 8) | data[offset + 1]));
    }
    [[nodiscard]] auto uint32_at(unsigned offset) const -> std::uint32_t {
        if (offset + 4 > length) return 0;
        return (std::uint32_t{data[offset]} << 24) | (std::uint32_t{data[offset + 1]} << 16) |
               (std::uint32_t{data[offset + 2]} << 8) | std::uint32_t{data[offset + 3]};
    }
};

auto postscript_name(hb_face_t* face) -> std::string {
    unsigned length = hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, nullptr, nullptr);
    if (length == 0) return {};
    std::string name(length + 1, '\0');
    unsigned size = length + 1;
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name.data());
    name.resize(size);
    return name;
}

}  // namespace

auto read_font_metrics(const std::string& font_file, int face_index) -> font_metrics {
    const face_ptr face = open_face(font_file, face_index);
    font_ptr font(hb_font_create(face.get()));
    const unsigned upem = hb_face_get_upem(face.get());
    // Unscaled: every value below is in font units.
    hb_font_set_scale(font.get(), static_cast<int>(upem), static_cast<int>(upem));

    font_metrics m;
    m.units_per_em = upem;
    hb_position_t value = 0;
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value)) m.ascender = value;
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value)) m.descender = value;
    if (m.descender > 0) m.descender = -m.descender;
    // Fonts without an OS/2 capital height: 70% of the ascender is the usual guess.
    m.cap_height = hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &value) && value > 0
                       ? value
                       : m.ascender * 7 / 10;
    m.italic_angle = static_cast<double>(hb_style_get_value(font.get(), HB_STYLE_TAG_SLANT_ANGLE));
    m.weight = static_cast<int>(hb_style_get_value(font.get(), HB_STYLE_TAG_WEIGHT));

    const table_bytes head(face.get(), HB_TAG('h', 'e', 'a', 'd'));
    m.bbox = {head.int16_at(36), head.int16_at(38), head.int16_at(40), head.int16_at(42)};
    const table_bytes post(face.get(), HB_TAG('p', 'o', 's', 't'));
    m.fixed_pitch = post.uint32_at(12) != 0;
    m.postscript_name = postscript_name(face.get());

    const unsigned glyphs = hb_face_get_glyph_count(face.get());
    std::vector<hb_codepoint_t> ids(glyphs);
    for (unsigned g = 0; g < glyphs; ++g) ids[g] = g;
    std::vector<hb_position_t> advances(glyphs);
    hb_font_get_glyph_h_advances(font.get(), glyphs, ids.data(), sizeof(hb_codepoint_t), advances.data(),
                                 sizeof(hb_position_t));
    m.advances.assign(advances.begin(), advances.end());
    return m;
}

auto subset_font(const std::string& font_file, int face_index, const std::vector<std::uint32_t>& glyph_ids)
    -> std::string {
    const face_ptr face = open_face(font_file, face_index);
    subset_input_ptr input(hb_subset_input_create_or_fail());
    if (!input) fail(font_file, "out of memory");

    hb_set_t* glyphs = hb_subset_input_glyph_set(input.get());
    hb_set_add(glyphs, 0);
    const unsigned glyph_count = hb_face_get_glyph_count(face.get());
    for (const auto id : glyph_ids) {
        if (id >= glyph_count)
            fail(font_file, "glyph " + std::to_string(id) + " out of range (the font has " + std::to_string(glyph_count) + ")");
        hb_set_add(glyphs, id);
    }
    // No code points: the PDF maps glyphs to text through ToUnicode, not through the font's cmap.
    hb_set_clear(hb_subset_input_unicode_set(input.get()));
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_RETAIN_GIDS);
    hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const auto tag : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
                           HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'),
                           HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('m', 'o', 'r', 'x'),
                           HB_TAG('k', 'e', 'r', 'x'), HB_TAG('V', 'O', 'R', 'G')})
        hb_set_add(drop, tag);

    face_ptr subset(hb_subset_or_fail(face.get(), input.get()));
    if (!subset) fail(font_file, "subsetting failed");
    blob_ptr bytes(hb_face_reference_blob(subset.get()));
    unsigned length = 0;
    const char* data = hb_blob_get_data(bytes.get(), &length);
    if (data == nullptr || length == 0) fail(font_file, "subsetting gave an empty font");
    return {data, length};
}

auto read_font_coverage(const std::string& font_file, int face_index) -> code_point_ranges {
    const auto face = open_face(font_file, face_index);
    set_ptr unicodes(hb_set_create());
    hb_face_collect_unicodes(face.get(), unicodes.get());
    std::vector<char32_t> code_points;
    code_points.reserve(hb_set_get_population(unicodes.get()));
    for (hb_codepoint_t c = HB_SET_VALUE_INVALID; hb_set_next(unicodes.get(), &c);) code_points.push_back(c);
    return code_point_ranges::from_code_points(std::move(code_points));
}

auto harfbuzz_version() -> std::string { return hb_version_string(); }

}  // namespace folio::layout
