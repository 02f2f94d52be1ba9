#include "load/source_map.hpp"

#include <algorithm>

namespace folio::load {

source_map::source_map(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

auto source_map::position_of(std::size_t offset) const -> model::source_position {
    offset = std::min(offset, text_.size());
    const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
    std::uint32_t column = 1;
    for (std::size_t i = line_starts_[line_index]; i < offset; ++i) {
        // Count code points: every byte that is not a UTF-8 continuation byte starts one.
        if ((static_cast<unsigned char>(text_[i]) & 0xC0U) != 0x80U) ++column;
    }
    return {static_cast<std::uint32_t>(line_index + 1), column};
}

auto source_map::offset_of(model::source_position position) const -> std::size_t {
    if (position.line == 0 || position.line > line_starts_.size()) return text_.size();
    std::size_t offset = line_starts_[position.line - 1];
    for (std::uint32_t column = 1; column < position.column && offset < text_.size(); ++column) {
        ++offset;  // past this code point's lead byte and its continuation bytes
        while (offset < text_.size() && (static_cast<unsigned char>(text_[offset]) & 0xC0U) == 0x80U) ++offset;
    }
    return offset;
}

}  // namespace folio::load
