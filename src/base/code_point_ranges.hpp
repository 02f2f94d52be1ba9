#pragma once

// Sets of code points as sorted, disjoint ranges, and their compact text form: the coverage
// index of fonts/ (fonts/coverage-index.txt) stores what each optional font can draw, so that
// `folio check` can name the font to fetch for a character while that font is not on disk.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio {

class code_point_ranges {
public:
    code_point_ranges() = default;
    /// From code points in any order, duplicates allowed.
    static auto from_code_points(std::vector<char32_t> code_points) -> code_point_ranges;

    [[nodiscard]] auto contains(char32_t c) const -> bool;
    [[nodiscard]] auto size() const -> std::size_t;  ///< how many code points
    [[nodiscard]] auto ranges() const -> const std::vector<std::pair<char32_t, char32_t>>& { return ranges_; }

    /// Text form: one token per range, separated by spaces, each the gap since the end of the
    /// previous range (in hex; from -1 for the first) and, when the range is longer than one code
    /// point, "+" and its length minus one. A third of the size of "4E00-9FFF" pairs.
    [[nodiscard]] auto encode() const -> std::string;
    /// Nothing when `text` is not in that form or goes past U+10FFFF.
    static auto decode(std::string_view text) -> std::optional<code_point_ranges>;

    friend auto operator==(const code_point_ranges&, const code_point_ranges&) -> bool = default;

private:
    std::vector<std::pair<char32_t, char32_t>> ranges_;  ///< inclusive, sorted, disjoint, not adjacent
};

}  // namespace folio
