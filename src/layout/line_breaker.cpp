#include "layout/line_breaker.hpp"

#include "base/utf8.hpp"
#include "compose/text_positions.hpp"
#include "i18n/bidi.hpp"
#include "i18n/language_tag.hpp"
#include "i18n/script_runs.hpp"
#include "i18n/text_segmentation.hpp"
#include "layout/hb_font.hpp"
#include "layout/shaper.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace folio::layout {

namespace {
/// The smallest unit of line filling: text of one style, script, bidi level and font, between
/// two boundaries, shaped on its own.
struct piece {
    std::size_t start = 0, end = 0;  ///< bytes in the paragraph
    std::size_t drawn = 0;           ///< where the piece starts in its node's drawn text
    const styled_span* span = nullptr;
    std::string script;
    int level = 0;
    const loaded_font* font = nullptr;
    shaped_run shaped;
    bool forced_break_after = false;  ///< the piece ends at a "\n"
    bool break_after = false;         ///< a line may end after this piece
    double trailing_space = 0;        ///< width of the spaces it ends with
};

auto is_space_text(const std::string& t) -> bool { return t == " " || t == "\u00A0" || t == "\u3000"; }

/// Whether a glyph's text starts with a Han, kana, CJK punctuation or full-width character: the
/// characters between which Chinese and Japanese lines are justified.
auto is_wide_text(const std::string& t) -> bool {
    if (t.empty()) return false;
    const char32_t c = decode_utf8(t, 0).value;
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

/// Where an address (" (https://example.org/a-b?c=d)") may break, as byte offsets into it, by the
/// Chicago Manual of Style: after a colon or a double slash; before a single slash, a tilde, a
/// period, a comma, a hyphen, an underline, a question mark, a number sign or a percent sign;
/// before or after an equals sign or an ampersand. Never inside "://", never before the closing
/// parenthesis.
auto address_breaks(std::string_view text) -> std::vector<std::size_t> {
    std::vector<std::size_t> out;
    const auto at = [&](std::size_t i) { return i < text.size() ? text[i] : '\0'; };
    const std::size_t first = text.find_first_not_of(" (\uFF08");  // the address itself
    const std::size_t last = text.find_last_not_of(")\uFF09");
    if (first == std::string_view::npos || last == std::string_view::npos) return out;
    for (std::size_t i = first + 1; i <= last; ++i) {
        const char prev = at(i - 1), cur = at(i);
        const bool after_double_slash = prev == '/' && i >= 2 && at(i - 2) == '/' && cur != '/';
        const bool after_colon = prev == ':' && cur != '/';
        const bool before_single_slash = cur == '/' && prev != '/' && at(i + 1) != '/' && prev != ':';
        const bool before_mark = std::string_view(".,-_?#%~").find(cur) != std::string_view::npos;
        const bool around_joiner = cur == '=' || cur == '&' || prev == '=' || prev == '&';
        if (after_double_slash || after_colon || before_single_slash || before_mark || around_joiner) out.push_back(i);
    }
    return out;
}

/// Splits a piece's glyphs at index `cut` (logical), for words too long for a line.
auto split_piece(piece& p, std::size_t cut) -> piece {
    piece rest = p;
    for (std::size_t g = 0; g < cut; ++g) rest.drawn += p.shaped.glyphs[g].text.size();
    rest.shaped.glyphs.assign(p.shaped.glyphs.begin() + static_cast<std::ptrdiff_t>(cut), p.shaped.glyphs.end());
    p.shaped.glyphs.resize(cut);
    p.shaped.width = 0;
    for (const auto& g : p.shaped.glyphs) p.shaped.width += g.advance;
    rest.shaped.width = 0;
    for (const auto& g : rest.shaped.glyphs) rest.shaped.width += g.advance;
    p.break_after = true;
    p.forced_break_after = false;
    p.trailing_space = 0;
    return rest;
}

void place_line(std::vector<piece>& pieces, const line_settings& settings, bool last_line, laid_line& line) {
    // UAX #9 L1: spaces at the end of a line take the paragraph's level, so they go to the line's
    // far end (the left, in a right-to-left paragraph) instead of sitting inside an embedded run.
    const int paragraph_level = settings.right_to_left ? 1 : 0;
    if (!pieces.empty() && pieces.back().trailing_space > 0 && pieces.back().level != paragraph_level) {
        auto& last = pieces.back();
        std::size_t cut = last.shaped.glyphs.size();
        while (cut > 0 && is_space_text(last.shaped.glyphs[cut - 1].text)) --cut;
        if (cut > 0) {
            piece spaces = split_piece(last, cut);
            spaces.level = paragraph_level;
            spaces.trailing_space = spaces.shaped.width;
            pieces.push_back(std::move(spaces));
        }
    }

    // Line box: the style's leading at the line's largest size. The fonts' own line metrics only
    // centre the text in it: Arabic and Devanagari fonts allow for marks no line of ours may
    // have, which set at their metrics looked double-spaced. The ink of the glyphs actually on
    // the line (stacked Vietnamese or Devanagari marks) makes the line taller only where it
    // would otherwise reach into the next one.
    double ascent = 0, descent = 0, size = 0;   // the fonts' line metrics
    double ink_above = 0, ink_below = 0;         // the glyphs' ink
    for (const auto& p : pieces) {
        const double piece_size = p.span->style.size;
        const auto m = metrics(*p.font);
        ascent = std::max(ascent, m.ascent * piece_size);
        descent = std::max(descent, m.descent * piece_size);
        size = std::max(size, piece_size);
        for (const auto& g : p.shaped.glyphs) {
            const auto ink = ink_extents(*p.font, g.glyph_id);
            ink_above = std::max(ink_above, ink.ascent * piece_size + g.y_offset);
            ink_below = std::max(ink_below, ink.descent * piece_size - g.y_offset);
        }
    }
    line.height = std::max(size * settings.leading, ink_above + ink_below);
    line.ascent = std::clamp((line.height - (ascent + descent)) / 2 + ascent, ink_above, line.height - ink_below);

    // Natural width without the spaces at the line's logical end.
    double natural = 0;
    for (const auto& p : pieces) natural += p.shaped.width;
    if (!pieces.empty()) natural -= pieces.back().trailing_space;

    // Justify: stretch the spaces between words (not the trailing ones, not on the last line).
    if (settings.justify && !last_line && natural < settings.width) {
        const auto is = [&](std::string_view language) {
            return i18n::same_language(settings.language, language, i18n::tag_match::primary_language);
        };
        // Chinese and Japanese are justified between characters (CLReq, JLReq), every gap next to
        // a Han, kana or full-width character alike, so that the stretch does not pile onto the
        // few spaces around a Latin word; inside a Latin word nothing stretches. Korean, like
        // Latin scripts, stretches its spaces.
        const bool inter_character = is("zh") || is("ja");
        std::vector<shaped_glyph*> glyphs_in_order;
        for (auto& p : pieces)
            for (auto& g : p.shaped.glyphs) glyphs_in_order.push_back(&g);
        std::vector<shaped_glyph*> spaces;
        for (std::size_t k = 0; k + 1 < glyphs_in_order.size(); ++k) {  // never after the line's last glyph
            const auto& glyph = *glyphs_in_order[k];
            const bool stretches = inter_character ? !glyph.text.empty() && (is_wide_text(glyph.text) || is_wide_text(glyphs_in_order[k + 1]->text) ||
                                                                              is_space_text(glyph.text))
                                                   : is_space_text(glyph.text);
            if (stretches) spaces.push_back(glyphs_in_order[k]);
        }
        if (!spaces.empty()) {
            const double extra = (settings.width - natural) / static_cast<double>(spaces.size());
            for (auto* g : spaces) g->advance += extra;
            for (auto& p : pieces) {
                p.shaped.width = 0;
                for (const auto& g : p.shaped.glyphs) p.shaped.width += g.advance;
            }
            natural = settings.width;
        }
    }

    // Bidi: display order of the pieces by their levels (UAX #9, L2).
    std::vector<int> levels;
    for (const auto& p : pieces) levels.push_back(p.level);
    const auto order = i18n::visual_order(levels);
    // Start alignment: left for left-to-right paragraphs, right for right-to-left ones.
    double x = settings.right_to_left ? settings.width - natural : 0;
    if (settings.right_to_left && !pieces.empty()) x -= pieces.back().trailing_space;  // it sits at the left end
    std::vector<double> piece_x(pieces.size());
    for (const auto index : order) {
        piece_x[index] = x;
        x += pieces[index].shaped.width;
    }
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        auto& p = pieces[i];
        placed_run run;
        run.font = p.font;
        run.style = p.span->style;
        run.right_to_left = (p.level & 1) != 0;
        run.offset = p.drawn;
        run.synthetic_bold = run.style.bold && !p.font->bold;
        run.x = piece_x[i];
        run.width = p.shaped.width;
        // Glyphs stay in logical order; right-to-left ones are laid out from the right edge.
        double pen = run.right_to_left ? run.x + run.width : run.x;
        for (auto& g : p.shaped.glyphs) {
            if (run.right_to_left) pen -= g.advance;
            run.glyphs.push_back({g.glyph_id, pen + g.x_offset, -g.y_offset, g.advance, g.text});
            run.text += g.text;
            if (!run.right_to_left) pen += g.advance;
        }
        line.runs.push_back(std::move(run));
    }
}
}  // namespace

