#pragma once

#include <cstdint>

namespace folio::model {

/// A place in a content file: 1-based line, and 1-based column counted in Unicode code points.
/// Line 0 means "no position" (e.g. a problem with the file as a whole).
struct source_position {
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    friend auto operator==(const source_position&, const source_position&) -> bool = default;
};

}  // namespace folio::model
