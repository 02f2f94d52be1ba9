#pragma once

#include "model/diagnostics.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace folio::load {

/// One document: a folder holding one content file per language (`<lang>.xml`).
struct document_source {
    std::string name;                           ///< the folder's name, e.g. "immunotherapy"
    std::vector<std::filesystem::path> files;   ///< its language files, sorted by name
};

/// Finds the documents that `paths` name. A path may be a content file, a document folder, or a
/// folder of document folders (like `content/`, whose `schema/` folder is skipped). A path that
/// does not exist or holds no content file is reported to `sink` (code "no-content").
auto discover_documents(const std::vector<std::filesystem::path>& paths, model::diagnostics& sink)
    -> std::vector<document_source>;

}  // namespace folio::load
