#pragma once

#include "model/document.hpp"

#include <string>
#include <string_view>

namespace folio::i18n {

/// Whether year, month and day form a real calendar date (proleptic Gregorian).
auto is_valid_date(const model::date& d) -> bool;

/// A date written the way readers of `locale` expect, long form ("November 26, 2026" in en,
/// "26 de noviembre de 2026" in es), independent of the machine's time zone.
auto format_long_date(const model::date& d, std::string_view locale) -> std::string;

}  // namespace folio::i18n
