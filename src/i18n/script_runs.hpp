#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio::i18n {

/// A stretch of text in one script, as byte offsets into the UTF-8 text.
struct script_run {
    std::size_t start = 0;
    std::size_t length = 0;
    std::string script;  ///< ISO 15924 code: "Latn", "Arab", "Deva", "Hani", ...
};

/// Splits text into runs of one script each, so that print editions can pick a font and shape
/// each run. Characters of no particular script (spaces, digits, punctuation) and combining marks
/// join the run they sit in; paired brackets take the script of their opening bracket.
auto script_runs(std::string_view utf8) -> std::vector<script_run>;

}  // namespace folio::i18n
