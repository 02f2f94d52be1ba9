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

/// A stretch of a paragraph in a language written the other way (an English phrase in an Arabic
/// paragraph): an isolate (UAX #9 LRI/RLI … PDI), as HTML's `dir` makes it, so that its own
/// punctuation stays with it ("available." keeps its full stop at its right end).
struct directional_isolate {
    std::size_t start = 0;  ///< byte offsets into the paragraph
    std::size_t end = 0;
    bool right_to_left = false;
};

/// Splits one paragraph into directional runs in logical (reading) order, with the order in which
/// they are displayed. Numbers and Latin words inside Arabic get their own left-to-right runs.
/// `isolates` must be sorted and must not overlap.
auto bidi_runs(std::string_view utf8, base_direction direction, const std::vector<directional_isolate>& isolates = {})
    -> std::vector<bidi_run>;

}  // namespace folio::i18n
