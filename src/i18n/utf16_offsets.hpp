#pragma once

// Internal to src/i18n: ICU works in UTF-16, Folio in UTF-8. This keeps the two in step.

#include <unicode/unistr.h>

#include <string_view>
#include <vector>

namespace folio::i18n::detail {

/// A UTF-8 string as ICU UTF-16, with the UTF-8 byte offset of every UTF-16 index.
struct utf16_text {
    icu::UnicodeString text;
    std::vector<std::size_t> utf8_offset;  ///< size text.length() + 1

    explicit utf16_text(std::string_view utf8);
    [[nodiscard]] auto byte_offset(std::int32_t utf16_index) const -> std::size_t {
        return utf8_offset.at(static_cast<std::size_t>(utf16_index));
    }
};

}  // namespace folio::i18n::detail
