#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio::i18n {

/// A place where a line may (or must) end, as a byte offset into the UTF-8 text: the line would
/// end just before `offset`.
struct line_break {
    std::size_t offset = 0;
    bool mandatory = false;  ///< after a hard line break character (LF, LS, ...)
};

/// Line-break opportunities by UAX #14 and ICU's dictionaries (Thai, Lao, Khmer, Burmese), with
/// CJK rules for `locale` (no break before closing punctuation such as "。" or "）"). The end of
/// the text is always the last entry.
auto line_break_opportunities(std::string_view utf8, std::string_view locale) -> std::vector<line_break>;

/// The words of the text (ICU word boundaries; spaces and punctuation left out), e.g. for
/// reading-level statistics.
auto words(std::string_view utf8, std::string_view locale) -> std::vector<std::string>;

/// The text with a space put between any two words that print runs together (ICU's dictionary
/// words in Chinese, Japanese, Thai…); spaces and punctuation stay as they are. For braille:
/// Chinese braille writes each word apart (分词连写), where print writes none.
auto word_spaced(std::string_view utf8, std::string_view locale) -> std::string;

/// The sentences of the text (ICU sentence boundaries), each without trailing whitespace.
auto sentences(std::string_view utf8, std::string_view locale) -> std::vector<std::string>;

}  // namespace folio::i18n
