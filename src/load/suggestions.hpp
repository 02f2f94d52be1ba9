#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::load {

/// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo
/// ("strnog" -> "strong"); empty otherwise.
auto closest_match(std::string_view word, const std::vector<std::string>& candidates) -> std::string;

/// "a, b, c" (for "expected one of: ...").
auto join_names(const std::vector<std::string>& names) -> std::string;

}  // namespace folio::load
