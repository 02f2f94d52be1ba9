#include "render/pdf/content_stream.hpp"

#include "render/pdf/pdf_text.hpp"

#include <cmath>
#include <vector>

namespace folio::render::pdf {
namespace {

/// Positions written with three decimals; a glyph off by more than this gets moved.
constexpr double position_tolerance = 0.005;

auto round_to(double value, int decimals) -> double {
    static constexpr double scales[] = {1, 10, 100, 1000, 10000};
    const double scale = scales[decimals];
    return std::round(value * scale) / scale;
}

auto color(const layout::rgb& c) -> std::string {
    return format_number(c.r) + " " + format_number(c.g) + " " + format_number(c.b);
}

/// Appends the 2-byte CID (= glyph id) as four hex digits.
void append_cid(std::string& out, std::uint32_t glyph) {
    static constexpr std::string_view digits = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) out += digits[(glyph >> shift) & 0xFu];
}

/// Collects one `TJ` array: hex strings of CIDs, and adjustments between them.
class text_array {
public:
    void glyph(std::uint32_t id) {
        if (!in_string_) {
            if (!items_.empty()) items_ += ' ';
            items_ += '<';
            in_string_ = true;
            ++strings_;
        }
        append_cid(items_, id);
    }
    void adjust(const std::string& number) {
        close_string();
        if (!items_.empty()) items_ += ' ';
        items_ += number;
        ++numbers_;
    }
    /// Writes the collected array (as `Tj` when it is a single string) and starts a new one.
    void flush(std::string& out) {
        close_string();
        if (items_.empty()) return;
        out += strings_ == 1 && numbers_ == 0 ? items_ + " Tj\n" : "[" + items_ + "] TJ\n";
        items_.clear();
        strings_ = numbers_ = 0;
    }

private:
    void close_string() {
        if (in_string_) items_ += '>';
        in_string_ = false;
    }
    std::string items_;
    bool in_string_ = false;
    int strings_ = 0;
    int numbers_ = 0;
};

auto round_baseline(const layout::positioned_glyph& g, double page_height) -> double {
    return round_to(page_height - g.y, 3);
}

/// A glyph with an advance, on the run's baseline, and the marks that follow it (glyphs without
/// an advance or without text of their own, or off the baseline). `plain` when it is one glyph drawn with the code whose
/// ToUnicode text is its text in extraction order: no ActualText.
struct glyph_group {
    std::size_t from = 0, to = 0;
    bool plain = true;
};

auto glyph_groups(const layout::glyph_run& run, const run_font& font, double page_height) -> std::vector<glyph_group> {
    std::vector<glyph_group> groups;
    const auto& glyphs = run.glyphs;
    if (glyphs.empty()) return groups;
    const double run_baseline = round_baseline(glyphs.front(), page_height);
    for (std::size_t i = 0; i < glyphs.size();) {
        std::size_t j = i + 1;
        // A glyph without text of its own belongs to the cluster before it as well, even with an
        // advance: the second half of a split vowel (Tamil "மொ" drawn ெ ம ா, Bengali ো).
        while (j < glyphs.size() && (glyphs[j].advance == 0 || glyphs[j].text.empty() ||
                                     round_baseline(glyphs[j], page_height) != run_baseline))
            ++j;
        const auto& text = glyphs[i].text;
        const auto& mapped = font.glyph(glyphs[i].glyph_id, text).text;
        // Reversal changes only texts of more than one code point, which are never one byte long.
        const bool as_mapped = run.right_to_left && text.size() > 1 ? extraction_text(text, true) == mapped : text == mapped;
        groups.push_back({i, j, j == i + 1 && as_mapped});
        i = j;
    }
    return groups;
}

}  // namespace

auto run_needs_actual_text(const layout::glyph_run& run, const run_font& font, double page_height) -> bool {
    if (!run.actual_text.empty()) return true;
    for (const auto& g : glyph_groups(run, font, page_height))
        if (!g.plain) return true;
    return false;
}

auto actual_text_begin(std::string_view utf8) -> std::string {
    return "/Span <</ActualText <" + hex(text_string_bytes(utf8)) + ">>> BDC\n";
}

