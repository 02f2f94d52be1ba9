#pragma once

// The pipeline's diagnostics (model::diagnostic) as the API's values (folio::diagnostic).

#include "folio/diagnostic.hpp"
#include "model/diagnostics.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace folio::api {

auto to_public(const model::diagnostic& d) -> diagnostic;

/// Every diagnostic of `sink`, those about one character placed on it in its file
/// (load::point_at_characters), in file, line and column order.
auto to_public(const model::diagnostics& sink) -> std::vector<diagnostic>;

/// Appends `more` to `all`.
void append(std::vector<diagnostic>& all, std::vector<diagnostic> more);

/// A diagnostic about the run, not a file: printed "folio: error: message [code]".
auto run_error(std::string message, std::string_view code = {}) -> diagnostic;

}  // namespace folio::api
