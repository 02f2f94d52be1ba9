#include "i18n/utf16_offsets.hpp"

#include <unicode/utf8.h>

namespace folio::i18n::detail {

utf16_text::utf16_text(std::string_view utf8) {
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    std::int32_t i = 0;
    while (i < length) {
        const std::int32_t start = i;
        UChar32 c = 0;
        U8_NEXT_OR_FFFD(s, i, length, c);
        const auto units = U16_LENGTH(c);
        for (int u = 0; u < units; ++u) utf8_offset.push_back(static_cast<std::size_t>(start));
        text.append(c);
    }
    utf8_offset.push_back(utf8.size());
}

}  // namespace folio::i18n::detail
