#pragma once

// Lines of braille set on pages as BANA's Braille Formats (2016) arranges them: groups kept
// together, headings kept with what follows, page numbers at the right of the last line, and the
// entries of a contents page with guide dots to their page numbers.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio::render::braille {

/// Lines that go on one page together when they fit, and whether they stay with the next group
/// (a heading, a print page indicator).
struct line_group {
    std::vector<std::string> lines;
    bool keep_with_next = false;
    bool blank_before = false;  ///< a blank line before, unless the group starts a page
    /// Running text (a paragraph, a list item): it may go on over a page break, as BANA lets it;
    /// anything else (a table's entry, a heading, a boxing line) moves whole to the next page.
    bool divisible = false;
};

struct page_setup {
    std::size_t cells = 40;
    std::size_t lines = 25;  ///< the last holds the braille page number
};

struct paged_lines {
    std::vector<std::vector<std::string>> pages;  ///< each at most `lines - 1` lines
    std::vector<std::size_t> page_of_group;       ///< the page (from 0) each group starts on
};

/// Sets `groups` on pages of `setup.lines - 1` lines: a group that fits a page is not divided
/// unless it is running text, a group kept with the next never ends a page without the next one's
/// first line (a heading is never the last line of a page). Always at least one page.
auto paginate(const std::vector<line_group>& groups, const page_setup& setup) -> paged_lines;

/// One entry of a contents page (Braille Formats §2.10): `text` from cell `indent + 1`, runovers
/// two cells further in and ending at least five cells before the margin, then guide dots (dots 5)
/// to `page` at the right margin, with a space on each side.
auto contents_entry(std::string_view text, std::string_view page, std::size_t cells, std::size_t indent)
    -> std::vector<std::string>;

/// The pages as a file: each page's lines padded to `setup.lines - 1`, then `numbers[p]` at the
/// right of the last line; CR LF line ends and a form feed after each page (BRF), or Unicode
/// braille with LF line ends when `unicode`.
auto render_pages(const std::vector<std::vector<std::string>>& pages, const std::vector<std::string>& numbers,
                  const page_setup& setup, bool unicode) -> std::string;

}  // namespace folio::render::braille
