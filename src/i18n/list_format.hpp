#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::i18n {

enum class list_style {
    conjunction,  ///< "a, b, and c" in en, "a, b y c" in es: names of people
    plain,        ///< "a, b, c": items that are not a sentence, such as keywords
};

/// Joins items the way the locale writes a list.
auto format_list(const std::vector<std::string>& items, std::string_view locale,
                 list_style style = list_style::conjunction) -> std::string;

}  // namespace folio::i18n
