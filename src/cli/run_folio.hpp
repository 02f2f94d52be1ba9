#pragma once

#include "cli/progress_report.hpp"

#include <filesystem>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace folio::cli {

/// Where the outside world comes in: everything the commands read from the process, passed in so
/// that tests can run them in-process.
struct environment {
    std::filesystem::path catalog_directory;  ///< compiled message catalogs
    std::ostream* out;                         ///< normal output
    std::ostream* err;                         ///< diagnostics and errors
    std::optional<std::int64_t> source_date_epoch = {};  ///< SOURCE_DATE_EPOCH, when set
    /// Folders that may hold Folio's data (styles/, fonts/), in order (folio::default_data_folders);
    /// empty: the working folder's styles/ and fonts/.
    std::vector<std::filesystem::path> data_folders = {};
    bool err_is_terminal = false;  ///< stderr is a terminal: progress is a live line
    bool out_is_terminal = false;  ///< stdout is a terminal: the author report may use colours (unless NO_COLOR)
    progress_timing progress = {};
};

/// Runs the folio command line (`args` without the program name) and returns the exit code.
auto run_folio(const std::vector<std::string>& args, const environment& env) -> int;

}  // namespace folio::cli
