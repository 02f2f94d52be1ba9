#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::i18n {

/// Joins items the way the locale writes a list of names: "a, b, and c" in en, "a, b y c" in es.
auto format_list(const std::vector<std::string>& items, std::string_view locale) -> std::string;

}  // namespace folio::i18n
