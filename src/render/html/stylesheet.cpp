#include "render/html/stylesheet.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>

namespace folio::render::html {

namespace {
auto channel(double v) -> double {
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

/// What a colour becomes when written as #rrggbb.
auto as_written(const model::color& c) -> model::color {
    auto round = [](double v) { return std::round(std::clamp(v, 0.0, 1.0) * 255) / 255; };
    return {round(c.r), round(c.g), round(c.b)};
}

/// The colour, darkened (or, on dark backgrounds, lightened) in steps until it reaches 4.5:1
/// against every background.
auto readable_on(model::color c, const std::vector<model::color>& backgrounds, bool lighten = false) -> model::color {
    c = as_written(c);
    auto worst = [&](const model::color& x) {
        double ratio = 21;
        for (const auto& b : backgrounds) ratio = std::min(ratio, contrast_ratio(x, b));
        return ratio;
    };
    for (int step = 0; step < 255 && worst(c) < 4.5; ++step)
        c = lighten ? as_written({c.r + (1 - c.r) * 0.05, c.g + (1 - c.g) * 0.05, c.b + (1 - c.b) * 0.05})
                    : as_written({c.r * 0.97, c.g * 0.97, c.b * 0.97});
    return c;
}

/// `a` with `share` of `b` mixed in.
auto mix(const model::color& a, const model::color& b, double share) -> model::color {
    return as_written({a.r + (b.r - a.r) * share, a.g + (b.g - a.g) * share, a.b + (b.b - a.b) * share});
}

/// A number for CSS: at most three decimals, no trailing zeros, never a locale's comma.
auto number(double v) -> std::string {
    v = std::round(v * 1000) / 1000;
    std::array<char, 32> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v, std::chars_format::fixed, 3);
    std::string s(buffer.data(), end);
    while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
        const bool dot = s.back() == '.';
        s.pop_back();
        if (dot) break;
    }
    return s == "-0" ? "0" : s;
}

auto em(double points, double relative_to) -> std::string { return number(points / relative_to) + "em"; }

/// Appends `selector { declarations }` to `css`, every line indented by `indent` (inside an
/// at-rule); `declarations` are lines of "  property: value;\n".
void append_rule(std::string& css, const std::string& selector, const std::string& declarations, const std::string& indent = {}) {
    css += indent + selector + " {\n";
    std::size_t from = 0;
    for (auto end = declarations.find('\n'); end != std::string::npos; from = end + 1, end = declarations.find('\n', from))
        css += indent + declarations.substr(from, end - from + 1);
    css += indent + "}\n";
}

/// Below the width its columns need (`stack_width_per_column` each), a table of N columns
/// (class columns-N) is shown row by row: every row a block, every data cell a line "header:
/// value" (its data-label), the header row itself not shown.
auto stacked_tables(const palette& p) -> std::string {
    std::string css;
    for (int columns = 2; columns <= max_stacked_columns; ++columns) {
        const std::string c = ".columns-" + std::to_string(columns) + " ";
        css += "@container (max-width: " + number(columns * stack_width_per_column) + "em) {\n";
        append_rule(css, c + "table, " + c + "caption, " + c + "tbody, " + c + "tr, " + c + "th, " + c + "td", "  display: block;\n", "  ");
        // The header row's words are on every cell now; shown once more on top they would only
        // be read twice.
        append_rule(css, c + "thead", "  display: none;\n", "  ");
        append_rule(css, c + "tr", "  border-bottom: 0.0625em solid " + hex(p.rule) + ";\n  padding: 0.25em 0;\n", "  ");
        append_rule(css, c + "th, " + c + "td", "  border-bottom: none;\n  padding: 0.125em 0.25em;\n", "  ");
        append_rule(css, c + "td[data-label]::before", "  content: attr(data-label);\n  font-weight: bold;\n", "  ");
        css += "}\n";
    }
    return css;
}

/// The generic family closest to the print fonts (the reader's own fonts do the rest).
auto generic_family(const model::style& style) -> std::string {
    if (style.fonts.empty()) return "sans-serif";
    const auto& file = style.fonts.front().regular;
    if (file.find("Mono") != std::string::npos) return "monospace";
    if (file.find("Serif") != std::string::npos && file.find("Sans") == std::string::npos) return "serif";
    return "sans-serif";
}
}  // namespace

auto relative_luminance(const model::color& c) -> double {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

auto contrast_ratio(const model::color& a, const model::color& b) -> double {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

auto hex(const model::color& c) -> std::string {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (const double v : {c.r, c.g, c.b}) {
        const auto byte = static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255));
        out += digits[byte >> 4];
        out += digits[byte & 0x0F];
    }
    return out;
}

