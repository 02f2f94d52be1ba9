#pragma once

#include "cli/exit_codes.hpp"
#include "cli/run_folio.hpp"
#include "model/document.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace folio::cli {

struct loaded_content {
    std::vector<model::document> documents;  ///< the files that loaded without errors
    exit_code status = exit_code::success;   ///< worst problem met while loading
    std::size_t files = 0;                    ///< content files read
    std::size_t errors = 0;
    std::size_t warnings = 0;
};

/// Finds and loads the content files `paths` name (only those whose file name is one of
/// `languages`, when given), printing every diagnostic to env.err in file/line order.
auto load_content(const std::vector<std::filesystem::path>& paths, const std::vector<std::string>& languages,
                  const environment& env) -> loaded_content;

}  // namespace folio::cli
