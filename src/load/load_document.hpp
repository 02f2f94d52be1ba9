#pragma once

#include "model/diagnostics.hpp"
#include "model/document.hpp"

#include <filesystem>
#include <optional>

namespace folio::load {

/// Loads one content file (`content/<doc>/<lang>.xml`) into the model, reporting every problem
/// it finds to `sink`. Returns nothing when the file cannot be read or parsed at all; otherwise
/// the document, which is only fit for output when `sink.has_errors()` is false. Text is NFC.
auto load_document(const std::filesystem::path& file, model::diagnostics& sink)
    -> std::optional<model::document>;

/// Loads a content file held in memory, as if it were read from `file` (used by tests and the
/// fuzz target; images are looked up next to `file`).
auto load_document_from_bytes(std::string bytes, const std::filesystem::path& file, model::diagnostics& sink)
    -> std::optional<model::document>;

/// The version of pugixml Folio was built with, e.g. "1.13" (for `folio --version`).
auto pugixml_version() -> std::string;

}  // namespace folio::load
