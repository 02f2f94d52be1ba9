#include "render/braille/braille_pages.hpp"

#include "render/braille/braille_lines.hpp"
#include "render/braille/brf_cells.hpp"

#include <algorithm>

namespace folio::render::braille {

namespace {
// BRF's dot 5, the guide dot of a contents page.
constexpr char guide_dot = '"';
// Runovers of a contents entry stop this many cells short of the margin, so that its page number
// stands alone at the right (Braille Formats §2.10.5).
constexpr std::size_t page_column = 5;
}  // namespace

auto paginate(const std::vector<line_group>& groups, const page_setup& setup) -> paged_lines {
    const std::size_t body_lines = setup.lines - 1;
    paged_lines out;
    out.pages.emplace_back();
    // The lines of a group that must go on the page it starts on: all of it, or the first line
    // of running text.
    const auto held = [](const line_group& group) { return group.divisible ? std::min<std::size_t>(group.lines.size(), 1) : group.lines.size(); };
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto& group = groups[g];
        const auto& page = out.pages.back();
        std::size_t needed = held(group) + (group.blank_before && !page.empty() ? 1 : 0);
        // Kept with the next group: what that group holds too (and what it keeps in turn).
        for (std::size_t next = g; next + 1 < groups.size() && groups[next].keep_with_next; ++next)
            needed += (groups[next + 1].blank_before ? 1 : 0) + held(groups[next + 1]);
        if (!page.empty() && page.size() + needed > body_lines && needed < body_lines) out.pages.emplace_back();
        auto* current = &out.pages.back();
        if (group.blank_before && !current->empty()) current->emplace_back();
        out.page_of_group.push_back(out.pages.size() - 1);
        for (const auto& line : group.lines) {
            if (current->size() == body_lines) {
                out.pages.emplace_back();
                current = &out.pages.back();
            }
            current->push_back(line);
        }
    }
    return out;
}

auto contents_entry(std::string_view text, std::string_view page, std::size_t cells, std::size_t indent)
    -> std::vector<std::string> {
    const std::size_t width = cells > page_column + indent + 4 ? cells - page_column : cells;
    auto lines = wrap_cells(text, width, {indent, indent + 2});
    if (lines.empty()) lines.emplace_back(indent, ' ');
    // " " + at least two guide dots + " " + the page number, on the last line or on a line of its own.
    if (lines.back().size() + 4 + page.size() > cells) lines.emplace_back(indent + 2, ' ');
    auto& last = lines.back();
    const std::size_t dots = cells - last.size() - 2 - page.size();
    last += ' ' + std::string(dots, guide_dot) + ' ' + std::string(page);
    return lines;
}

auto render_pages(const std::vector<std::vector<std::string>>& pages, const std::vector<std::string>& numbers,
                  const page_setup& setup, bool unicode) -> std::string {
    const std::size_t body_lines = setup.lines - 1;
    const std::string line_end = unicode ? "\n" : "\r\n";
    std::string out;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        auto page = pages[p];
        page.resize(body_lines);
        const auto& number = numbers.at(p);
        page.push_back(std::string(setup.cells - std::min(setup.cells, number.size()), ' ') + number);
        for (auto& line : page) {
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += (unicode ? brf_to_unicode(line) : line) + line_end;
        }
        out += '\f';
    }
    return out;
}

}  // namespace folio::render::braille
