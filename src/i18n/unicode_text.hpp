#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace folio::i18n {

/// Byte offset of the first ill-formed UTF-8 sequence in `bytes` (overlong forms, surrogates and
/// code points above U+10FFFF are ill-formed), or nothing when all of it is valid UTF-8.
auto find_invalid_utf8(std::string_view bytes) -> std::optional<std::size_t>;

/// The NFC form of valid UTF-8 text; input that is already NFC is returned unchanged.
auto normalize_nfc(std::string_view utf8) -> std::string;

/// Number of code points in valid UTF-8 text.
auto count_code_points(std::string_view utf8) -> std::size_t;

/// Valid UTF-8 text in lower case, in NFC: Unicode's full case mapping with the language's own
/// rules (BCP 47 `locale`; Turkish "I" becomes dotless "ı"), so that word lists can be compared
/// whatever the capitals and however the accents were typed.
auto to_lower(std::string_view utf8, std::string_view locale) -> std::string;

/// Whether a word is written in capitals: two or more cased letters and no lower-case one
/// ("STOP", "CAR-T"; not "I", "Stop", "3", "中文").
auto is_all_capitals(std::string_view utf8) -> bool;

/// How many letters (Unicode's Alphabetic property: the vowel signs of Indic scripts count,
/// combining accents do not) and decimal digits (general category Nd) valid UTF-8 text holds.
struct letters_and_digits {
    std::size_t letters = 0;
    std::size_t digits = 0;
};
auto count_letters_and_digits(std::string_view utf8) -> letters_and_digits;

/// "U+05E9 HEBREW LETTER SHIN": the code point and its Unicode name, as an author can look it up
/// (just "U+E000" where the character has no name, as in the Private Use Area).
auto describe_character(char32_t c) -> std::string;

/// The ISO 15924 script of a character ("Hebr"), "Zyyy" for common characters (digits,
/// punctuation), "Zinh" for inherited ones (combining marks).
auto script_of(char32_t c) -> std::string;

/// The script of the first strongly directional letter of `utf8` ("Latn" for "Leisha Emens",
/// "Arab" for an Arabic name), empty when it has none (digits, punctuation), and whether that
/// letter is written right to left: what an inserted name's own direction is (UAX #9 P2).
struct first_strong {
    std::string script;
    bool right_to_left = false;
};
auto first_strong_letter(std::string_view utf8) -> first_strong;

/// The English name of an ISO 15924 script code ("Hebrew" for "Hebr").
auto script_name(std::string_view code) -> std::string;

/// The version of ICU in use, e.g. "72.1" (for `folio --version`).
auto icu_version() -> std::string;

}  // namespace folio::i18n
