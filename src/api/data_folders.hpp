#pragma once

// Where Folio finds its own data (styles/, fonts/ and messages/) when it is not given: from where
// libfolio itself is (folio::default_data_folders), so that `folio` and every program using the
// library work from any working folder.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace folio::api {

/// The file libfolio's code was loaded from: the shared library, or the program it is linked into.
auto library_file() -> std::filesystem::path;

/// Where an installed library's data is: <prefix>/share/folio for <prefix>/<libdir>/libfolio.so.
auto installed_data_folder(const std::filesystem::path& library) -> std::filesystem::path;

/// The compiled message catalogs for `library`: <prefix>/share/folio/messages when installed
/// there, else "messages" beside it (the build tree).
auto catalog_folder(const std::filesystem::path& library) -> std::filesystem::path;

/// The folders that may hold Folio's data, in the order they are tried: FOLIO_DATA_DIR alone when
/// it is set (`explicit_dir`); else <prefix>/share/folio beside an installed library, the
/// source tree the library was built from when it runs from its build tree (`build_tree`; an
/// installed copy never falls back on the checkout), and the working folder.
auto data_folder_candidates(const std::filesystem::path& library, const std::optional<std::string>& explicit_dir,
                            const std::filesystem::path& source_tree, const std::filesystem::path& build_tree)
    -> std::vector<std::filesystem::path>;

/// The first candidate holding both styles/ and fonts/; nothing when none does.
auto find_data_folder(const std::vector<std::filesystem::path>& candidates) -> std::optional<std::filesystem::path>;

}  // namespace folio::api
