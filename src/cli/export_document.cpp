#include "cli/export_document.hpp"

#include "cli/atomic_file.hpp"
#include "cli/print_diagnostics.hpp"
#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "model/edition_failure.hpp"

#include <chrono>
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

}  // namespace

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
        const edition_inputs inputs{found == print.end() ? nullptr : &found->second, epoch, sink};
        try {
            auto bytes = e->render(resolved, inputs);
            if (bytes && !sink.has_errors()) outputs.push_back({e, path, std::move(*bytes)});
            else content_errors = true;
        } catch (const model::edition_failure& failure) {
            report({doc.source_path, e->name, path, failure.what()}, env);
            status = worse(status, exit_code::output_error);
        }
        print_diagnostics(sink, env);
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
}  // namespace folio::cli
