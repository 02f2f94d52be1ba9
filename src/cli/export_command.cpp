#include "cli/commands.hpp"

#include "cli/atomic_file.hpp"
#include "cli/editions.hpp"
#include "cli/load_content.hpp"
#include "compose/resolved_document.hpp"

#include <map>
#include <set>
#include <ostream>

namespace folio::cli {

namespace {
/// Without SOURCE_DATE_EPOCH, output dates come from the content (its last review date, else its
/// publication date), never from the clock: the same input gives the same bytes.
auto default_epoch(const model::document& doc) -> std::int64_t {
    const auto& d = doc.meta.last_reviewed ? *doc.meta.last_reviewed : doc.meta.published;
    // Days from civil (Howard Hinnant's algorithm), at 00:00 UTC.
    const int y = d.month <= 2 ? d.year - 1 : d.year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (static_cast<std::int64_t>(era) * 146097 + doe - 719468) * 86400;
}


/// An edition of a document that could not be made or written for a reason outside its content
/// (a writer's failure, an output that cannot be written): it fails alone.
struct edition_error {
    std::string document;  ///< the content file
    std::string_view edition;
    std::filesystem::path path;  ///< the output it would have written
    std::string cause;
};

void report(const edition_error& error, const environment& env) {
    *env.err << "folio: error: the '" << error.edition << "' edition of '" << error.document << "' is not written to '"
             << error.path.string() << "' (" << error.cause << ") [edition-failed]\n";
}

/// Makes every chosen edition of one document in memory, then writes them. A content error in
/// any edition (diagnostics with errors) writes none of them, so every output of the file keeps
/// its previous version; an edition that fails for another reason fails alone.
auto export_document(const model::document& doc, const i18n::message_catalog& catalog,
                     const std::vector<const edition*>& chosen, const std::map<std::string_view, print_setup>& print,
                     const export_options& options, const environment& env) -> exit_code {
    exit_code status = exit_code::success;
    const auto resolved = compose::resolve(doc, catalog);
    const auto epoch = env.source_date_epoch.value_or(default_epoch(doc));
    struct made {
        const edition* e;
        std::filesystem::path path;
        std::string bytes;
    };
    std::vector<made> outputs;
    bool content_errors = false;
    for (const auto* e : chosen) {
        const auto path = output_path(options.out_dir, doc, *e);
        model::diagnostics sink;
        const auto found = print.find(e->style_name());
        const edition_inputs inputs{catalog, found == print.end() ? nullptr : &found->second, epoch, sink};
        try {
            auto bytes = e->render(resolved, inputs);
            if (bytes && !sink.has_errors()) outputs.push_back({e, path, std::move(*bytes)});
            else content_errors = true;
        } catch (const i18n::catalog_error&) {
            throw;  // Folio's own data is broken: an installation error for the whole run
        } catch (const std::runtime_error& failure) {
            report({doc.source_path, e->name, path, failure.what()}, env);
            status = worse(status, exit_code::output_error);
        }
        for (const auto& d : sink.sorted()) *env.err << model::format_diagnostic(d) << '\n';
    }
    if (content_errors) {
        *env.err << "folio: error: no edition of '" << doc.source_path
                 << "' is written: it has errors (its previous outputs are kept)\n";
        return worse(status, exit_code::content_error);
    }
    for (const auto& output : outputs) {
        try {
            write_file_atomically(output.path, output.bytes);
            *env.out << output.path.string() << '\n';
        } catch (const write_error& error) {
            report({doc.source_path, output.e->name, output.path, error.what()}, env);
            status = worse(status, exit_code::output_error);
        }
    }
    return status;
}
}  // namespace

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
            if (setup) print.emplace(style, std::move(*setup));
            else broken_styles.insert(style);
        }
        if (broken_styles.contains(style) && (*it)->print) {
            *env.err << "folio: error: the '" << (*it)->name << "' edition is not written: its style has errors\n";
            status = worse(status, exit_code::content_error);
            it = chosen.erase(it);
            continue;
        }
        ++it;
    }

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
        status = worse(status, export_document(doc, *catalog, chosen, print, options, env));
    }
    return status;
}

}  // namespace folio::cli
