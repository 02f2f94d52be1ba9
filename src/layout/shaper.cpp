#include "layout/shaper.hpp"

#include "layout/hb_font.hpp"

#include "base/c_handle.hpp"
#include "base/utf8.hpp"

#include <algorithm>

namespace folio::layout {

namespace {
/// Splits a cluster's text into code points, one for each glyph while they last; the last glyph
/// takes what is left. Extractors then see each character once, in order.
/// `glyphs` is the cluster's glyphs, consecutive in the run (no list of them is made: shaping
/// a book's words did 650,000 small allocations for it).
void spread_text(std::string_view cluster_text, shaped_glyph* glyphs, std::size_t count) {
    std::size_t i = 0;
    for (std::size_t g = 0; g < count; ++g) {
        if (i >= cluster_text.size()) break;
        if (g + 1 == count) {
            glyphs[g].text = std::string(cluster_text.substr(i));
            break;
        }
        const auto n = decode_utf8(cluster_text, i).length;
        glyphs[g].text = std::string(cluster_text.substr(i, n));
        i += n;
    }
}
}  // namespace

auto shape(const loaded_font& font, std::string_view text, std::string_view script, std::string_view language,
           bool right_to_left, double size) -> shaped_run {
    const c_handle<hb_buffer_t, hb_buffer_destroy> buffer{hb_buffer_create()};
    hb_buffer_add_utf8(buffer.get(), text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    hb_buffer_set_direction(buffer.get(), right_to_left ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer.get(), hb_script_from_string(script.data(), static_cast<int>(script.size())));
    hb_buffer_set_language(buffer.get(), hb_language_from_string(language.data(), static_cast<int>(language.size())));
    // Marks get clusters of their own, so that each character maps to a glyph where possible.
    hb_buffer_set_cluster_level(buffer.get(), HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
    hb_shape(font.hb(), buffer.get(), nullptr, 0);

    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer.get(), &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer.get(), &count);
    const double scale = size / font.upem();

    shaped_run run;
    run.glyphs.resize(count);
    std::vector<std::uint32_t> clusters(count);
    for (unsigned i = 0; i < count; ++i) {
        // HarfBuzz returns right-to-left runs in visual order; store them in logical order.
        const unsigned src = right_to_left ? count - 1 - i : i;
        auto& g = run.glyphs[i];
        g.glyph_id = info[src].codepoint;
        g.advance = pos[src].x_advance * scale;
        g.x_offset = pos[src].x_offset * scale;
        g.y_offset = pos[src].y_offset * scale;
        g.unsafe_to_break = (hb_glyph_info_get_glyph_flags(&info[src]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0;
        clusters[i] = info[src].cluster;
        run.width += g.advance;
    }
    // Give each cluster's text to its glyphs (clusters are byte offsets, ascending in logical order).
    for (unsigned i = 0; i < count;) {
        unsigned j = i;
        while (j < count && clusters[j] == clusters[i]) ++j;
        std::size_t end = text.size();
        for (unsigned k = j; k < count; ++k)
            if (clusters[k] > clusters[i]) { end = clusters[k]; break; }
        spread_text(text.substr(clusters[i], end - clusters[i]), &run.glyphs[i], j - i);
        i = j;
    }
    return run;
}

}  // namespace folio::layout
