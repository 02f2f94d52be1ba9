#pragma once

#include <string>
#include <string_view>

namespace folio::i18n {

/// The outcome of checking a BCP 47 language tag.
struct language_tag_check {
    bool valid = false;
    std::string canonical;  ///< canonical BCP 47 form (e.g. "zh-hans" -> "zh-Hans") when valid
    std::string problem;    ///< why it is not valid, in words, when not valid
    std::string suggestion; ///< a corrected tag to propose, possibly empty
};

/// Checks that `tag` is a well-formed BCP 47 tag whose language subtag ICU knows, and returns its
/// canonical form. "en_US" is refused (BCP 47 uses hyphens) with "en-US" suggested.
auto check_language_tag(std::string_view tag) -> language_tag_check;

/// Where a language name will stand: some languages capitalize it only at the start of a
/// sentence or as a label on its own (Spanish "inglés" in a sentence, "Inglés" as a label).
enum class name_position { standalone, middle_of_sentence };

/// The name of the language of `tag`, in the language of `display_locale` ("Spanish" for "es"
/// shown in "en"; "español" in "es"), capitalized as CLDR says for that position.
auto language_display_name(std::string_view tag, std::string_view display_locale,
                           name_position position = name_position::standalone) -> std::string;

/// Whether text in this language is written right to left (Arabic, Hebrew, ...).
auto is_right_to_left(std::string_view tag) -> bool;

}  // namespace folio::i18n
