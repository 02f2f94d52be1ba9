#pragma once

// Internal to render/html (and its tests): the CSS of the e-book and the web page, generated from
// a print style.

#include "model/style.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace folio::render::html {

/// WCAG 2.1 relative luminance (1.4.3) of an sRGB colour.
auto relative_luminance(const model::color& c) -> double;
/// WCAG 2.1 contrast ratio of two colours, from 1 to 21.
auto contrast_ratio(const model::color& a, const model::color& b) -> double;

/// `#rrggbb`.
auto hex(const model::color& c) -> std::string;

/// The colours of the stylesheet: every text colour, and every background text is set on (white
/// for the page). Text colours are the style's, darkened where needed until each has a contrast
/// of at least 4.5:1 (WCAG 2.1 AA, 1.4.3) against every background, as written in hex.
struct palette {
    model::color page{1, 1, 1};
    model::color text, heading, muted, link;
    model::color table_header, rule, callout_border;
    std::vector<model::color> callout_fills;  ///< tip, warning, ask-your-care-team
    [[nodiscard]] auto text_colors() const -> std::vector<model::color> { return {text, heading, muted, link}; }
    [[nodiscard]] auto backgrounds() const -> std::vector<model::color>;
};
auto palette_for(const model::style& style) -> palette;
/// The same for `prefers-color-scheme: dark`: a near-black page, fills darkened, every text
/// colour lightened until it has 4.5:1 against every background.
auto dark_palette_for(const model::style& style) -> palette;

/// A table of N columns is stacked below N times this many em (tables of 2 to
/// max_stacked_columns columns; wider ones only scroll).
inline constexpr double stack_width_per_column = 7.5;

/// A numbered list's labels ("iii.", "12.") fit the list's normal indent up to this many
/// characters; a list with longer ones ("viii.", "aab.") is classed `label-chars-N` (N up to
/// widest_label_class) and indented by N characters.
inline constexpr std::size_t normal_label_characters = 4;
inline constexpr std::size_t widest_label_class = 10;
inline constexpr int max_stacked_columns = 12;

/// The stylesheet: sizes in em relative to the reader's own text size (the print style's sizes
/// divided by its body size), unitless line height, no fixed heights or widths, nothing !important,
/// start-aligned text; colours from palette_for; reflow to 320 CSS pixels (long words and
/// addresses wrap, wide tables scroll in their own region or stack).
auto stylesheet(const model::style& style) -> std::string;

/// The web page's stylesheet: stylesheet(style), then the page's own rules: a measure for wide
/// screens, the skip link, dark colours (prefers-color-scheme), smooth scrolling only without
/// prefers-reduced-motion, and a print stylesheet.
auto web_stylesheet(const model::style& style) -> std::string;

}  // namespace folio::render::html
