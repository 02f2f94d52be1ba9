#pragma once

namespace folio::cli {

/// Folio's exit codes, one per family of failure (documented in README.md). When a run meets
/// several, the highest-priority one is returned: input > content > output.
enum class exit_code : int {
    success = 0,
    internal_error = 1,   ///< a bug: please report it
    usage = 2,            ///< the command line is wrong
    content_error = 3,    ///< a content file has errors (diagnostics printed)
    input_error = 4,      ///< a path does not exist, holds no content, or cannot be read
    output_error = 5,     ///< an output file could not be written
    installation = 6,     ///< Folio's own data (message catalogs) is missing or broken
};

/// Keeps the most important of two outcomes.
auto worse(exit_code a, exit_code b) -> exit_code;

}  // namespace folio::cli
