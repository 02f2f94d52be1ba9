#include "i18n/unicode_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace folio::i18n {

auto find_invalid_utf8(std::string_view bytes) -> std::optional<std::size_t> {
    const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int32_t>(bytes.size());
    std::int32_t i = 0;
    while (i < length) {
        const std::int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) return static_cast<std::size_t>(start);
    }
    return std::nullopt;
}

auto normalize_nfc(std::string_view utf8) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("failed to load ICU's NFC data");
    const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(),
                                                                      static_cast<std::int32_t>(utf8.size())));
    // The quick check avoids copying the (common) text that is already normalized.
    if (nfc->quickCheck(source, status) == UNORM_YES && U_SUCCESS(status)) return std::string(utf8);
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = nfc->normalize(source, status);
    if (U_FAILURE(status)) throw std::runtime_error("failed to normalize text to NFC");
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

auto count_code_points(std::string_view utf8) -> std::size_t {
    std::size_t count = 0;
    for (const char byte : utf8)
        if (!U8_IS_TRAIL(static_cast<std::uint8_t>(byte))) ++count;
    return count;
}

}  // namespace folio::i18n
