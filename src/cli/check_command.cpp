#include "cli/commands.hpp"
#include "cli/load_content.hpp"

#include <ostream>

namespace folio::cli {

auto run_check(const check_options& options, const environment& env) -> exit_code {
    const auto loaded = load_content(options.paths, {}, env);
    *env.err << "folio: checked " << loaded.files << (loaded.files == 1 ? " file: " : " files: ") << loaded.errors
             << (loaded.errors == 1 ? " error, " : " errors, ") << loaded.warnings
             << (loaded.warnings == 1 ? " warning\n" : " warnings\n");
    return loaded.status;
}

}  // namespace folio::cli
