#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace folio::i18n {

enum class base_direction { left_to_right, right_to_left, from_text };

/// A stretch of a paragraph at one embedding level (UAX #9), as byte offsets into the UTF-8 text.
struct bidi_run {
    std::size_t start = 0;
    std::size_t length = 0;
    int level = 0;             ///< even: left to right, odd: right to left
    std::size_t visual_index;  ///< the run's place, from the left, when the line is displayed
    [[nodiscard]] auto right_to_left() const -> bool { return (level & 1) != 0; }
};

/// The display order of items with these embedding levels (UAX #9 rule L2): element i of the
/// result is the logical index of the i-th item from the left.
auto visual_order(const std::vector<int>& levels) -> std::vector<std::size_t>;

/// Splits one paragraph into directional runs in logical (reading) order, with the order in which
/// they are displayed. Numbers and Latin words inside Arabic get their own left-to-right runs.
auto bidi_runs(std::string_view utf8, base_direction direction) -> std::vector<bidi_run>;

}  // namespace folio::i18n
