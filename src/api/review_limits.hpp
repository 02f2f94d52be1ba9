#pragma once

// The limits of the author report for one document: the caller's options, then the document
// folder's folio-check.conf, then Folio's defaults.

#include "folio/diagnostic.hpp"
#include "folio/review.hpp"
#include "review/document_review.hpp"

#include <filesystem>
#include <vector>

namespace folio::api {

/// The file in a document's folder that sets its limits ("max-grade = 7", one a line).
inline constexpr const char* review_limits_file = "folio-check.conf";

/// Reads `folder`/folio-check.conf when there is one: its problems (an unknown key, a value that
/// is not a number) are errors in `diagnostics`, with their line and column.
auto read_limits_file(const std::filesystem::path& folder, std::vector<diagnostic>& diagnostics) -> review_limits;

/// `given`'s fields where set, else `from_file`'s, else the defaults of review::review_limits.
auto effective_limits(const review_limits& given, const review_limits& from_file) -> review::review_limits;
/// The same limits as the API shows them, every field set that has a value.
auto public_limits(const review::review_limits& limits) -> review_limits;

}  // namespace folio::api
