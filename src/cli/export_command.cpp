#include "cli/commands.hpp"

#include "cli/document_catalogs.hpp"
#include "cli/editions.hpp"
#include "cli/export_document.hpp"
#include "cli/load_content.hpp"

#include <map>
#include <set>
#include <ostream>

namespace folio::cli {

auto run_export(const export_options& options, const environment& env) -> exit_code {
    // Editions first: a wrong --edition is a usage error, found before any work is done.
    std::vector<const edition*> chosen;
    for (const auto& e : all_editions()) {
        const bool asked = options.editions.empty() ||
                           std::find(options.editions.begin(), options.editions.end(), e.name) != options.editions.end();
        if (!asked) continue;
        if (!e.render) {
            if (!options.editions.empty()) {
                *env.err << "folio: error: the '" << e.name << "' edition is not available in this version of Folio\n";
                return exit_code::usage;
            }
            continue;
        }
        chosen.push_back(&e);
    }

    const std::vector<std::filesystem::path> paths =
        options.paths.empty() ? std::vector<std::filesystem::path>{"content"} : options.paths;
    auto loaded = load_content(paths, options.languages, env);
    exit_code status = loaded.status;

    // Print editions need their style and fonts; a wrong style refuses that edition only. The
    // e-book reads the brochure's style too (its CSS and page list), and goes without it.
    std::map<std::string_view, print_setup> print;
    std::set<std::string_view> broken_styles;
    std::map<std::string_view, exit_code> style_failure;
    for (auto it = chosen.begin(); it != chosen.end();) {
        const auto style = (*it)->style_name();
        if (style.empty()) {
            ++it;
            continue;
        }
        if (!print.contains(style) && !broken_styles.contains(style)) {
            model::diagnostics sink;
            auto setup = load_print_setup(options.styles_dir, options.fonts_dir, style, sink);
            for (const auto& d : sink.sorted()) *env.err << model::format_diagnostic(d) << '\n';
            if (setup) {
                print.emplace(style, std::move(*setup));
            } else {
                broken_styles.insert(style);
                style_failure[style] = setup_failure(sink);
            }
        }
        if (broken_styles.contains(style) && (*it)->print) {
            const auto failure = style_failure.at(style);
            *env.err << "folio: error: the '" << (*it)->name << "' edition is not written: "
                     << (failure == exit_code::installation ? "Folio's data for it is missing\n" : "its style has errors\n");
            status = worse(status, failure);
            it = chosen.erase(it);
            continue;
        }
        ++it;
    }

    document_catalogs catalogs;
    for (const auto& doc : loaded.documents) {
        const auto& catalog = catalogs.for_document(doc, env);
        status = worse(status, export_document(doc, catalog, chosen, print, options, env));
    }
    return status;
}

}  // namespace folio::cli
