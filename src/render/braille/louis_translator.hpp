#pragma once

// Text to braille and back with liblouis, in North American ASCII braille (BRF).

#include "render/braille/braille_tables.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace folio::render::braille {

/// How a piece of text is emphasised, for braille's emphasis indicators.
enum class emphasis : unsigned short { none = 0, italic = 1, bold = 4 };

/// A run of text and its emphasis.
struct styled_text {
    std::string text;  ///< UTF-8
    emphasis style = emphasis::none;
};

/// Translates with one braille code. liblouis keeps its compiled tables in process-wide state
/// that is not safe for threads: every call here holds one lock.
class louis_translator {
public:
    explicit louis_translator(braille_code code);

    /// Braille for `runs` (one paragraph, in reading order), as BRF: ASCII characters from space
    /// to underscore, one a cell. A character the code has no sign for is left out (liblouis
    /// would write its code point in dots no BRF file can hold); `undefined_characters` names
    /// them, so that they are reported, not lost in silence. Throws std::runtime_error when
    /// liblouis cannot translate (a table that does not compile).
    [[nodiscard]] auto translate(const std::vector<styled_text>& runs) const -> std::string;
    [[nodiscard]] auto translate(std::string_view text) const -> std::string { return translate({{std::string(text)}}); }

    /// The characters of `text` the code has no sign for, each once, in the order met.
    [[nodiscard]] auto undefined_characters(std::string_view text) const -> std::u32string;

    /// Whether `c`, which the code has no sign for alone, is left out of `text` too: a table may
    /// write it with the characters around it (Punjabi's nukta with its consonant, "ਫ਼").
    [[nodiscard]] auto undefined_in(std::string_view text, char32_t c) const -> bool;

    /// The text liblouis reads back from BRF (for tests: how much of the source survives).
    [[nodiscard]] auto back_translate(std::string_view brf) const -> std::string;

    [[nodiscard]] auto code() const -> const braille_code& { return code_; }

private:
    /// What liblouis writes, unfiltered, in `mode` (its translation modes).
    [[nodiscard]] auto raw_translation(const std::vector<styled_text>& runs, int mode) const -> std::u32string;

    braille_code code_;
    std::string tables_;  ///< "en-us-brf.dis,<table>": BRF cells out, the code's rules
};

}  // namespace folio::render::braille
