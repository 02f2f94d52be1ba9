#pragma once

#include "layout/paged_document.hpp"
#include "model/diagnostics.hpp"
#include "model/style.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::layout {

/// One face at one weight and slant, as HarfBuzz sees it. Opaque outside layout.
class loaded_font;

struct font_metrics_pt {
    double ascent = 0;   ///< above the baseline, positive, for 1 pt of size
    double descent = 0;  ///< below the baseline, positive, for 1 pt of size
};

/// The fonts of a style: per script, families in order of preference, each in up to four faces.
/// Picks, for a run of text, the first family for its script whose face has a glyph for every
/// character (font fallback by script and coverage).
class font_set {
public:
    /// `language`: the document's language. A family that lacks letters of that language is
    /// passed over for it, so that a Vietnamese text is set in one face, not word by word in
    /// whichever face happens to have the letters.
    font_set(const model::style& style, const std::filesystem::path& fonts_dir, std::string_view language = {});
    ~font_set();
    font_set(const font_set&) = delete;
    auto operator=(const font_set&) -> font_set& = delete;

    /// The font for `text` in `script` (ISO 15924) and `language` (BCP 47; empty: the
    /// document's), bold and/or italic as asked when the family has that face (otherwise the
    /// regular one). Nothing when no family covers every character.
    [[nodiscard]] auto pick(std::string_view script, std::string_view text, bool bold, bool italic,
                            std::string_view language = {}) const -> const loaded_font*;
    /// A stretch of text and the font that draws it (nullptr: no font of the style can).
    struct covered {
        std::size_t start = 0;
        std::size_t length = 0;
        const loaded_font* font = nullptr;
    };
    /// Splits `text` into stretches that one font each can draw, preferring the script's families
    /// and keeping combining marks with their base: "“防御”" becomes the quotes in a Latin face
    /// when the CJK face lacks them, the ideographs in the CJK face.
    [[nodiscard]] auto cover(std::string_view script, std::string_view text, bool bold, bool italic,
                             std::string_view language = {}) const -> std::vector<covered>;
    /// The first code point of `text` that no font of the style covers, if any, and its byte offset.
    struct missing {
        char32_t character = 0;
        std::size_t offset = 0;
    };
    [[nodiscard]] auto uncovered(std::string_view script, std::string_view text, std::string_view language = {}) const
        -> std::optional<missing>;

private:
    [[nodiscard]] auto pick_among(std::string_view script, std::string_view text, bool bold, bool italic,
                                  std::string_view language, bool other_languages) const -> const loaded_font*;
    struct members;
    std::unique_ptr<members> m_;
};

auto font_reference(const loaded_font& font) -> const font_ref&;
auto metrics(const loaded_font& font) -> font_metrics_pt;
/// How far glyph `glyph` of `font` reaches above and below the baseline, for 1 pt of size: its
/// ink, not the font's line metrics (which for Arabic or Devanagari allow for the tallest marks
/// any text could stack).
auto ink_extents(const loaded_font& font, std::uint32_t glyph) -> font_metrics_pt;
/// Whether the face is an italic one (for checks of the large-print rules).
auto is_italic(const loaded_font& font) -> bool;

}  // namespace folio::layout
