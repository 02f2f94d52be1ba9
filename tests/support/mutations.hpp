#pragma once

#include <random>
#include <string>

namespace folio::testing {

/// One to four random edits of `text` (byte flips, cuts, inserted markup, duplicated spans,
/// truncation), deterministic for a given generator state: for robustness tests whose failures
/// reproduce from their seed.
auto mutate(std::string text, std::mt19937& random) -> std::string;

}  // namespace folio::testing
