#pragma once

// The shipped documents and their languages as tests/shipped-documents.txt lists them: the one
// explicit list the suites check "every shipped output" against.

#include <filesystem>
#include <string>
#include <vector>

namespace folio::testing {

/// One shipped document in one language: content/<document>/<language>.xml.
struct shipped_file {
    std::string document;
    std::string language;
    auto operator<=>(const shipped_file&) const = default;
};

/// Every document × language listed in `list` (tests/shipped-documents.txt), in the file's
/// order. Throws std::runtime_error when the list cannot be read, a line names a document without
/// languages, or the list is empty, so that a lost list fails instead of checking nothing.
auto read_shipped_documents(const std::filesystem::path& list) -> std::vector<shipped_file>;

}  // namespace folio::testing
