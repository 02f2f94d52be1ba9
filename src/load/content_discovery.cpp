#include "load/content_discovery.hpp"

#include "load/xml_input.hpp"

#include <algorithm>

namespace folio::load {

namespace {
namespace fs = std::filesystem;

auto xml_files_in(const fs::path& folder) -> std::vector<fs::path> {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".xml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

auto folder_name(const fs::path& folder) -> std::string {
    // "content/immunotherapy/" has an empty filename; "." needs the real name.
    const auto normal = folder.lexically_normal();
    auto name = (normal.has_filename() ? normal : normal.parent_path()).filename().string();
    if (name.empty() || name == ".") name = fs::absolute(normal).parent_path().filename().string();
    return name;
}
}  // namespace

auto discover_documents(const std::vector<fs::path>& paths, model::diagnostics& sink) -> std::vector<document_source> {
    std::vector<document_source> found;
    auto add = [&](std::string name, fs::path file) {
        for (auto& doc : found) {
            if (doc.name == name) {
                if (std::find(doc.files.begin(), doc.files.end(), file) == doc.files.end()) doc.files.push_back(file);
                return;
            }
        }
        found.push_back({std::move(name), {std::move(file)}});
    };
    for (const auto& path : paths) {
        std::error_code ec;
        const std::string shown = path.string();
        if (fs::is_regular_file(path, ec)) {
            if (path.extension() != ".xml") {
                sink.error("no-content", shown, {}, "'" + shown + "' is not a content file (.xml)");
                continue;
            }
            add(folder_name(path.parent_path().empty() ? fs::path(".") : path.parent_path()), path);
        } else if (fs::is_directory(path, ec)) {
            if (auto files = xml_files_in(path); !files.empty()) {
                for (auto& f : files) add(folder_name(path), std::move(f));
                continue;
            }
            std::vector<fs::path> folders;
            for (const auto& entry : fs::directory_iterator(path, ec))
                if (entry.is_directory(ec) && entry.path().filename() != "schema") folders.push_back(entry.path());
            std::sort(folders.begin(), folders.end());
            bool any = false;
            for (const auto& folder : folders) {
                for (auto& f : xml_files_in(folder)) {
                    add(folder.filename().string(), std::move(f));
                    any = true;
                }
            }
            if (!any)
                sink.error("no-content", shown, {}, "'" + shown + "' holds no content files",
                           "a document is a folder of <lang>.xml files, e.g. content/immunotherapy/en.xml");
        } else if (fs::exists(fs::symlink_status(path, ec)) || fs::exists(path, ec)) {
            // A FIFO, socket or device: reading it could block or never end.
            sink.error("no-content", shown, {}, "'" + shown + "' is not a regular file or folder (" + special_file_kind(path) + ")",
                       "give a content file (<lang>.xml) or a folder of them");
        } else {
            sink.error("no-content", shown, {}, "'" + shown + "' does not exist");
        }
    }
    return found;
}

}  // namespace folio::load
