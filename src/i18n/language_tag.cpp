#include "i18n/language_tag.hpp"

#include "i18n/icu_locale.hpp"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <memory>

namespace folio::i18n {

auto check_language_tag(std::string_view tag) -> language_tag_check {
    language_tag_check result;
    if (tag.empty()) {
        result.problem = "the language tag is empty";
        return result;
    }
    if (tag.find('_') != std::string_view::npos) {
        std::string hyphenated(tag);
        std::replace(hyphenated.begin(), hyphenated.end(), '_', '-');
        result.problem = "BCP 47 language tags use hyphens, not underscores";
        result.suggestion = check_language_tag(hyphenated).canonical;
        return result;
    }
    // forLanguageTag fails on tags that are not well-formed BCP 47 (it parses the whole tag).
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = detail::to_icu_locale(tag, status);
    if (U_FAILURE(status) || locale.isBogus() || std::string_view(locale.getLanguage()).empty()) {
        result.problem = "it is not a well-formed BCP 47 language tag";
        return result;
    }
    // Well-formed is not enough: "english" is well-formed but names no language. ICU maps every
    // language it knows to an ISO 639 code.
    if (std::string_view(locale.getISO3Language()).empty()) {
        result.problem = "'" + std::string(locale.getLanguage()) + "' is not a known language code";
        return result;
    }
    status = U_ZERO_ERROR;
    const std::string canonical = locale.toLanguageTag<std::string>(status);
    if (U_FAILURE(status)) {
        result.problem = "ICU could not write it back as a BCP 47 tag";
        return result;
    }
    result.valid = true;
    result.canonical = canonical;
    return result;
}

auto same_language(std::string_view a, std::string_view b, tag_match match) -> bool {
    if (match == tag_match::primary_language) {
        a = a.substr(0, a.find('-'));
        b = b.substr(0, b.find('-'));
    }
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [&](char x, char y) { return lower(x) == lower(y); });
}

auto language_display_name(std::string_view tag, std::string_view display_locale, name_position position) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = detail::to_icu_locale(tag, status);
    const icu::Locale display = detail::to_icu_locale(display_locale, status);
    if (U_FAILURE(status)) return std::string(tag);
    UDisplayContext contexts[] = {position == name_position::standalone ? UDISPCTX_CAPITALIZATION_FOR_UI_LIST_OR_MENU
                                                                        : UDISPCTX_CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE};
    std::unique_ptr<icu::LocaleDisplayNames> names(icu::LocaleDisplayNames::createInstance(display, contexts, 1));
    icu::UnicodeString name;
    names->localeDisplayName(locale, name);
    std::string out;
    name.toUTF8String(out);
    return out;
}

auto written_as(std::string_view text, std::string_view wanted) -> bool {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale a = detail::to_icu_locale(text, status);
    icu::Locale b = detail::to_icu_locale(wanted, status);
    a.addLikelySubtags(status);
    b.addLikelySubtags(status);
    if (U_FAILURE(status)) return false;
    return std::string_view(a.getLanguage()) == b.getLanguage() && std::string_view(a.getScript()) == b.getScript();
}

auto is_right_to_left(std::string_view tag) -> bool {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = detail::to_icu_locale(tag, status);
    if (U_FAILURE(status)) return false;
    // uloc_isRightToLeft uses the likely script when the tag names none (ar -> Arab).
    return locale.isRightToLeft();
}

}  // namespace folio::i18n
