#include "cli/commands.hpp"

#include <folio/diagnostic.hpp>

#include <ostream>

namespace folio::cli {

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
