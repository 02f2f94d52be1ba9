#pragma once

#include "i18n/message_catalog.hpp"
#include "model/document.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::cli {

/// One edition Folio can write: its name on the command line, the file suffix, and the writer.
struct edition {
    std::string_view name;    ///< e.g. "screen-reader"
    std::string_view suffix;  ///< e.g. "screen-reader.txt": files are <doc>-<suffix>
    /// Empty while the edition is not implemented yet (it is then refused when asked for).
    std::function<std::string(const model::document&, const i18n::message_catalog&)> render;
};

/// Every edition, in the order they are written.
auto all_editions() -> const std::vector<edition>&;

/// `out/<document>/<lang>/<document>-<suffix>`.
auto output_path(const std::filesystem::path& out_dir, const model::document& doc, const edition& e)
    -> std::filesystem::path;

}  // namespace folio::cli
