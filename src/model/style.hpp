#pragma once

#include "base/code_point_ranges.hpp"
#include "model/source_position.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace folio::model {

struct color {
    double r = 0, g = 0, b = 0;  ///< 0..1
    friend auto operator==(const color&, const color&) -> bool = default;
};

/// Font files for the scripts they cover (ISO 15924 codes), relative to the fonts folder.
struct font_family {
    std::vector<std::string> scripts;  ///< e.g. {"Latn", "Grek", "Cyrl"}; "*" = any script
    std::string regular, bold, italic, bold_italic;  ///< italic ones may be empty
    /// BCP 47 tags: the family is first choice only for text in these languages (Japanese kanji
    /// forms for "ja", Korean for "ko"), and for other text only when no other family of its
    /// script can draw it. Empty: any language.
    std::vector<std::string> languages;
    /// A family `make fonts` fetches (large CJK families from npm): when its files are not there
    /// the style is still whole, the family is left out, and text it is meant for gets a warning.
    bool optional = false;
    /// For an optional family not fetched: what its regular face can draw, from the coverage
    /// index kept in fonts/ (nothing when the index does not list it).
    std::optional<code_point_ranges> indexed_coverage = std::nullopt;
    source_position position;
};

enum class paper_choice { locale, a4, letter };
enum class alignment { left, justify };
enum class emphasis_style { italic, bold };

/// How a print edition looks (styles/<edition>.xml). All lengths in points.
struct style {
    std::string edition;  ///< "brochure" or "large-print"
    std::string file;

    paper_choice paper = paper_choice::locale;
    double margin_top = 54, margin_bottom = 54, margin_left = 54, margin_right = 54;
    int columns = 1;
    double column_gap = 18;

    std::vector<font_family> fonts;  ///< first family that covers a run's script wins
    /// Optional families whose files are not fetched (left out of `fonts`).
    std::vector<font_family> unfetched_fonts;

    double body_size = 10.5;
    double leading = 1.4;  ///< line height as a multiple of the font size
    color text_color{0.1, 0.1, 0.1};
    alignment align = alignment::left;
    bool hyphenate = false;
    emphasis_style emphasis = emphasis_style::italic;
    double paragraph_space = 6;

    /// Heading sizes for levels 1 (the title) to 6.
    std::array<double, 6> heading_sizes{24, 17, 14, 12, 11, 10.5};
    color heading_color{0.04, 0.31, 0.42};
    double heading_space_before = 14, heading_space_after = 6;

    double small_size = 9;  ///< captions, footer, metadata lines
    color muted_color{0.33, 0.33, 0.33};

    double list_indent = 18;
    double table_padding = 4;
    color table_header_fill{0.9, 0.93, 0.95};
    color rule_color{0.55, 0.64, 0.69};
    std::array<color, 3> callout_fill{color{0.91, 0.96, 0.92}, color{0.99, 0.93, 0.92}, color{0.91, 0.94, 0.98}};
    color callout_border{0.55, 0.64, 0.69};

    /// Where each setting was written, for messages ("styles/large-print.xml:7:3: ...").
    std::vector<std::pair<std::string, source_position>> positions;
    [[nodiscard]] auto position_of(const std::string& setting) const -> source_position {
        for (const auto& [name, at] : positions)
            if (name == setting) return at;
        return {};
    }
};

}  // namespace folio::model
