#pragma once

#include "model/source_position.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace folio::load {

/// Maps byte offsets in a UTF-8 file to line and column (columns count code points, as editors
/// show them). pugixml reports byte offsets only.
class source_map {
public:
    explicit source_map(std::string_view text);

    [[nodiscard]] auto position_of(std::size_t offset) const -> model::source_position;
    /// The byte offset of a line and column (the end of the text when they are past it).
    [[nodiscard]] auto offset_of(model::source_position position) const -> std::size_t;
    /// The text as read, before parsing changed anything.
    [[nodiscard]] auto text() const -> std::string_view { return text_; }

private:
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
    /// The column (code points from its line's start, from 0) at every `checkpoint_bytes`-th byte:
    /// a lookup counts from the nearest one, so a megabyte on one line is not counted again for
    /// every position asked (it was: 60 s for a 1.8 MB one-line document).
    static constexpr std::size_t checkpoint_bytes = 256;
    std::vector<std::uint32_t> checkpoint_columns_;
};

}  // namespace folio::load
