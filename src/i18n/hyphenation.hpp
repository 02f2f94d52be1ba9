#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace folio::i18n {

/// Where words of `utf8` may be hyphenated, as byte offsets into it (a hyphen would go just before
/// the offset), by the Liang patterns of the language (libhyphen, with the patterns of Debian's
/// hyphen-* packages). Words are ICU word boundaries in `language`; a word is left whole when it
/// is shorter than six letters, has a digit or an upper-case letter after its first (acronyms,
/// drug codes, names in capitals), or already contains a hyphen. At least two letters stay before
/// a hyphen and three after it (more where the patterns say so). Empty when the language has no
/// patterns.
auto hyphenation_points(std::string_view utf8, std::string_view language) -> std::vector<std::size_t>;

/// Whether patterns exist for the language (for messages and tests).
auto has_hyphenation_patterns(std::string_view language) -> bool;

}  // namespace folio::i18n
