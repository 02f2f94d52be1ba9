#pragma once

// The commands of the folio command line: each turns its options into a request to the library
// (include/folio/), and prints what the library reports.

#include "cli/run_folio.hpp"

#include <folio/engine.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace folio::cli {

/// --styles and --fonts, when given.
struct data_options {
    std::optional<std::filesystem::path> styles_dir;
    std::optional<std::filesystem::path> fonts_dir;
};

/// The engine for a command: Folio's data from `env` unless the options name it.
auto make_engine(const data_options& data, const environment& env) -> engine;

/// `folio check`: loads and validates, lays out the print editions as export would (so that a
/// character no font can draw is found here, at its line and column), prints diagnostics, writes
/// nothing. A file `check` passes exports every edition.
auto run_check(const std::vector<std::filesystem::path>& paths, const data_options& data, const environment& env) -> status;

/// `folio export`: writes the editions of every valid content file; a file with errors gets
/// none written (its previous outputs stay), and the others are still exported.
auto run_export(const export_request& request, bool quiet, const data_options& data, const environment& env) -> status;

}  // namespace folio::cli
