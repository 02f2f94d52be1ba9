#pragma once

// Internal to src/i18n: one way from a BCP 47 tag to an ICU locale.

#include <unicode/locid.h>

#include <string_view>

namespace folio::i18n::detail {

/// The ICU locale for a BCP 47 tag; `status` reports a tag that is not well-formed.
inline auto to_icu_locale(std::string_view tag, UErrorCode& status) -> icu::Locale {
    return icu::Locale::forLanguageTag(icu::StringPiece(tag.data(), static_cast<std::int32_t>(tag.size())), status);
}

/// The ICU locale for a tag already checked by the loader; ICU's root locale if it is not valid,
/// so that formatting still works (in root's conventions) rather than failing.
inline auto locale_or_root(std::string_view tag) -> icu::Locale {
    UErrorCode status = U_ZERO_ERROR;
    auto locale = to_icu_locale(tag, status);
    return U_SUCCESS(status) ? locale : icu::Locale::getRoot();
}

}  // namespace folio::i18n::detail
