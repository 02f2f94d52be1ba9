#pragma once

// Internal to render/html: deterministic identifiers and dates.

#include <cstdint>
#include <string>
#include <string_view>

namespace folio::render::html {

/// A name-based UUID, version 5 (RFC 4122 §4.3), in the URL namespace: the same name always
/// gives the same UUID, lower-case hex with hyphens.
auto uuid_v5(std::string_view name) -> std::string;

/// "2026-11-26T00:00:00Z" for seconds since 1970 (UTC), as dcterms:modified wants it; times
/// before year 1 or after year 9999 are clamped to those years (W3CDTF has four-digit years).
auto iso_timestamp(std::int64_t epoch) -> std::string;

}  // namespace folio::render::html