auto break_lines(const std::vector<styled_span>& spans, const line_settings& settings, const font_set& fonts)
    -> broken_paragraph {
    broken_paragraph result;
    std::string paragraph;
    std::vector<std::pair<std::size_t, const styled_span*>> span_starts;
    for (const auto& s : spans) {
        span_starts.emplace_back(paragraph.size(), &s);
        paragraph += s.text;
    }
    if (paragraph.empty()) return result;

    // Boundaries: spans, scripts, bidi runs and break opportunities.
    std::set<std::size_t> cuts{0, paragraph.size()};
    for (const auto& [at, s] : span_starts) cuts.insert(at);
    const auto scripts = i18n::script_runs(paragraph);
    for (const auto& r : scripts) cuts.insert(r.start);
    const auto bidi = i18n::bidi_runs(paragraph, settings.right_to_left ? i18n::base_direction::right_to_left
                                                                          : i18n::base_direction::left_to_right);
    for (const auto& r : bidi) cuts.insert(r.start);
    const auto breaks = i18n::line_break_opportunities(paragraph, settings.language);
    std::set<std::size_t> break_set;
    std::set<std::size_t> forced;
    for (const auto& b : breaks) {
        cuts.insert(b.offset);
        break_set.insert(b.offset);
        if (b.mandatory) forced.insert(b.offset);
    }
    // A printed address breaks only where Chicago style allows, so that copying it from the page
    // gives the address: never after a hyphen of its own (a reader would take it for an added one).
    for (const auto& [start, s] : span_starts) {
        if (!s->address) continue;
        const std::size_t end = start + s->text.size();
        for (auto it = break_set.upper_bound(start); it != break_set.end() && *it < end;) {
            const bool after_space = paragraph[*it - 1] == ' ';
            it = after_space ? std::next(it) : break_set.erase(it);
        }
        for (const auto at : address_breaks(s->text)) {
            cuts.insert(start + at);
            break_set.insert(start + at);
        }
    }

    // The span holding paragraph byte `offset`, and where that byte is in the node's drawn text.
    auto span_at = [&](std::size_t offset) {
        std::pair<std::size_t, const styled_span*> found = span_starts.front();
        for (const auto& start : span_starts)
            if (start.first <= offset) found = start;
        return std::pair{found.second, found.second->offset + (offset - found.first)};
    };
    auto script_at = [&](std::size_t offset) {
        for (const auto& r : scripts)
            if (offset >= r.start && offset < r.start + r.length) return r.script;
        return std::string("Zyyy");
    };
    auto level_at = [&](std::size_t offset) {
        for (const auto& r : bidi)
            if (offset >= r.start && offset < r.start + r.length) return r.level;
        return settings.right_to_left ? 1 : 0;
    };

    std::vector<piece> pieces;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        piece p;
        p.start = *it;
        p.end = *std::next(it);
        std::tie(p.span, p.drawn) = span_at(p.start);
        p.script = script_at(p.start);
        p.level = level_at(p.start);
        p.break_after = break_set.contains(p.end);
        p.forced_break_after = forced.contains(p.end);
        std::string text = paragraph.substr(p.start, p.end - p.start);
        // A forced break ends the line with a space, as a wrapped line does: invisible, but text
        // extraction and the tag tree then keep the words on both sides apart.
        static_assert(compose::forced_break_drawn_as.size() == 1, "a forced break replaces the one byte of its \\n");
        if (!text.empty() && text.back() == '\n') text.back() = compose::forced_break_drawn_as.front();
        if (text.empty()) {
            if (!pieces.empty()) {
                pieces.back().forced_break_after = pieces.back().forced_break_after || p.forced_break_after;
                pieces.back().break_after = true;
            }
            continue;
        }
        const auto& style = p.span->style;
        const std::string language = style.language.empty() ? settings.language : style.language;
        // Font fallback inside the piece: each stretch in the first font that can draw it.
        const auto stretches = fonts.cover(p.script, text, style.bold, style.italic);
        for (std::size_t s = 0; s < stretches.size(); ++s) {
            piece part = p;
            const auto& stretch = stretches[s];
            std::string part_text = text.substr(stretch.start, stretch.length);
            part.font = stretch.font;
            part.drawn = p.drawn + stretch.start;
            if (part.font == nullptr) {
                if (!result.uncovered) result.uncovered = fonts.uncovered(p.script, part_text);
                continue;  // never drawn: the caller reports the error and writes nothing
            }
            if (s + 1 < stretches.size()) part.break_after = part.forced_break_after = false;
            part.shaped = shape(*part.font, part_text, p.script, language, (p.level & 1) != 0, style.size);
            for (auto g = part.shaped.glyphs.rbegin(); g != part.shaped.glyphs.rend() && is_space_text(g->text); ++g)
                part.trailing_space += g->advance;
            pieces.push_back(std::move(part));
        }
    }

    // Greedy filling, word by word (a word: the pieces up to the next break opportunity).
    std::vector<piece> line;
    double line_width = 0;
    std::size_t i = 0;
    auto flush = [&](bool last) {
        if (line.empty()) return;
        laid_line out;
        place_line(line, settings, last, out);
        result.lines.push_back(std::move(out));
        line.clear();
        line_width = 0;
    };
    while (i < pieces.size()) {
        std::size_t j = i;
        double word_width = 0;
        while (j < pieces.size()) {
            word_width += pieces[j].shaped.width;
            if (pieces[j++].break_after) break;
        }
        const double word_trailing = pieces[j - 1].trailing_space;
        if (!line.empty() && line_width + word_width - word_trailing > settings.width) flush(false);
        if (line.empty() && word_width - word_trailing > settings.width) {
            // Longer than a whole line: cut between glyphs, never past the margin.
            double used = 0;
            for (std::size_t k = i; k < j; ++k) {
                auto& p = pieces[k];
                std::size_t g = 0;
                while (g < p.shaped.glyphs.size() && used + p.shaped.glyphs[g].advance <= settings.width) used += p.shaped.glyphs[g++].advance;
                if (g < p.shaped.glyphs.size()) {
                    if (g == 0 && line.empty()) g = 1;  // at least one glyph per line
                    piece rest = split_piece(p, g);
                    line.push_back(p);
                    pieces[k] = std::move(rest);
                    i = k;
                    flush(false);
                    break;
                }
                line.push_back(p);
                i = k + 1;
            }
            continue;
        }
        for (std::size_t k = i; k < j; ++k) {
            line.push_back(pieces[k]);
            line_width += pieces[k].shaped.width;
        }
        const bool forced_end = pieces[j - 1].forced_break_after;
        i = j;
        if (forced_end) flush(true);
    }
    flush(true);
    return result;
}

}  // namespace folio::layout
