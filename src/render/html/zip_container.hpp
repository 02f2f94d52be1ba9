#pragma once

// Internal to render/html: the OCF zip container, through libzip.

#include "render/html/epub_writer.hpp"

#include <cstdint>
#include <string>
#include <vector>

struct zip_source;  // libzip's zip_source_t, named here only so that read_all can be tested

namespace folio::render::html {

/// A zip archive holding `entries` in this order, each dated `epoch` (UTC, written as the DOS
/// date and time without any time zone), stored or deflated at level 9 as each entry says, with no
/// extra fields: the same entries give the same bytes. Throws model::edition_failure naming libzip's
/// error when the archive cannot be made.
auto zip_container(const std::vector<entry>& entries, std::int64_t epoch) -> std::string;

/// Every byte of the libzip source `source`, from its start: it is opened, sized (seek to the
/// end, tell), read and closed again; the caller keeps ownership. Throws model::edition_failure naming
/// the step and libzip's error when any step fails.
auto read_all(zip_source* source) -> std::string;

}  // namespace folio::render::html
