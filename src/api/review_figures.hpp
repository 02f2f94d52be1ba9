#pragma once

// The author report's figures as the API's values.

#include "folio/review.hpp"
#include "review/document_review.hpp"

namespace folio::api {

auto to_public(const review::readability& r) -> readability_figures;
auto to_public(const review::document_review& r, const std::string& file, const review::review_limits& limits) -> file_review;

}  // namespace folio::api
