#include "cli/commands.hpp"

#include <folio/diagnostic.hpp>

#include <ostream>

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

auto run_check(const std::vector<std::filesystem::path>& paths, const data_options& data, const environment& env) -> status {
    const auto report = make_engine(data, env).check(paths);
    std::size_t errors = 0;
    std::size_t warnings = 0;
    for (const auto& d : report.diagnostics) {
        *env.err << format(d) << '\n';
        if (d.level == severity::error) ++errors;
        if (d.level == severity::warning) ++warnings;
    }
    *env.err << "folio: checked " << report.files << (report.files == 1 ? " file: " : " files: ") << errors
             << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning\n" : " warnings\n");
    return report.result;
}

}  // namespace folio::cli
