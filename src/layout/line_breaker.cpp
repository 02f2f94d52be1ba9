#include "layout/line_breaker.hpp"

#include "base/utf8.hpp"
#include "compose/text_positions.hpp"
#include "i18n/bidi.hpp"
#include "i18n/hyphenation.hpp"
#include "i18n/language_tag.hpp"
#include "i18n/script_runs.hpp"
#include "i18n/text_segmentation.hpp"
#include "layout/hb_font.hpp"
#include "layout/shaper.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace folio::layout {

namespace {
// Knuth-Plass badness and demerits are cubes and squares; std::pow calls libm for them (9% of line
// breaking in a profile).
constexpr auto square(double x) -> double { return x * x; }
constexpr auto cube(double x) -> double { return x * x * x; }

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
    bool hyphen_after = false;        ///< a line ending after this piece ends inside a word: draw a hyphen
    shaped_glyph hyphen;              ///< the hyphen then drawn (set with hyphen_after)
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
    p.hyphen_after = false;
    p.trailing_space = 0;
    return rest;
}

/// Punctuation that closes (",", ".", ")", "。", "）" ...): no line may start with it, so a word
/// too long for its line is never cut just before it.
auto is_closing_punctuation(const std::string& t) -> bool {
    static const std::vector<std::string> marks{",", ".", ";", ":", "!", "?", ")", "]", "}", "\u00BB", "\u201D", "\u2019",
                                                "\u3001", "\u3002", "\uFF0C", "\uFF1A", "\uFF1B", "\uFF01", "\uFF1F",
                                                "\uFF09", "\u300D", "\u300F", "\u060C", "\u061B", "\u061F", "\u0964"};
    return std::find(marks.begin(), marks.end(), t) != marks.end();
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
    if (settings.justify && !last_line && natural != settings.width) {
        // Chinese and Japanese are justified between characters (CLReq, JLReq), every gap next to
        // a Han, kana or full-width character alike, so that the stretch does not pile onto the
        // few spaces around a Latin word; inside a Latin word nothing stretches. Korean, like
        // Latin scripts, stretches its spaces.
        const bool inter_character = sets_text_solid(settings.language);
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
        // A line that would need its spaces more than doubled (a long address with few spaces
        // before it, where total fit found nothing better) is left unjustified: a short line reads
        // better than a line of holes. Characters of Chinese or Japanese part by at most a quarter
        // of an em (JLReq 3.8: more reads as letter-spacing, as before a long address).
        double space_width = 0;
        for (const auto* g : spaces) space_width += g->advance;
        const double extra = spaces.empty() ? 0 : (settings.width - natural) / static_cast<double>(spaces.size());
        const double limit = inter_character ? 0.25 * size : space_width / static_cast<double>(std::max<std::size_t>(1, spaces.size()));
        if (!spaces.empty() && extra <= limit) {
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
        run.source = p.span->source;
        run.synthetic_bold = run.style.bold && !p.font->bold;
        run.x = piece_x[i];
        run.width = p.shaped.width;
        // Glyphs stay in logical order; right-to-left ones are laid out from the right edge.
        double pen = run.right_to_left ? run.x + run.width : run.x;
        run.glyphs.reserve(p.shaped.glyphs.size());
        for (auto& g : p.shaped.glyphs) {
            if (run.right_to_left) pen -= g.advance;
            run.glyphs.push_back({g.glyph_id, static_cast<float>(pen + g.x_offset), static_cast<float>(-g.y_offset),
                                  static_cast<float>(g.advance), g.text});
            if (!g.added) run.text += g.text;
            if (!run.right_to_left) pen += g.advance;
        }
        line.runs.push_back(std::move(run));
    }
}


/// The paragraph as pieces, shaped, with every place a line may end marked on them.
struct prepared_paragraph {
    std::vector<piece> pieces;
    std::vector<uncovered_character> uncovered;
};

/// A piece's hyphen: the hyphen-minus of its own font and size. Its text is a soft hyphen
/// (U+00AD): in the PDF that is what marks a hyphen added at a line end (ISO 32000-1, 14.8.2.2.3),
/// so that copying the text gives the word, not the hyphen.
auto hyphen_glyph(const piece& p, const std::string& language) -> shaped_glyph {
    auto run = shape(*p.font, "-", "Latn", language, false, p.span->style.size);
    shaped_glyph g = run.glyphs.empty() ? shaped_glyph{} : run.glyphs.front();
    g.text = "\u00AD";
    g.added = true;
    return g;
}

auto ends_with_soft_hyphen(const piece& p) -> bool {
    return !p.shaped.glyphs.empty() && p.shaped.glyphs.back().text.ends_with("\u00AD");
}

/// Splits `part` (at paragraph byte `start`) where the hyphenation points fall on a cluster start
/// that is safe to break (HarfBuzz says the shaping on both sides stays as it is), and appends
/// the parts to `out`.
void split_at_hyphenation_points(piece part, std::size_t start, const std::vector<std::size_t>& points,
                                 std::vector<piece>& out) {
    std::size_t at = start;  // paragraph byte where glyph g starts
    std::size_t g = 0;
    for (const auto point : points) {
        while (g < part.shaped.glyphs.size() && at < point) at += part.shaped.glyphs[g++].text.size();
        if (g == 0 || g >= part.shaped.glyphs.size() || at != point) continue;
        const auto& glyph = part.shaped.glyphs[g];
        if (glyph.text.empty() || glyph.unsafe_to_break) continue;
        piece rest = split_piece(part, g);
        part.hyphen_after = true;
        out.push_back(std::move(part));
        part = std::move(rest);
        g = 0;
    }
    out.push_back(std::move(part));
}

auto prepare(const std::vector<styled_span>& spans, const line_settings& settings, const font_set& fonts)
    -> prepared_paragraph {
    prepared_paragraph result;
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
    // A phrase in a language written the other way is isolated, as the e-book's `dir` does; so
    // are a printed address and a phone number (always left to right), so that the slashes of
    // one and the digit groups of the other stay in order inside a right-to-left paragraph (in
    // Arabic, "1-800-555-0100" would otherwise show its groups reversed).
    std::vector<i18n::directional_isolate> isolates;
    for (const auto& [at, s] : span_starts) {
        const bool always_left_to_right = s->address || s->style.href.starts_with("tel:");
        if (s->text.empty() || (s->style.language.empty() && !always_left_to_right)) continue;
        const bool right_to_left = !always_left_to_right && i18n::is_right_to_left(s->style.language);
        if (right_to_left == settings.right_to_left) continue;
        if (!isolates.empty() && isolates.back().end == at && isolates.back().right_to_left == right_to_left)
            isolates.back().end = at + s->text.size();
        else
            isolates.push_back({at, at + s->text.size(), right_to_left});
    }
    const auto bidi = i18n::bidi_runs(paragraph,
                                      settings.right_to_left ? i18n::base_direction::right_to_left : i18n::base_direction::left_to_right,
                                      isolates);
    for (const auto& r : bidi) cuts.insert(r.start);
    const auto breaks = i18n::line_break_opportunities(paragraph, settings.language);
    std::set<std::size_t> break_set;
    std::set<std::size_t> forced;
    for (const auto& b : breaks) {
        cuts.insert(b.offset);
        break_set.insert(b.offset);
        if (b.mandatory) forced.insert(b.offset);
    }
    // Hyphenation points of each span's words, in its own language; never in an address.
    std::vector<std::size_t> hyphenation;
    // A printed address breaks only where Chicago style allows, so that copying it from the page
    // gives the address: never after a hyphen of its own (a reader would take it for an added one).
    for (const auto& [start, s] : span_starts) {
        if (!s->address) {
            if (settings.hyphenate)
                for (const auto at : i18n::hyphenation_points(s->text, s->style.language.empty() ? settings.language : s->style.language))
                    hyphenation.push_back(start + at);
            continue;
        }
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

    auto& pieces = result.pieces;
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
        const auto stretches = fonts.cover(p.script, text, style.bold, style.italic, language);
        for (std::size_t s = 0; s < stretches.size(); ++s) {
            piece part = p;
            const auto& stretch = stretches[s];
            std::string part_text = text.substr(stretch.start, stretch.length);
            part.font = stretch.font;
            part.drawn = p.drawn + stretch.start;
            if (part.font == nullptr) {
                // Every character no font has, each once: an author fixes them all in one go.
                std::size_t from = 0;
                while (const auto missing = fonts.uncovered(p.script, std::string_view(part_text).substr(from), language)) {
                    const std::size_t at = from + missing->offset;
                    const bool seen = std::any_of(result.uncovered.begin(), result.uncovered.end(),
                                                  [&](const uncovered_character& u) { return u.character == missing->character; });
                    if (!seen)
                        result.uncovered.push_back({missing->character, p.span->source_at(p.drawn - p.span->offset + stretch.start + at)});
                    from = at + decode_utf8(part_text, at).length;
                }
                continue;  // never drawn: the caller reports the error and writes nothing
            }
            if (s + 1 < stretches.size()) part.break_after = part.forced_break_after = false;
            part.shaped = shape(*part.font, part_text, p.script, language, (p.level & 1) != 0, style.size);
            for (auto g = part.shaped.glyphs.rbegin(); g != part.shaped.glyphs.rend() && is_space_text(g->text); ++g)
                part.trailing_space += g->advance;
            // The content's own soft hyphens: a line may end there, with a hyphen drawn, where
            // the style hyphenates; elsewhere (large print) the word stays whole.
            if (part.break_after && ends_with_soft_hyphen(part)) {
                part.hyphen_after = settings.hyphenate;
                part.break_after = settings.hyphenate || part.forced_break_after;
            }
            std::vector<std::size_t> points;
            const std::size_t part_start = p.start + stretch.start;
            if ((part.level & 1) == 0)
                for (const auto at : hyphenation)
                    if (at > part_start && at < part_start + part_text.size()) points.push_back(at);
            if (points.empty()) pieces.push_back(std::move(part));
            else split_at_hyphenation_points(std::move(part), part_start, points, pieces);
        }
    }
    // Each hyphen a line may end with, shaped once per font and size.
    std::map<std::pair<const loaded_font*, double>, shaped_glyph> hyphens;
    for (auto& p : pieces) {
        if (!p.hyphen_after) continue;
        const auto key = std::pair{p.font, p.span->style.size};
        auto found = hyphens.find(key);
        if (found == hyphens.end())
            found = hyphens.emplace(key, hyphen_glyph(p, p.span->style.language.empty() ? settings.language : p.span->style.language)).first;
        p.hyphen = found->second;
    }
    return result;
}

/// Where glyph `g` of a piece may start a new line when a word must be cut: at a cluster start,
/// safe to break if possible, and never just before closing punctuation.
auto cut_allowed(const piece& p, std::size_t g, bool safe_only) -> bool {
    const auto& glyph = p.shaped.glyphs[g];
    return !glyph.text.empty() && !is_closing_punctuation(glyph.text) && (!safe_only || !glyph.unsafe_to_break);
}

/// A word wider than the whole line (no break opportunity fits) is cut between grapheme clusters
/// where it reaches the margin, so that nothing is drawn past it: the last resort.
void cut_words_wider_than(std::vector<piece>& pieces, double width) {
    for (std::size_t i = 0; i < pieces.size();) {
        std::size_t j = i;
        double word = 0;
        while (j < pieces.size()) {
            word += pieces[j].shaped.width;
            if (pieces[j++].break_after) break;
        }
        if (word - pieces[j - 1].trailing_space <= width) {
            i = j;
            continue;
        }
        // Find the last allowed cut that fits, safe to break if there is one.
        std::optional<std::pair<std::size_t, std::size_t>> cut;
        for (const bool safe_only : {true, false}) {
            double used = 0;
            for (std::size_t k = i; k < j && used <= width; ++k) {
                for (std::size_t g = 0; g < pieces[k].shaped.glyphs.size(); ++g) {
                    if ((k > i || g > 0) && used > 0 && cut_allowed(pieces[k], g, safe_only)) cut = {k, g};
                    used += pieces[k].shaped.glyphs[g].advance;
                    if (used > width) break;
                }
            }
            if (cut) break;
        }
        if (!cut) {  // one cluster wider than the line: it stands alone
            i = j;
            continue;
        }
        const auto [k, g] = *cut;
        if (g == 0) {  // between two pieces
            pieces[k - 1].break_after = true;
            i = k;
        } else {
            piece rest = split_piece(pieces[k], g);
            pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(k) + 1, std::move(rest));
            i = k + 1;
        }
    }
}

