#pragma once

// Braille text set in lines of a fixed number of cells, as BANA's Braille Formats arranges it.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio::render::braille {

/// Where a block's lines start, in cells from the left margin (BANA's "cell 3-1" is first = 2,
/// runover = 0: the first line starts in cell 3, the others in cell 1).
struct indents {
    std::size_t first = 0;
    std::size_t runover = 0;
};

/// Breaks BRF text into lines of at most `cells` cells at its spaces, the first line indented by
/// `indent.first` and the others by `indent.runover`. A word longer than a line is divided with a
/// hyphen cell ("-", dots 3-6) at the end of each full line, the one place BANA allows a word to
/// be divided without a hyphen of its own. Never returns a line longer than `cells`.
auto wrap_cells(std::string_view brf, std::size_t cells, indents indent) -> std::vector<std::string>;

/// A line of `cells` cells with `brf` centred in it (a level-1 heading); wrapped like
/// `wrap_cells` and each line centred when it is longer than a line less the side margins.
auto centre_cells(std::string_view brf, std::size_t cells) -> std::vector<std::string>;

}  // namespace folio::render::braille
