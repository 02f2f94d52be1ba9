#include "cli/commands.hpp"

#include "cli/atomic_file.hpp"
#include "cli/editions.hpp"
#include "cli/load_content.hpp"

#include <chrono>
#include <map>
#include <set>
#include <ostream>

namespace folio::cli {

namespace {
/// Without SOURCE_DATE_EPOCH, output dates come from the content (its last review date, else its
/// publication date), never from the clock: the same input gives the same bytes.
auto default_epoch(const model::document& doc) -> std::int64_t {
    const auto& d = doc.meta.last_reviewed ? *doc.meta.last_reviewed : doc.meta.published;
    // 00:00 UTC on that day.
    using namespace std::chrono;
    const sys_days day{year{d.year} / month{static_cast<unsigned>(d.month)} / std::chrono::day{static_cast<unsigned>(d.day)}};
    return duration_cast<seconds>(day.time_since_epoch()).count();
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
        for (const auto* e : chosen) {
            const auto path = output_path(options.out_dir, doc, *e);
            // Render fully in memory first: a failure then leaves the previous output intact.
            model::diagnostics sink;
            const auto found = print.find(e->style_name());
            const edition_inputs inputs{*catalog, found == print.end() ? nullptr : &found->second,
                                        env.source_date_epoch.value_or(default_epoch(doc)), sink};
            const auto bytes = e->render(doc, inputs);
            for (const auto& d : sink.sorted()) *env.err << model::format_diagnostic(d) << '\n';
            if (!bytes) {
                *env.err << "folio: error: '" << path.string() << "' is not written\n";
                status = worse(status, exit_code::content_error);
                continue;
            }
            try {
                write_file_atomically(path, *bytes);
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