auto palette::backgrounds() const -> std::vector<model::color> {
    std::vector<model::color> all{page, table_header};
    all.insert(all.end(), callout_fills.begin(), callout_fills.end());
    return all;
}

auto palette_for(const model::style& style) -> palette {
    palette p;
    p.table_header = as_written(style.table_header_fill);
    p.rule = as_written(style.rule_color);
    p.callout_border = as_written(style.callout_border);
    for (const auto& fill : style.callout_fill) p.callout_fills.push_back(as_written(fill));
    const auto backgrounds = p.backgrounds();
    p.text = readable_on(style.text_color, backgrounds);
    p.heading = readable_on(style.heading_color, backgrounds);
    p.muted = readable_on(style.muted_color, backgrounds);
    p.link = p.heading;  // links are underlined too: colour is not their only sign (WCAG 1.4.1)
    return p;
}

auto dark_palette_for(const model::style& style) -> palette {
    // The print colours, on a near-black page: fills keep a trace of their hue, and every text
    // colour is lightened until it reads at 4.5:1 on each of them.
    palette p;
    p.page = {0.07, 0.07, 0.075};
    p.table_header = mix(p.page, style.table_header_fill, 0.18);
    p.rule = mix(p.page, style.rule_color, 0.45);
    p.callout_border = mix(p.page, style.callout_border, 0.6);
    for (const auto& fill : style.callout_fill) p.callout_fills.push_back(mix(p.page, fill, 0.16));
    const auto backgrounds = p.backgrounds();
    p.text = readable_on({0.9, 0.9, 0.9}, backgrounds, true);
    p.heading = readable_on(style.heading_color, backgrounds, true);
    p.muted = readable_on(mix(style.muted_color, {1, 1, 1}, 0.5), backgrounds, true);
    p.link = p.heading;
    return p;
}

