#include "render/text/text_writer.hpp"

#include <algorithm>

namespace folio::render::text {

void text_writer::emit(std::string text, int blank_lines) {
    chunks_.push_back({std::move(text), std::max(blank_lines, blank_lines_after_heading_)});
    blank_lines_after_heading_ = 0;
}

void text_writer::heading(int level, const std::string& title) {
    emit(messages_.format("heading", {{"level", std::int64_t{level}}, {"title", title}}), 2);
    blank_lines_after_heading_ = 1;
}

auto text_writer::finish() const -> std::string {
    std::string out;
    for (std::size_t i = 0; i < chunks_.size(); ++i) {
        if (i > 0) out.append(static_cast<std::size_t>(chunks_[i].blank_lines) + 1, '\n');
        out += chunks_[i].text;
    }
    out += '\n';
    return out;
}

}  // namespace folio::render::text
