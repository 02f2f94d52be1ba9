#pragma once

#include <optional>
#include <string_view>

namespace folio::review {

/// The languages whose syllables Folio counts: the ones its readability formulas are made for.
enum class syllable_language { english, spanish };

/// The syllable rules for a BCP 47 tag ("en", "en-GB", "es-419"), or nothing for any other
/// language: only the primary language subtag is read.
auto syllable_language_of(std::string_view language) -> std::optional<syllable_language>;

/// Syllables of one word (UTF-8, any capitals, as ICU's word boundaries give it: no spaces, maybe
/// an apostrophe), by spelling rules: exact on ordinary Spanish words, a close heuristic for
/// English. Nothing for a language without rules (see `syllable_language_of`). A word without
/// vowels ("mg", "TV") counts one syllable; a word without letters, zero.
auto count_syllables(std::string_view word, std::string_view language) -> std::optional<int>;
auto count_syllables(std::string_view word, syllable_language language) -> int;

}  // namespace folio::review
