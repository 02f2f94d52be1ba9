#pragma once

#include "folio/visibility.hpp"

#include <string>
#include <string_view>

namespace folio {

/// What is wrong with `tag` as a BCP 47 language tag, in words (with the likely intended tag
/// when there is one: "invalid language tag 'english': … (did you mean 'en'?)"); empty when it
/// is valid.
FOLIO_API auto language_tag_problem(std::string_view tag) -> std::string;

}  // namespace folio