/// What total-fit line breaking weighs (TeX's values where it has them).
struct fit_costs {
    double line_penalty = 10;
    double hyphen_penalty = 50;           ///< a hyphenated line
    double double_hyphen_demerits = 3000; ///< two hyphenated lines in a row
    double final_hyphen_demerits = 5000;  ///< the paragraph's last line starts with a word's end
    double stretch = 0.5;                 ///< of a space's width, justified
    double shrink = 0.2;                  ///< of a space's width, justified
    double ragged_stretch_em = 3;         ///< ragged: the gap at the line's end of badness 100
};

/// Chooses where lines end so that the whole paragraph looks best (Knuth and Plass, "Breaking
/// paragraphs into lines", 1981): each line's badness grows with the cube of how far its spaces
/// stretch or shrink (justified) or how short it falls (ragged); hyphens cost extra, two in a row
/// more. Returns the piece index after which each line ends.
auto choose_breaks(const std::vector<piece>& pieces, const line_settings& settings) -> std::vector<std::size_t> {
    const fit_costs costs;
    const std::size_t n = pieces.size();
    // Prefix sums over pieces: widths, and the widths of the spaces a justified line stretches.
    std::vector<double> width(n + 1, 0), spaces(n + 1, 0);
    double size = 0;
    for (std::size_t k = 0; k < n; ++k) {
        double space = 0;
        for (const auto& g : pieces[k].shaped.glyphs)
            if (is_space_text(g.text)) space += g.advance;
        width[k + 1] = width[k] + pieces[k].shaped.width;
        spaces[k + 1] = spaces[k] + space;
        size = std::max(size, pieces[k].span->style.size);
    }
    const auto hyphen_width = [&](std::size_t k) { return pieces[k].hyphen_after ? pieces[k].hyphen.advance : 0.0; };
    // Chinese and Japanese stretch between characters: they are given a stretch of a quarter em
    // per character, and no shrink.
    const bool inter_character = sets_text_solid(settings.language);

    constexpr double infinite = std::numeric_limits<double>::infinity();
    std::vector<double> best(n + 1, infinite);
    std::vector<std::size_t> from(n + 1, 0);
    best[0] = 0;
    std::vector<std::size_t> starts{0};  // break points reached so far, ascending
    for (std::size_t b = 1; b <= n; ++b) {
        if (b < n && !pieces[b - 1].break_after) continue;
        const bool last = b == n || pieces[b - 1].forced_break_after;
        const bool hyphenated = !last && pieces[b - 1].hyphen_after;
        for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
            const std::size_t a = *it;
            if (best[a] == infinite) continue;
            const double natural = width[b] - width[a] - pieces[b - 1].trailing_space + (hyphenated ? hyphen_width(b - 1) : 0);
            const double space = spaces[b] - spaces[a] - pieces[b - 1].trailing_space;
            const double shrink = settings.justify && !last ? costs.shrink * space : 0;
            const bool one_word = it == starts.rbegin();
            if (natural - shrink > settings.width + 0.01 && !one_word) break;  // earlier starts are wider still
            double badness = 0;
            if (natural > settings.width) {
                if (natural - shrink > settings.width + 0.01) badness = 1e6;  // overfull: a word wider than the line
                else if (shrink > 0) badness = 100 * cube((natural - settings.width) / shrink);
            } else if (!last) {
                double stretch = 0;
                if (!settings.justify) stretch = costs.ragged_stretch_em * size;
                else if (inter_character) stretch = 0.25 * size * static_cast<double>(b - a);
                else stretch = costs.stretch * space;
                badness = stretch <= 0 ? 10000 : std::min(10000.0, 100 * cube((settings.width - natural) / stretch));
            }
            double demerits = square(costs.line_penalty + badness);
            if (hyphenated) demerits += square(settings.justify ? costs.hyphen_penalty : 4 * costs.hyphen_penalty);
            const bool previous_hyphenated = a > 0 && pieces[a - 1].hyphen_after && !pieces[a - 1].forced_break_after;
            if (hyphenated && previous_hyphenated) demerits += costs.double_hyphen_demerits;
            if (b == n && previous_hyphenated) demerits += costs.final_hyphen_demerits;
            if (best[a] + demerits < best[b]) {
                best[b] = best[a] + demerits;
                from[b] = a;
            }
            if (a > 0 && pieces[a - 1].forced_break_after) break;  // no line runs over a forced break
        }
        if (best[b] < infinite) starts.push_back(b);
    }
    std::vector<std::size_t> ends;
    for (std::size_t b = n; b > 0; b = from[b]) ends.push_back(b);
    std::reverse(ends.begin(), ends.end());
    return ends;
}
}  // namespace

