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
struct check_settings {
    std::vector<std::filesystem::path> paths;
    data_options data;
    check_options options;        ///< --report and the limits
    std::string format = "text";  ///< text, json or sarif (docs/report-format.md)
    severity fail_on = severity::error;  ///< exit 3 from findings of this severity up
};
auto run_check(const check_settings& settings, const environment& env) -> status;

/// The check report as JSON (docs/report-format.md, "folio-check-report" version 1) and as
/// SARIF 2.1.0, for code-review systems.
auto check_report_json(const check_report& report, status result) -> std::string;
auto check_report_sarif(const check_report& report) -> std::string;
/// The author report's figures for a reader at a terminal (`colour`: ANSI colours).
auto readability_table(const check_report& report, bool colour) -> std::string;

/// `folio new`: writes a starting document (every element, short comments) in a language into a
/// document folder, never overwriting one, and says what to run next.
auto run_new(const std::filesystem::path& folder, const std::string& language, const data_options& data, const environment& env)
    -> status;

/// `folio export`: writes the editions of every valid content file; a file with errors gets
/// none written (its previous outputs stay), and the others are still exported.
auto run_export(const export_request& request, bool quiet, const data_options& data, const environment& env) -> status;

}  // namespace folio::cli
