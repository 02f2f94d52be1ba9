#include "api/data_folders.hpp"

#include "folio/engine.hpp"
#include "i18n/message_catalog.hpp"

#include <algorithm>
#include <cstdlib>

#include <dlfcn.h>

namespace folio::api {

auto library_file() -> std::filesystem::path {
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&library_file), &info) == 0 || info.dli_fname == nullptr) return {};
    std::error_code ec;
    auto file = std::filesystem::canonical(info.dli_fname, ec);
    return ec ? std::filesystem::path(info.dli_fname) : file;
}

auto installed_data_folder(const std::filesystem::path& library) -> std::filesystem::path {
    // FOLIO_LIBRARY_TO_DATA: the install's datadir/folio relative to its libdir ("../share/folio").
    return (library.parent_path() / FOLIO_LIBRARY_TO_DATA).lexically_normal();
}

auto catalog_folder(const std::filesystem::path& library) -> std::filesystem::path {
    const auto installed = installed_data_folder(library) / "messages";
    std::error_code ec;
    if (std::filesystem::is_directory(installed, ec)) return installed;
    return i18n::default_catalog_directory(library);
}

auto data_folder_candidates(const std::filesystem::path& library, const std::optional<std::string>& explicit_dir,
                            const std::filesystem::path& source_tree, const std::filesystem::path& build_tree)
    -> std::vector<std::filesystem::path> {
    // An explicit FOLIO_DATA_DIR is the only place looked at: a typo there must not fall back
    // silently to other data.
    if (explicit_dir) return {std::filesystem::path(*explicit_dir)};
    std::vector<std::filesystem::path> out;
    const auto add = [&](const std::filesystem::path& folder) {
        if (!folder.empty() && std::find(out.begin(), out.end(), folder) == out.end()) out.push_back(folder);
    };
    if (!library.empty()) add(installed_data_folder(library));
    std::error_code ec;
    if (!library.empty() && !build_tree.empty() && std::filesystem::equivalent(library.parent_path(), build_tree, ec))
        add(source_tree);
    add(".");
    return out;
}

auto find_data_folder(const std::vector<std::filesystem::path>& candidates) -> std::optional<std::filesystem::path> {
    for (const auto& folder : candidates) {
        std::error_code ec;
        if (std::filesystem::is_directory(folder / "styles", ec) && std::filesystem::is_directory(folder / "fonts", ec))
            return folder;
    }
    return std::nullopt;
}

}  // namespace folio::api

namespace folio {

auto default_data_folders() -> std::vector<std::filesystem::path> {
    const char* data_dir = std::getenv("FOLIO_DATA_DIR");
    return api::data_folder_candidates(
        api::library_file(), data_dir != nullptr && *data_dir != '\0' ? std::optional<std::string>(data_dir) : std::nullopt,
        FOLIO_SOURCE_TREE, FOLIO_BUILD_TREE);
}

auto default_messages_folder() -> std::filesystem::path { return api::catalog_folder(api::library_file()); }

}  // namespace folio