namespace {
/// The stylesheet of the HTML editions in colours `p` (palette_for(style)).
auto base_stylesheet(const model::style& style, const palette& p) -> std::string {
    const double body = style.body_size > 0 ? style.body_size : 10.5;
    auto heading_size = [&](int level) { return style.heading_sizes.at(static_cast<std::size_t>(level - 1)); };
    std::string css;
    auto rule = [&](const std::string& selector, const std::string& declarations) { append_rule(css, selector, declarations); };

    const std::string source = style.file.empty() ? "Folio's default print style" : "the " + style.edition + " style (" + std::filesystem::path(style.file).filename().string() + ")";
    css += "/* Generated by Folio from " + source +
           ": sizes are relative to the reader's own text size, so the reader stays in control. */\n";
    // Reflow (WCAG 1.4.10): a word longer than the line breaks rather than push the page sideways,
    // and words hyphenate where the reading system knows the language.
    rule("body", "  font-family: " + generic_family(style) + ";\n  line-height: " + number(style.leading) +
                     ";\n  color: " + hex(p.text) + ";\n  margin: 0 0.5em;\n  overflow-wrap: break-word;\n  hyphens: auto;\n");
    // Justified text without hyphenation leaves rivers on narrow screens: the e-book is aligned to
    // the start of the line, and reading systems offer justification to those who want it.
    rule("p", "  margin: 0 0 " + em(style.paragraph_space, body) + " 0;\n  text-align: start;\n");
    for (int level = 1; level <= 6; ++level) {
        const double size = heading_size(level);
        // The two largest sizes shrink on a phone's narrow screen (a title word wider than the
        // screen would break mid-word), never below two thirds, and still grow with the reader's
        // text size; a reading system without clamp() keeps the first declaration.
        const std::string narrow = level <= 2 ? "  font-size: clamp(" + em(size * 2 / 3, body) + ", " + number(size / body * 3.9) +
                                                    "vw, " + em(size, body) + ");\n"
                                              : std::string();
        rule("h" + std::to_string(level), "  font-size: " + em(size, body) + ";\n" + narrow + "  line-height: 1.2;\n  color: " + hex(p.heading) +
                                              ";\n  margin: " + em(style.heading_space_before, size) + " 0 " +
                                              em(style.heading_space_after, size) + " 0;\n");
    }
    rule(".subtitle", "  font-size: " + em(heading_size(3), body) + ";\n  line-height: 1.3;\n");
    rule(".notice", "  font-size: " + em(style.small_size, body) + ";\n  color: " + hex(p.muted) + ";\n  margin: 0 0 0.25em 0;\n");
    rule(".title-block", "  border-bottom: 0.0625em solid " + hex(p.rule) + ";\n  padding-bottom: 0.5em;\n  margin-bottom: 1em;\n");
    // An address breaks anywhere: a 300-character URL on a 320-pixel screen.
    rule("a", "  color: " + hex(p.link) + ";\n  text-decoration: underline;\n  overflow-wrap: anywhere;\n");
    // A phone number is dialled as one: never "1-800-" / "555-0100" (as print keeps it whole).
    rule("a[href^=\"tel:\"]", "  white-space: nowrap;\n");
    // Korean breaks at its spaces, as print does (CSS keep-all), not between any two syllables.
    rule(":lang(ko)", "  word-break: keep-all;\n");
    if (style.emphasis == model::emphasis_style::bold) rule("em", "  font-style: normal;\n  font-weight: bold;\n");
    rule("ul, ol", "  margin: 0 0 " + em(style.paragraph_space, body) + " 0;\n  padding-inline-start: " +
                       em(style.list_indent + body, body) + ";\n");
    rule("li", "  margin: " + em(style.paragraph_space / 2, body) + " 0 0 0;\n");
    // On a phone's screen a list inside a list indents by little more than its marker: four
    // levels at the print indent leave no room for words once text is enlarged.
    css += "@media (max-width: 30em) {\n";
    append_rule(css, "ul ul, ul ol, ol ul, ol ol", "  padding-inline-start: 1.25em;\n", "  ");
    css += "}\n";
    // Numbered items show the labels every edition prints, as text hanging in the indent: the
    // reading system's own numbers could differ from them.
    rule("ol.labelled", "  list-style: none;\n");
    rule("ol.labelled > li", "  position: relative;\n");
    rule(".list-label", "  position: absolute;\n  inset-inline-end: 100%;\n  padding-inline-end: 0.33em;\n  white-space: nowrap;\n");
    css += "@media (max-width: 30em) {\n";
    append_rule(css, "ul ol.labelled, ol ol.labelled", "  padding-inline-start: " + std::to_string(normal_label_characters) + "ch;\n", "  ");
    css += "}\n";
    for (auto n = normal_label_characters + 1; n <= widest_label_class; ++n)
        rule("ol.labelled.label-chars-" + std::to_string(n), "  padding-inline-start: calc(" + std::to_string(n) + "ch + 0.5em);\n");
    rule("li > p", "  margin: 0;\n");
    // A table scrolls inside its own region (named by its caption, reachable by keyboard) rather
    // than the page; where its columns cannot fit, each row is stacked into "header: value" lines.
    rule(".table-scroll", "  overflow-x: auto;\n  container-type: inline-size;\n  margin: " + em(style.paragraph_space * 2, body) + " 0;\n");
    rule(".table-scroll:focus-visible", "  outline: 0.125em solid " + hex(p.link) + ";\n  outline-offset: 0.125em;\n");
    rule("table", "  border-collapse: collapse;\n  width: 100%;\n");
    rule("caption", "  font-weight: bold;\n  text-align: start;\n  margin-bottom: 0.25em;\n");
    rule("th, td", "  padding: " + em(style.table_padding, body) + ";\n  text-align: start;\n  vertical-align: top;\n"
                   "  border-bottom: 0.0625em solid " + hex(p.rule) + ";\n");
    rule("th", "  background-color: " + hex(p.table_header) + ";\n  color: " + hex(p.text) + ";\n");
    rule("figure", "  margin: " + em(style.paragraph_space * 2, body) + " 0;\n");
    rule("img", "  max-width: 100%;\n  height: auto;\n");
    // A book's cover: the image alone on its page, centred.
    rule("section.cover", "  text-align: center;\n");
    rule("figcaption", "  font-size: " + em(style.small_size, body) + ";\n  color: " + hex(p.muted) + ";\n  margin-top: 0.25em;\n");
    rule("aside.callout", "  border: 0.0625em solid " + hex(p.callout_border) + ";\n  padding: " + em(style.table_padding * 2, body) +
                              ";\n  margin: " + em(style.paragraph_space * 2, body) + " 0;\n");
    static constexpr std::array<const char*, 3> kinds{"tip", "warning", "ask-your-care-team"};
    for (std::size_t k = 0; k < kinds.size(); ++k)
        rule(std::string("aside.") + kinds[k], "  background-color: " + hex(p.callout_fills.at(k)) + ";\n  color: " + hex(p.text) + ";\n");
    rule(".callout-title", "  font-weight: bold;\n  color: " + hex(p.heading) + ";\n");
    rule("dt", "  font-weight: bold;\n  margin-top: " + em(style.paragraph_space, body) + ";\n");
    rule("dfn", "  font-style: normal;\n");
    rule("dd", "  margin: 0 0 0 0;\n  padding-inline-start: " + em(style.list_indent, body) + ";\n");
    css += stacked_tables(p);
    return css;
}
}  // namespace

