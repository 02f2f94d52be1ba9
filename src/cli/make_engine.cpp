#include "cli/commands.hpp"

namespace folio::cli {

auto make_engine(const data_options& data, const environment& env) -> engine {
    settings given;
    given.data_folders = env.data_folders;
    given.styles_dir = data.styles_dir;
    given.fonts_dir = data.fonts_dir;
    // No data folders (an in-process run): the working folder's styles/ and fonts/.
    if (env.data_folders.empty()) {
        given.styles_dir = data.styles_dir.value_or("styles");
        given.fonts_dir = data.fonts_dir.value_or("fonts");
    }
    given.messages_dir = env.catalog_directory;
    given.source_date_epoch = env.source_date_epoch;
    return engine(std::move(given));
}

}  // namespace folio::cli
