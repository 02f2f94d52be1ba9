#include "cli/data_folders.hpp"

#include "i18n/message_catalog.hpp"

#include <algorithm>

namespace folio::cli {

auto installed_data_folder(const std::filesystem::path& executable) -> std::filesystem::path {
    return (executable.parent_path().parent_path() / "share" / "folio").lexically_normal();
}

auto catalog_folder(const std::filesystem::path& executable) -> std::filesystem::path {
    const auto installed = installed_data_folder(executable) / "messages";
    std::error_code ec;
    if (std::filesystem::is_directory(installed, ec)) return installed;
    return i18n::default_catalog_directory(executable);
}

auto data_folder_candidates(const std::filesystem::path& executable, const std::optional<std::string>& explicit_dir,
                            const std::filesystem::path& source_tree, const std::filesystem::path& build_tree)
    -> std::vector<std::filesystem::path> {
    // An explicit FOLIO_DATA_DIR is the only place looked at: a typo there must not fall back
    // silently to other data.
    if (explicit_dir) return {std::filesystem::path(*explicit_dir)};
    std::vector<std::filesystem::path> out;
    const auto add = [&](const std::filesystem::path& folder) {
        if (!folder.empty() && std::find(out.begin(), out.end(), folder) == out.end()) out.push_back(folder);
    };
    if (!executable.empty()) add(installed_data_folder(executable));
    std::error_code ec;
    if (!executable.empty() && !build_tree.empty() && std::filesystem::equivalent(executable.parent_path(), build_tree, ec))
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

}  // namespace folio::cli
