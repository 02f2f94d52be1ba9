#pragma once

#include "folio/visibility.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace folio {

enum class severity { error, warning, note };

/// One problem Folio found, as a value: in a content file (with its line and column), in a style,
/// or about the run itself (`file` empty). The command line prints `format(d)`.
struct diagnostic {
    severity level = severity::error;
    /// A stable kebab-case identifier, documented in docs/diagnostics.md ("unknown-element",
    /// "edition-failed", …); empty for the few messages that have none.
    std::string code = {};
    std::string file = {};        ///< the file it is about; empty: the run ("folio: error: …")
    std::uint32_t line = 0;  ///< 1-based; 0: the file as a whole
    std::uint32_t column = 0;  ///< 1-based, in Unicode code points
    std::string message = {};
    std::string hint = {};  ///< what to do about it; may be empty
};

/// "file:line:column: error: message [code]" and, when there is a hint, a second line
/// "  hint: …" (no trailing newline); control characters in the text are made visible.
FOLIO_API auto format(const diagnostic& d) -> std::string;

/// How many of `all` are errors.
FOLIO_API auto count_errors(const std::vector<diagnostic>& all) -> std::size_t;

}  // namespace folio
