#pragma once

#include "folio/diagnostic.hpp"
#include "folio/status.hpp"
#include "model/document.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::api {

/// One content file to load: `<document>/<lang>.xml`.
struct content_file {
    std::string document;        ///< the document's name (its folder's)
    std::filesystem::path path;
};

/// The content files that a request's paths name.
struct found_content {
    std::vector<content_file> files;            ///< in document, then file-name order
    std::vector<std::string> missing_languages;  ///< languages asked for that no file has
    std::vector<diagnostic> diagnostics;         ///< a path that does not exist or holds no content
    status result = status::success;
};

/// Finds the content files `paths` name (only those whose file name is one of `languages`, when
/// given).
auto find_content(const std::vector<std::filesystem::path>& paths, const std::vector<std::string>& languages)
    -> found_content;

/// "no content file for language 'xx' [no-content]" for each language asked for that no file has.
auto missing_language_errors(const found_content& found) -> std::vector<diagnostic>;

/// One content file loaded and, when it is a translation, compared with its source beside it.
struct loaded_file {
    std::optional<model::document> document;  ///< nothing when it has errors
    std::vector<diagnostic> diagnostics;       ///< in line order, then the comparison's
    status result = status::success;
};

/// Loads one file. Safe to call from several threads at once.
auto load_content_file(const content_file& file) -> loaded_file;
/// The same from bytes in memory, `file.path` naming them.
auto load_content_bytes(std::string_view xml, const content_file& file) -> loaded_file;

}  // namespace folio::api
