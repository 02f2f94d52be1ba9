#include "cli/commands.hpp"

#include "cli/document_catalogs.hpp"
#include "cli/editions.hpp"
#include "cli/load_content.hpp"
#include "cli/print_diagnostics.hpp"

#include <map>
#include <optional>
#include <ostream>

namespace folio::cli {

auto run_check(const check_options& options, const environment& env) -> exit_code {
    auto loaded = load_content(options.paths, {}, env);
    // The print editions laid out as export lays them out: what only layout finds (a character
    // no font of a style can draw) is found here too, so that check and export agree.
    std::map<std::string_view, std::optional<print_setup>> print;
    for (const auto& e : all_editions()) {
        if (!e.print || !e.render) continue;
        model::diagnostics sink;
        print.emplace(e.name, load_print_setup(options.styles_dir, options.fonts_dir, e.name, sink));
        print_diagnostics(sink, *env.err);
        loaded.errors += sink.error_count();
        if (sink.has_errors()) loaded.status = worse(loaded.status, setup_failure(sink));
    }
    document_catalogs catalogs(env.catalog_directory);
    for (const auto& doc : loaded.documents) {
        const auto resolved = compose::resolve(doc, catalogs.for_document(doc, *env.err));
        for (const auto& [name, setup] : print) {
            if (!setup) continue;
            const auto laid = setup->lay_out(resolved);
            const auto& problems = laid.problems;
            print_diagnostics(problems, *env.err);
            loaded.errors += problems.error_count();
            loaded.warnings += problems.all().size() - problems.error_count();
            if (problems.has_errors()) loaded.status = worse(loaded.status, exit_code::content_error);
        }
    }
    *env.err << "folio: checked " << loaded.files << (loaded.files == 1 ? " file: " : " files: ") << loaded.errors
             << (loaded.errors == 1 ? " error, " : " errors, ") << loaded.warnings
             << (loaded.warnings == 1 ? " warning\n" : " warnings\n");
    return loaded.status;
}

}  // namespace folio::cli
