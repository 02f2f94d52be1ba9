#include "i18n/date_format.hpp"

#include "i18n/icu_locale.hpp"

#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include <chrono>
#include <memory>
#include <stdexcept>

namespace folio::i18n {

auto is_valid_date(const model::date& d) -> bool {
    if (d.year < 1 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
    const std::chrono::year_month_day date{std::chrono::year{d.year}, std::chrono::month{static_cast<unsigned>(d.month)},
                                           std::chrono::day{static_cast<unsigned>(d.day)}};
    return date.ok();
}

auto format_long_date(const model::date& d, std::string_view locale_tag) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = detail::locale_or_root(locale_tag);
    // Dates carry no time of day: compute and format them in UTC so no time zone shifts the day.
    std::unique_ptr<icu::TimeZone> utc(icu::TimeZone::createTimeZone("Etc/UTC"));
    icu::GregorianCalendar calendar(*utc, locale, status);
    calendar.clear();
    calendar.set(d.year, d.month - 1, d.day, 12, 0, 0);
    const UDate when = calendar.getTime(status);
    std::unique_ptr<icu::DateFormat> format(
        icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
    if (U_FAILURE(status) || !format) throw std::runtime_error("failed to format a date with ICU");
    format->setTimeZone(*utc);
    icu::UnicodeString out;
    format->format(when, out);
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

}  // namespace folio::i18n
