#include "i18n/unicode_text.hpp"

#include "i18n/icu_locale.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdio>
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

auto to_lower(std::string_view utf8, std::string_view locale) -> std::string {
    auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    text.toLower(detail::locale_or_root(locale));
    std::string lower;
    text.toUTF8String(lower);
    // Lower-casing can decompose ("İ" becomes "i" + COMBINING DOT ABOVE); NFC puts it back together.
    return normalize_nfc(lower);
}

auto is_all_capitals(std::string_view utf8) -> bool {
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    std::size_t capitals = 0;
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) return false;
        if (u_hasBinaryProperty(c, UCHAR_LOWERCASE)) return false;
        if (u_hasBinaryProperty(c, UCHAR_UPPERCASE)) ++capitals;
    }
    return capitals >= 2;
}

auto count_letters_and_digits(std::string_view utf8) -> letters_and_digits {
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    letters_and_digits count;
    std::int32_t i = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) continue;
        if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) {
            ++count.letters;
        } else if (u_isdigit(c)) {
            ++count.digits;
        }
    }
    return count;
}

auto describe_character(char32_t c) -> std::string {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    char name[128] = {};
    UErrorCode status = U_ZERO_ERROR;
    const auto length = u_charName(static_cast<UChar32>(c), U_UNICODE_CHAR_NAME, name, sizeof name, &status);
    if (U_SUCCESS(status) && length > 0) return std::string(code) + " " + name;
    // Nameless code points, said for what they are (ICU's extended names: "<private-use-E000>").
    if (u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_NONCHARACTER_CODE_POINT))
        return std::string(code) + " (a noncharacter)";
    switch (u_charType(static_cast<UChar32>(c))) {
        case U_PRIVATE_USE_CHAR: return std::string(code) + " (a private-use character: its look depends on one font)";
        case U_UNASSIGNED: return std::string(code) + " (not assigned in Unicode)";
        case U_SURROGATE: return std::string(code) + " (a surrogate)";
        case U_CONTROL_CHAR: return std::string(code) + " (a control character)";
        default: return code;
    }
}

auto script_of(char32_t c) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
    if (U_FAILURE(status)) return "Zzzz";
    return uscript_getShortName(script);
}

auto first_strong_letter(std::string_view utf8) -> first_strong {
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    std::int32_t i = 0;
    const auto length = static_cast<std::int32_t>(utf8.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) continue;
        const auto direction = u_charDirection(c);
        if (direction == U_LEFT_TO_RIGHT || direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC)
            return {script_of(static_cast<char32_t>(c)), direction != U_LEFT_TO_RIGHT};
    }
    return {};
}

auto script_name(std::string_view code) -> std::string {
    const std::string key(code);
    const int script = u_getPropertyValueEnum(UCHAR_SCRIPT, key.c_str());
    if (script == UCHAR_INVALID_CODE) return key;
    // ICU's long names use underscores ("Old_Italic").
    std::string name = uscript_getName(static_cast<UScriptCode>(script));
    for (auto& ch : name)
        if (ch == '_') ch = ' ';
    return name;
}

auto icu_version() -> std::string {
    UVersionInfo version;
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return text;
}

}  // namespace folio::i18n