auto stylesheet(const model::style& style) -> std::string { return base_stylesheet(style, palette_for(style)); }

auto web_stylesheet(const model::style& style) -> std::string {
    const auto p = palette_for(style);
    const auto d = dark_palette_for(style);
    std::string css = base_stylesheet(style, p);
    auto rule = [&](const std::string& selector, const std::string& declarations, const std::string& indent = {}) {
        append_rule(css, selector, declarations, indent);
    };
    css += "/* The web page: a readable measure on wide screens, the skip link, dark colours, print. */\n";
    rule("html", "  background-color: " + hex(p.page) + ";\n");
    rule("body", "  max-width: 40em;\n  margin: 0 auto;\n  padding: 0 1em 2em 1em;\n  background-color: " + hex(p.page) + ";\n");
    // Out of sight until a keyboard reaches it, then the first thing on the page.
    rule(".skip-link", "  position: absolute;\n  inset-inline-start: 0.5em;\n  top: -10em;\n  padding: 0.5em 1em;\n"
                       "  background-color: " + hex(p.page) + ";\n  border: 0.125em solid " + hex(p.link) + ";\n");
    rule(".skip-link:focus", "  top: 0.5em;\n");
    rule("nav.contents", "  border-bottom: 0.0625em solid " + hex(p.rule) + ";\n  margin-bottom: 1em;\n");
    rule("nav.contents ol", "  margin-bottom: 0.5em;\n");
    rule("main:focus", "  outline: none;\n");
    css += "@media (prefers-reduced-motion: no-preference) {\n";
    rule("html", "  scroll-behavior: smooth;\n", "  ");
    css += "}\n";

    // On screen only: a page printed from a dark screen is still dark ink on white paper.
    css += "@media screen and (prefers-color-scheme: dark) {\n";
    const std::string in = "  ";
    rule("html, body", "  background-color: " + hex(d.page) + ";\n  color: " + hex(d.text) + ";\n", in);
    rule("h1, h2, h3, h4, h5, h6, .callout-title", "  color: " + hex(d.heading) + ";\n", in);
    rule("a", "  color: " + hex(d.link) + ";\n", in);
    rule(".notice, figcaption", "  color: " + hex(d.muted) + ";\n", in);
    rule("th", "  background-color: " + hex(d.table_header) + ";\n  color: " + hex(d.text) + ";\n", in);
    rule("th, td, .title-block, nav.contents", "  border-color: " + hex(d.rule) + ";\n", in);
    rule("aside.callout", "  border-color: " + hex(d.callout_border) + ";\n", in);
    static constexpr std::array<const char*, 3> kinds{"tip", "warning", "ask-your-care-team"};
    for (std::size_t k = 0; k < kinds.size(); ++k)
        rule(std::string("aside.") + kinds[k], "  background-color: " + hex(d.callout_fills.at(k)) + ";\n  color: " + hex(d.text) + ";\n", in);
    rule(".skip-link", "  background-color: " + hex(d.page) + ";\n  border-color: " + hex(d.link) + ";\n", in);
    rule(".table-scroll:focus-visible", "  outline-color: " + hex(d.link) + ";\n", in);
    for (int columns = 2; columns <= max_stacked_columns; ++columns)
        rule(".columns-" + std::to_string(columns) + " tr", "  border-color: " + hex(d.rule) + ";\n", in);
    css += "}\n";

    // Printed from the browser: the handout on paper, black on white, with its addresses.
    css += "@media print {\n";
    // Margins of its own: a browser printing with none (a headless PDF) would print to the edge.
    rule("@page", "  margin: 2cm;\n", in);
    rule("html, body", "  background-color: #ffffff;\n  color: #000000;\n", in);
    rule("body", "  max-width: none;\n  margin: 0;\n  padding: 0;\n  font-size: 11pt;\n", in);
    rule(".skip-link, nav.contents", "  display: none;\n", in);
    rule("a[href^=\"http\"]::after", "  content: \" (\" attr(href) \")\";\n", in);
    rule("h1, h2, h3, h4, h5, h6", "  break-after: avoid;\n", in);
    rule("aside, figure, tr, img", "  break-inside: avoid;\n", in);
    rule(".table-scroll", "  overflow: visible;\n", in);
    css += "}\n";
    return css;
}

}  // namespace folio::render::html
