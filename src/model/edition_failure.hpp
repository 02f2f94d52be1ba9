#pragma once

#include <stdexcept>

namespace folio::model {

/// An edition cannot be made for a reason outside the content: a font file that cannot be read, a
/// library (libharu, libzip, HarfBuzz) refusing what it was given, a limit of a file format. The
/// export catches it per document and edition, so that edition fails alone and everything else is
/// still written. Content problems are diagnostics instead, and anything else a stage throws is a
/// bug (exit 1).
class edition_failure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace folio::model
