#pragma once

// Where Folio finds its own data (styles/ and fonts/) when --styles and --fonts are not given:
// from the executable, so that `folio` works from any working folder.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace folio::cli {

/// Where an installed executable's data is: <prefix>/share/folio for <prefix>/bin/folio.
auto installed_data_folder(const std::filesystem::path& executable) -> std::filesystem::path;

/// The compiled message catalogs for `executable`: <prefix>/share/folio/messages when installed
/// there, else "messages" beside it (the build tree).
auto catalog_folder(const std::filesystem::path& executable) -> std::filesystem::path;

/// The folders that may hold Folio's data, in the order they are tried: FOLIO_DATA_DIR alone when
/// it is set (`explicit_dir`); else <prefix>/share/folio beside an installed executable, the
/// source tree the executable was built from when it runs from its build tree (`build_tree`; an
/// installed copy never falls back on the checkout), and the working folder.
auto data_folder_candidates(const std::filesystem::path& executable, const std::optional<std::string>& explicit_dir,
                            const std::filesystem::path& source_tree, const std::filesystem::path& build_tree)
    -> std::vector<std::filesystem::path>;

/// The first candidate holding both styles/ and fonts/; nothing when none does.
auto find_data_folder(const std::vector<std::filesystem::path>& candidates) -> std::optional<std::filesystem::path>;

}  // namespace folio::cli
