#include "cli/commands.hpp"

#include "cli/atomic_file.hpp"
#include "cli/editions.hpp"
#include "cli/load_content.hpp"

#include <map>
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

    std::map<std::string, std::unique_ptr<i18n::message_catalog>> catalogs;
    for (const auto& doc : loaded.documents) {
        auto& catalog = catalogs[doc.meta.language];
        if (!catalog) {
            catalog = std::make_unique<i18n::message_catalog>(env.catalog_directory, doc.meta.language);
            // Root holds English: a reader of another language would get English cues.
            if (catalog->actual_locale() == "root" && !doc.meta.language.starts_with("en"))
                *env.err << doc.source_path << ": warning: Folio has no message catalog for '" << doc.meta.language
                         << "'; its own words (headings cues, notices) will be in English [missing-catalog]\n";
        }
        for (const auto* e : chosen) {
            const auto path = output_path(options.out_dir, doc, *e);
            // Render fully in memory first: a failure then leaves the previous output intact.
            const std::string bytes = e->render(doc, *catalog);
            try {
                write_file_atomically(path, bytes);
                *env.out << path.string() << '\n';
            } catch (const write_error& error) {
                *env.err << "folio: error: " << error.what() << " [write-failed]\n";
                status = worse(status, exit_code::output_error);
            }
        }
    }
    return status;
}

}  // namespace folio::cli