auto break_lines(const std::vector<styled_span>& spans, const line_settings& settings, const font_set& fonts)
    -> broken_paragraph {
    broken_paragraph result;
    auto prepared = prepare(spans, settings, fonts);
    result.uncovered = prepared.uncovered;
    auto& pieces = prepared.pieces;
    if (pieces.empty()) return result;
    cut_words_wider_than(pieces, settings.width);
    const auto ends = choose_breaks(pieces, settings);
    std::size_t begin = 0;
    for (const auto end : ends) {
        std::vector<piece> line(pieces.begin() + static_cast<std::ptrdiff_t>(begin), pieces.begin() + static_cast<std::ptrdiff_t>(end));
        const bool last = end == pieces.size() || pieces[end - 1].forced_break_after;
        if (!last && line.back().hyphen_after) {
            auto& p = line.back();
            auto hyphen = p.hyphen;
            // The content's own soft hyphen becomes the visible one; otherwise one is added.
            if (p.shaped.glyphs.back().text == "\u00AD") {
                p.shaped.width -= p.shaped.glyphs.back().advance;
                hyphen.added = false;
                p.shaped.glyphs.back() = hyphen;
            } else {
                p.shaped.glyphs.push_back(hyphen);
            }
            p.shaped.width += hyphen.advance;
        }
        laid_line out;
        place_line(line, settings, last, out);
        result.lines.push_back(std::move(out));
        begin = end;
    }
    return result;
}

