#pragma once

// Internal to src/render/pdf: every font of a document embedded as a Type0 font (Identity-H)
// over a CIDFontType2 whose CIDs are the glyph ids, with a real subset (hb-subset through
// layout/font_subset), the widths of the glyphs used and a ToUnicode CMap. libharu's own
// TrueType support is not used (broken ToUnicode, BMP-only, composite-glyph subsetting bug).

#include "layout/paged_document.hpp"
#include "render/pdf/content_stream.hpp"
#include "render/pdf/haru_document.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace folio::render::pdf {

/// The ToUnicode CMap for `texts` (glyph id → UTF-8 text). Glyphs whose text is empty (after
/// dropping U+0000, U+FEFF and U+FFFE, which must not appear in ToUnicode) are left out.
auto to_unicode_cmap(const std::map<std::uint32_t, std::string>& texts) -> std::string;

/// "ABCDEF": the six-letter subset tag for a subset with these bytes (stable across runs).
auto subset_tag(std::string_view subset_bytes) -> std::string;

/// A PostScript name usable as a PDF name: only letters, digits, '-' and '_' (others dropped).
auto pdf_font_name(std::string_view postscript_name, std::string_view fallback) -> std::string;

/// The codes of one glyph: it is drawn with a code of its own for each text it stands for, so
/// that ToUnicode holds the exact text of every use (tag-tree readers take text from ToUnicode
/// alone, in content order). `codes[0]`, for the text used most often, is the glyph id itself;
/// the others are CIDs above the font's glyph ids, mapped back by /CIDToGIDMap.
struct glyph_codes {
    std::vector<glyph_facts> codes;
    /// The code for `text` (logical order); `codes[0]` when there is none of its own.
    [[nodiscard]] auto for_text(std::string_view text) const -> const glyph_facts&;
};
using glyph_table = std::map<std::uint32_t, glyph_codes>;

class embedded_fonts {
public:
    /// Records the glyphs a run uses and the text each stands for. A glyph can stand for several
    /// texts (one glyph for U+0020 and U+00A0; a reordered Indic vowel sign whose cluster's text
    /// was spread over its glyphs): each text gets a code of its own (see `glyph_codes`), as long
    /// as 2-byte codes last; a use without one gets an /ActualText. ToUnicode holds texts in
    /// logical order; right-to-left glyphs of several characters get their extraction order in an
    /// /ActualText (see content_stream.hpp).
    void add_run(const layout::glyph_run& run);

    /// Reads, subsets and embeds every recorded font into `doc`. Call once, after every add_run.
    void embed(haru_document& doc, bool compress);

    /// The Type0 font dictionary for `font` (after embed).
    [[nodiscard]] auto font_dict(const layout::font_ref& font) const -> HPDF_Dict;
    /// Width and ToUnicode text of every glyph used from `font` (after embed).
    [[nodiscard]] auto glyphs(const layout::font_ref& font) const -> const glyph_table&;

private:
    struct font {
        layout::font_ref ref;
        /// Every glyph used, with its texts and how often each was used, in order of first use.
        std::map<std::uint32_t, std::vector<std::pair<std::string, std::size_t>>> uses;
        glyph_table glyphs;                             ///< after embed
        HPDF_Dict type0 = nullptr;
        bool extra_codes = false;                       ///< some code is not its glyph id
    };
    static auto key(const layout::font_ref& ref) -> std::string;
    [[nodiscard]] auto find(const layout::font_ref& ref) const -> const font&;
    void embed_one(haru_document& doc, font& f, bool compress);

    std::vector<font> fonts_;                  ///< in order of first use
    std::size_t adding_ = 0;                   ///< the font of the last add_run (runs come in streaks)
    mutable const font* last_ = nullptr;       ///< the font of the last lookup, likewise
    std::map<std::string, std::size_t> index_;  ///< key(ref) → position in fonts_
};

}  // namespace folio::render::pdf
