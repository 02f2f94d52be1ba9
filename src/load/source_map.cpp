#include "load/source_map.hpp"

#include <algorithm>

namespace folio::load {

source_map::source_map(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    checkpoint_columns_.reserve(text.size() / checkpoint_bytes + 1);
    std::uint32_t column = 0;  // code points since the current line's start
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % checkpoint_bytes == 0) checkpoint_columns_.push_back(column);
        if (text[i] == '\n') {
            line_starts_.push_back(i + 1);
            column = 0;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
            ++column;
        }
    }
}

auto source_map::position_of(std::size_t offset) const -> model::source_position {
    offset = std::min(offset, text_.size());
    const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
    // Count from the line's start, or from the last checkpoint on this line before `offset`.
    std::size_t from = line_starts_[line_index];
    std::uint32_t column = 1;
    const std::size_t checkpoint = offset / checkpoint_bytes * checkpoint_bytes;
    if (checkpoint > from && checkpoint / checkpoint_bytes < checkpoint_columns_.size()) {
        from = checkpoint;
        column = checkpoint_columns_[checkpoint / checkpoint_bytes] + 1;
    }
    for (std::size_t i = from; i < offset; ++i) {
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