auto measure_content(const std::vector<styled_span>& spans, const line_settings& settings, const font_set& fonts)
    -> content_widths {
    content_widths widths;
    const auto prepared = prepare(spans, settings, fonts);
    const auto& pieces = prepared.pieces;
    double word = 0, line = 0;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        const auto& p = pieces[k];
        word += p.shaped.width;
        line += p.shaped.width;
        if (!p.break_after && k + 1 < pieces.size()) continue;
        widths.min = std::max(widths.min, word - p.trailing_space + (p.hyphen_after ? p.hyphen.advance : 0));
        word = 0;
        if (p.forced_break_after || k + 1 == pieces.size()) {
            widths.max = std::max(widths.max, line - p.trailing_space);
            line = 0;
        }
    }
    return widths;
}

auto sets_text_solid(std::string_view language) -> bool {
    return i18n::same_language(language, "zh", i18n::tag_match::primary_language) ||
           i18n::same_language(language, "ja", i18n::tag_match::primary_language);
}

auto widest_word_space(const broken_paragraph& paragraph) -> double {
    double widest = 0;
    for (std::size_t l = 0; l + 1 < paragraph.lines.size(); ++l)
        for (const auto& run : paragraph.lines[l].runs)
            for (std::size_t g = 0; g + 1 < run.glyphs.size(); ++g)
                if (run.glyphs[g].text == " " && run.style.size > 0) widest = std::max(widest, run.glyphs[g].advance / run.style.size);
    return widest;
}

}  // namespace folio::layout
