#pragma once

// Internal to render/epub: deterministic identifiers and dates.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace folio::render::epub {

/// SHA-1 (FIPS 180-4) of `data`: only used to derive name-based UUIDs, never for security.
auto sha1(std::string_view data) -> std::array<std::uint8_t, 20>;

/// A name-based UUID, version 5 (RFC 4122 §4.3), in the URL namespace: the same name always
/// gives the same UUID, lower-case hex with hyphens.
auto uuid_v5(std::string_view name) -> std::string;

/// "2026-11-26T00:00:00Z" for seconds since 1970 (UTC), as dcterms:modified wants it.
auto iso_timestamp(std::int64_t epoch) -> std::string;

/// Year, month, day, hour, minute, second in UTC.
struct civil_time {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};
auto to_civil(std::int64_t epoch) -> civil_time;

}  // namespace folio::render::epub
