#pragma once

// Seconds since 1970 as calendar fields in UTC, written once for every date Folio writes (PDF Info
// and XMP, EPUB dcterms:modified, zip entries): std::chrono does the arithmetic.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace folio {

/// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the span four-digit years can write.
inline constexpr std::int64_t first_four_digit_second = -62135596800;
inline constexpr std::int64_t last_four_digit_second = 253402300799;

/// A moment in UTC, broken into calendar fields.
struct utc_time {
    int year = 1970;
    unsigned month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
};

/// The UTC fields of `epoch` (seconds since 1970-01-01T00:00:00Z), clamped to four-digit years.
inline auto utc_fields(std::int64_t epoch) -> utc_time {
    using namespace std::chrono;
    const sys_seconds at{seconds{std::clamp(epoch, first_four_digit_second, last_four_digit_second)}};
    const auto day = floor<days>(at);
    const year_month_day date{day};
    const hh_mm_ss time{at - day};
    return {static_cast<int>(date.year()), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
            static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
            static_cast<int>(time.seconds().count())};
}

/// ISO 8601 in UTC, "2026-11-26T00:00:00Z", clamped to four-digit years.
inline auto iso8601_utc(std::int64_t epoch) -> std::string {
    const auto t = utc_fields(epoch);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second);
    return text;
}

}  // namespace folio
