#pragma once

#include "cli/exit_codes.hpp"
#include "cli/run_folio.hpp"
#include "model/document.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace folio::cli {

/// One content file to load: `<document>/<lang>.xml`.
struct content_file {
    std::string document;        ///< the document's name (its folder's)
    std::filesystem::path path;
};

/// The content files that command-line paths name.
struct found_content {
    std::vector<content_file> files;            ///< in document, then file-name order
    std::vector<std::string> missing_languages;  ///< languages asked for that no file has
    exit_code status = exit_code::success;       ///< a path that does not exist or holds no content
    std::size_t errors = 0;
    std::size_t warnings = 0;
};

/// Finds the content files `paths` name (only those whose file name is one of `languages`, when
/// given), printing the problems met (a path that does not exist) to env.err.
auto find_content(const std::vector<std::filesystem::path>& paths, const std::vector<std::string>& languages,
                  const environment& env) -> found_content;

/// "folio: error: no content file for language 'xx' [no-content]" for each language asked for
/// that no file has; input_error if any.
auto report_missing_languages(const found_content& found, std::ostream& err) -> exit_code;

/// One content file loaded and, when it is a translation, compared with its source beside it.
struct loaded_file {
    std::optional<model::document> document;  ///< nothing when it has errors
    exit_code status = exit_code::success;
    std::size_t errors = 0;
    std::size_t warnings = 0;
};

/// Loads one file, printing its diagnostics to `err` in line order. Safe to call from several
/// threads at once.
auto load_content_file(const content_file& file, std::ostream& err) -> loaded_file;

struct loaded_content {
    std::vector<model::document> documents;  ///< the files that loaded without errors
    exit_code status = exit_code::success;   ///< worst problem met while loading
    std::size_t files = 0;                    ///< content files read
    std::size_t errors = 0;
    std::size_t warnings = 0;
};

/// Finds and loads every content file `paths` name (only those whose file name is one of
/// `languages`, when given), printing every diagnostic to env.err.
auto load_content(const std::vector<std::filesystem::path>& paths, const std::vector<std::string>& languages,
                  const environment& env) -> loaded_content;

}  // namespace folio::cli
