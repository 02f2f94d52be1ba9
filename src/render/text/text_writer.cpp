#include "render/text/text_writer.hpp"

#include "i18n/language_tag.hpp"

#include <algorithm>

namespace folio::render::text {

void text_writer::emit(std::string text, int blank_lines) {
    chunks_.push_back({std::move(text), std::max(blank_lines, blank_lines_after_heading_)});
    blank_lines_after_heading_ = 0;
}

void text_writer::heading(int level, const std::string& title) {
    emit(cues_.heading(level, title), 2);
    blank_lines_after_heading_ = 1;
}

auto text_writer::finish() const -> std::string {
    // Plain text has no dir attribute: viewers take a line's direction from its first strong
    // character, so a right-to-left line that starts with "PD-1" or "1." would be shown left to
    // right. A RIGHT-TO-LEFT MARK at the start of each line fixes the direction; screen readers
    // do not speak it.
    const std::string line_start = i18n::is_right_to_left(doc_.meta.language) ? "\u200F" : "";
    std::string out;
    for (std::size_t i = 0; i < chunks_.size(); ++i) {
        if (i > 0) out.append(static_cast<std::size_t>(chunks_[i].blank_lines) + 1, '\n');
        std::size_t start = 0;
        const std::string& text = chunks_[i].text;
        while (start <= text.size()) {
            const auto end = text.find('\n', start);
            const auto line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!line.empty()) out += line_start;
            out += line;
            if (end == std::string::npos) break;
            out += '\n';
            start = end + 1;
        }
    }
    out += '\n';
    return out;
}

}  // namespace folio::render::text
