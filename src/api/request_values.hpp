#pragma once

// Internal to src/api: the checks of a request's values that both reading them from text
// (folio::parse_shard) and receiving them in a request (engine::export_files) make.

#include "folio/engine.hpp"

#include <string>

namespace folio::api {

/// What is wrong with `part` as shard K of N ("'3/3': shards are counted from 0, …"); empty when
/// it is one.
auto shard_problem(const shard& part) -> std::string;

}  // namespace folio::api
