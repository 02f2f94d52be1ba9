#include "i18n/list_format.hpp"

#include "i18n/icu_locale.hpp"

#include <unicode/listformatter.h>

#include <memory>
#include <stdexcept>

namespace folio::i18n {

auto format_list(const std::vector<std::string>& items, std::string_view locale_tag) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = detail::locale_or_root(locale_tag);
    std::unique_ptr<icu::ListFormatter> formatter(icu::ListFormatter::createInstance(locale, status));
    if (U_FAILURE(status)) throw std::runtime_error("failed to create an ICU list formatter");
    std::vector<icu::UnicodeString> parts;
    parts.reserve(items.size());
    for (const auto& item : items) parts.push_back(icu::UnicodeString::fromUTF8(item));
    icu::UnicodeString joined;
    formatter->format(parts.data(), static_cast<std::int32_t>(parts.size()), joined, status);
    if (U_FAILURE(status)) throw std::runtime_error("failed to format a list with ICU");
    std::string out;
    joined.toUTF8String(out);
    return out;
}

}  // namespace folio::i18n
