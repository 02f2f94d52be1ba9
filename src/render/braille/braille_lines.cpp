#include "render/braille/braille_lines.hpp"

#include <algorithm>

namespace folio::render::braille {

auto wrap_cells(std::string_view brf, std::size_t cells, indents indent) -> std::vector<std::string> {
    std::vector<std::string> lines;
    // An indent must leave room for a cell of text.
    indent.first = std::min(indent.first, cells - 1);
    indent.runover = std::min(indent.runover, cells - 1);
    std::string line(indent.first, ' ');
    bool line_has_word = false;
    const auto new_line = [&] {
        lines.push_back(line);
        line.assign(indent.runover, ' ');
        line_has_word = false;
    };
    std::size_t at = 0;
    while (at < brf.size()) {
        if (brf[at] == ' ' || brf[at] == '\n') {
            ++at;
            continue;
        }
        const auto end = std::min(brf.find_first_of(" \n", at), brf.size());
        std::string_view word = brf.substr(at, end - at);
        at = end;
        const std::size_t needed = word.size() + (line_has_word ? 1 : 0);
        if (line.size() + needed <= cells) {
            if (line_has_word) line += ' ';
            line += word;
            line_has_word = true;
            continue;
        }
        if (line_has_word) new_line();
        // A word longer than the room a line has: divided with a hyphen cell.
        while (line.size() + word.size() > cells) {
            const std::size_t room = cells - line.size() - 1;
            line += word.substr(0, room);
            line += '-';
            word.remove_prefix(room);
            line_has_word = true;
            new_line();
        }
        line += word;
        line_has_word = true;
    }
    if (line_has_word) lines.push_back(line);
    return lines;
}

auto centre_cells(std::string_view brf, std::size_t cells) -> std::vector<std::string> {
    // BANA: a centred heading leaves at least three blank cells at each side.
    constexpr std::size_t side = 3;
    const std::size_t width = cells > 2 * side + 1 ? cells - 2 * side : cells;
    auto lines = wrap_cells(brf, width, {});
    for (auto& line : lines) line = std::string((cells - line.size()) / 2, ' ') + line;
    return lines;
}

}  // namespace folio::render::braille
