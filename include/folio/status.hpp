#pragma once

#include "folio/visibility.hpp"

namespace folio {

/// How an operation ended: one value per family of failure. The command line exits with these
/// numbers (folio(1), EXIT STATUS). When an operation meets several, the most important is kept
/// (`worse`): installation > usage > input > content > output.
enum class status : int {
    success = 0,
    internal_error = 1,  ///< a bug in Folio: please report it (the library throws instead)
    usage = 2,           ///< the request is wrong (an unknown or unavailable edition, a bad shard)
    content_error = 3,   ///< a content file or a style has errors (diagnostics say where)
    input_error = 4,     ///< a path does not exist, holds no content, or cannot be read
    output_error = 5,    ///< an edition could not be made or written for a reason outside the content
    installation = 6,    ///< Folio's own data (styles, fonts, message catalogs) is missing or broken
};

/// The more important of two outcomes.
FOLIO_API auto worse(status a, status b) -> status;

}  // namespace folio
