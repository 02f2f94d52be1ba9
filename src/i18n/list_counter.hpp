#pragma once

#include "model/block.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace folio::i18n {

/// The largest number `numbering` can write: Roman numerals stop at 3999 (MMMCMXCIX), as CSS's
/// roman counter styles do; the others have no limit that a list can reach.
auto largest_list_counter(model::list_numbering numbering) -> long long;

/// The number `n` (1 or more) as a numbered list writes it, without punctuation:
/// - decimal: the language's own digits ("3", Arabic "٣", as `format_integer`);
/// - lower/upper alpha: letters counted as a spreadsheet counts columns (a … z, aa, ab …), in the
///   language's alphabet where it is not written in Latin letters (CLDR's index characters, in the
///   language's collation order: Russian а, б, в …, Arabic ا, ب, ت …); Latin-script languages, and
///   languages whose CLDR index is not an alphabet (Chinese lists pinyin initials, Japanese kana
///   rows), use a … z as CSS's lower-alpha does;
/// - lower/upper roman: ICU's Roman numbering system (i, ii, iii … mmmcmxcix);
/// - none: "".
/// nullopt when the style cannot write `n` (below 1, or above `largest_list_counter`).
auto list_counter(long long n, model::list_numbering numbering, std::string_view locale) -> std::optional<std::string>;

}  // namespace folio::i18n
