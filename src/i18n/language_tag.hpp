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

/// How much of two language tags must agree for same_language.
enum class tag_match {
    whole_tag,         ///< every subtag: "es-MX" is not "es"
    primary_language,  ///< the first subtag only: "zh-Hant-TW" is "zh", "zha" (Zhuang) is not
};

/// Whether BCP 47 tags `a` and `b` name the same language, to the extent `match` says. Tags are
/// compared as BCP 47 says (RFC 5646 §2.1.1): ignoring ASCII case, so "en-us" is "en-US". Neither
/// tag is checked or canonicalized here (see check_language_tag).
auto same_language(std::string_view a, std::string_view b, tag_match match = tag_match::whole_tag) -> bool;

/// Where a language name will stand: some languages capitalize it only at the start of a
/// sentence or as a label on its own (Spanish "inglés" in a sentence, "Inglés" as a label).
enum class name_position { standalone, middle_of_sentence };

/// The name of the language of `tag`, in the language of `display_locale` ("Spanish" for "es"
/// shown in "en"; "español" in "es"), capitalized as CLDR says for that position.
auto language_display_name(std::string_view tag, std::string_view display_locale,
                           name_position position = name_position::standalone) -> std::string;

/// Whether text in language `text` is written as `wanted` is: the same language in the same
/// script once both are filled out with CLDR's likely subtags, so "zh-TW" and "zh-HK" are written
/// as "zh-Hant" is, "zh" and "zh-SG" are not; "ja-JP" as "ja". For choosing fonts by glyph forms.
auto written_as(std::string_view text, std::string_view wanted) -> bool;

/// Whether text in this language is written right to left (Arabic, Hebrew, ...).
auto is_right_to_left(std::string_view tag) -> bool;

}  // namespace folio::i18n
