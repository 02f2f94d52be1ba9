#pragma once

#include "layout/font_set.hpp"
#include "layout/inline_spans.hpp"
#include "layout/paged_document.hpp"

#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace folio::layout {

/// A shaped stretch of one line, in one font, placed at its visual x (relative to the left edge
/// of the line box); its glyphs are in logical order with x relative to the same edge, y = 0 on
/// the baseline.
struct placed_run {
    const loaded_font* font = nullptr;
    text_style style;
    bool right_to_left = false;
    std::string text;
    std::size_t offset = 0;  ///< where `text` starts in its node's drawn text (styled_span::offset)
    int source = 0;          ///< styled_span::source of its text
    bool synthetic_bold = false;  ///< bold asked, but the font has no bold face
    std::vector<positioned_glyph> glyphs;
    double x = 0;
    double width = 0;
};

struct laid_line {
    double ascent = 0;   ///< baseline below the line's top
    double height = 0;   ///< line box height (leading included)
    std::vector<placed_run> runs;  ///< logical order
};

struct line_settings {
    double width = 400;
    bool justify = false;
    bool right_to_left = false;  ///< paragraph direction
    std::string language;        ///< for line breaking rules (CJK) and shaping
    double leading = 1.4;
    /// Words may be hyphenated (libhyphen patterns of each span's language, and the content's own
    /// soft hyphens); when false, soft hyphens are not break opportunities either.
    bool hyphenate = false;
};

/// Chinese and Japanese are set solid (CLReq 3.1, JLReq 3.1): every line but a paragraph's last
/// filled to the measure, the slack spread between characters, even in a left-aligned style. A
/// ragged edge there is only the trace of line-start and line-end rules, not a choice of style,
/// and the adjustment per gap stays a small fraction of a character (unlike a Latin word space).
auto sets_text_solid(std::string_view language) -> bool;

/// A character no font of the style can draw, and where the content has it.
struct uncovered_character {
    char32_t character = 0;
    /// Where the content's text holding it starts (the character is at or after it); none for
    /// Folio's own words.
    std::optional<model::source_position> text_at;
};

struct broken_paragraph {
    std::vector<laid_line> lines;
    std::vector<uncovered_character> uncovered;  ///< each in the paragraph, at its first occurrence
};

/// Breaks styled text into lines of at most `settings.width` points: break opportunities from
/// ICU (UAX #14 with CJK and dictionary rules) and hyphenation, widths from HarfBuzz, bidi per
/// line (UAX #9), a font per run by script and coverage. The breaks are chosen for the whole
/// paragraph at once (total fit, Knuth and Plass), so that justified lines have even spaces and
/// ragged lines even ends; a hyphen is drawn where a line ends inside a word. Only a word wider
/// than the whole line is cut elsewhere, between grapheme clusters (a last resort: tables give
/// every column its longest word, see measure_content). Justified lines stretch or shrink their
/// spaces; the last line does not.
auto break_lines(const std::vector<styled_span>& spans, const line_settings& settings, const font_set& fonts)
    -> broken_paragraph;

/// How wide text wants to be, as CSS measures table columns: `min` is its widest piece that
/// cannot be broken (a word, or with hyphenation a word's widest part and its hyphen), `max` its
/// widest line when only forced breaks end lines.
struct content_widths {
    double min = 0;
    double max = 0;
};
auto measure_content(const std::vector<styled_span>& spans, const line_settings& settings, const font_set& fonts)
    -> content_widths;

/// The largest space between words on justified lines, in ems of the text's size, over every
/// line but each paragraph's last (for measurements: how loose justification got).
auto widest_word_space(const broken_paragraph& paragraph) -> double;

}  // namespace folio::layout