auto glyph_run_operators(const layout::glyph_run& run, const run_font& font, double page_height, text_state& state,
                         const content_marker& marker) -> std::string {
    if (run.glyphs.empty()) return {};
    std::string out;
    const bool whole_run_text = !run.actual_text.empty();
    if (whole_run_text) out += marker ? marker(&run.actual_text) : actual_text_begin(run.actual_text);
    out += "BT\n";
    const double size = round_to(run.size, 3);
    if (state.font != font.resource_name || state.size != size) {
        out += "/" + font.resource_name + " " + format_number(size) + " Tf\n";
        state.font = font.resource_name;
        state.size = size;
    }
    if (state.color != run.color) {
        out += color(run.color) + " rg\n";
        state.color = run.color;
    }
    // Bold asked of a font with one weight (Chinese): fill and stroke the glyphs in the text's
    // colour, a thirtieth of the size wide, so headings and the emergency sentence still stand out.
    if (run.synthetic_bold) {
        if (state.stroke_color != run.color) {
            out += color(run.color) + " RG\n";
            state.stroke_color = run.color;
        }
        const double width = round_to(size / 30, 3);
        if (state.line_width != width) {
            out += format_number(width) + " w\n";
            state.line_width = width;
        }
        if (!state.emboldened) out += "2 Tr\n";
        state.emboldened = true;
    } else if (state.emboldened) {
        out += "0 Tr\n";
        state.emboldened = false;
    }

    const auto& glyphs = run.glyphs;
    const auto baseline_of = [&](const layout::positioned_glyph& g) { return round_baseline(g, page_height); };
    text_array array;
    bool placed = false;
    double pen_x = 0, pen_y = 0;  // where a viewer's pen is, in PDF coordinates
    // Real content outside ActualText spans sits in sequences opened on demand.
    bool piece_open = false;
    const bool pieces = marker && !whole_run_text;
    const auto open_piece = [&] {
        if (!pieces || piece_open) return;
        array.flush(out);
        out += marker(nullptr);
        piece_open = true;
    };
    const auto close_piece = [&] {
        if (!piece_open) return;
        array.flush(out);
        out += "EMC\n";
        piece_open = false;
    };
    const auto facts_of = [&](const layout::positioned_glyph& g) -> const glyph_facts& { return font.glyph(g.glyph_id, g.text); };
    const auto draw = [&](const layout::positioned_glyph& g) {
        const auto& facts = facts_of(g);
        const double x = round_to(g.x, 3);
        const double y = baseline_of(g);
        if (!placed || y != pen_y) {
            array.flush(out);
            out += "1 0 0 1 " + format_number(x) + " " + format_number(y) + " Tm\n";
            pen_x = x, pen_y = y, placed = true;
        } else if (std::abs(x - pen_x) > position_tolerance) {
            // A TJ number n moves the pen by -n/1000 of the font size.
            const double n = round_to(-(x - pen_x) * 1000.0 / size, 2);
            if (n != 0) {
                array.adjust(format_number(n, 2));
                pen_x -= n / 1000.0 * size;
            }
        }
        array.glyph(facts.cid < 0 ? g.glyph_id : static_cast<std::uint32_t>(facts.cid));
        pen_x += facts.width / 1000.0 * size;
    };

    // Groups: a glyph with an advance, on the run's baseline, and the marks that follow it (glyphs
    // without an advance, or off the baseline). Extractors make a word of its own of a glyph off
    // the baseline, and sort characters by position, which puts a right-to-left mark before or
    // after its base by accident; they measure an ActualText from its first glyph to its last.
    // So the group's whole text goes on its first glyph, as ActualText, which gives the text the
    // base's extent, and the marks get an empty ActualText. A lone glyph whose text is not the
    // one ToUnicode gives it gets its own ActualText.
    const auto span = [&](const std::string& actual_text, std::size_t from, std::size_t to) {
        close_piece();
        array.flush(out);
        out += pieces ? marker(&actual_text) : actual_text_begin(actual_text);
        for (std::size_t k = from; k < to; ++k) draw(glyphs[k]);
        array.flush(out);
        out += "EMC\n";
    };
    for (const auto& group : glyph_groups(run, font, page_height)) {
        const auto i = group.from, j = group.to;
        if (whole_run_text || group.plain) {
            open_piece();
            for (std::size_t k = i; k < j; ++k) draw(glyphs[k]);
        } else if (j == i + 1) {
            span(extraction_text(glyphs[i].text, run.right_to_left), i, j);
        } else if (!run.right_to_left && std::all_of(glyphs.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                                     glyphs.begin() + static_cast<std::ptrdiff_t>(j), [&](const auto& g) {
                                                         return g.advance != 0 && round_baseline(g, page_height) == round_baseline(glyphs[i], page_height);
                                                     })) {
            // A split vowel drawn around its consonant (Bengali "ফো": ে ফ া), glyphs side by
            // side on the baseline: one span over the cluster. Extractors ignore an empty
            // ActualText and would read the consonant's glyph a second time from ToUnicode.
            std::string group_text;
            for (std::size_t k = i; k < j; ++k) group_text += glyphs[k].text;
            span(group_text, i, j);
        } else {
            std::string group_text;
            for (std::size_t k = i; k < j; ++k) group_text += glyphs[k].text;
            span(extraction_text(group_text, run.right_to_left), i, i + 1);
            span("", i + 1, j);
        }
    }
    close_piece();
    array.flush(out);
    out += "ET\n";
    if (whole_run_text) out += "EMC\n";
    return out;
}

auto box_operators(const layout::box& box, double page_height) -> std::string {
    if (!box.fill && !box.stroke) return {};
    std::string out = "q\n";
    if (box.fill) out += color(box.fill_color) + " rg\n";
    if (box.stroke) out += color(box.stroke_color) + " RG\n" + format_number(box.line_width) + " w\n";
    const auto& a = box.area;
    out += format_number(a.x) + " " + format_number(page_height - a.y - a.height) + " " + format_number(a.width) + " " +
           format_number(a.height) + " re\n";
    out += box.fill && box.stroke ? "B\n" : box.fill ? "f\n" : "S\n";
    out += "Q\n";
    return out;
}

}  // namespace folio::render::pdf
