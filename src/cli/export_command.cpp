#include "cli/commands.hpp"

#include <folio/diagnostic.hpp>

#include <ostream>

namespace folio::cli {

auto run_export(const export_request& request, bool quiet, const data_options& data, const environment& env) -> status {
    const auto folio = make_engine(data, env);
    std::optional<progress_report> progress;
    export_observer observer;
    observer.run_diagnostic = [&](const diagnostic& d) {
        if (progress) progress->clear();
        *env.err << format(d) << '\n';
    };
    observer.progress = [&](std::size_t done, std::size_t total) {
        if (!progress) progress.emplace(*env.err, env.err_is_terminal, !quiet, total, env.progress);
        progress->update(done);
    };
    // Each file's messages, then the paths of the editions written, as soon as it is done.
    observer.file_done = [&](const file_report& file) {
        if (progress) progress->clear();
        for (const auto& d : file.diagnostics) *env.err << format(d) << '\n';
        for (const auto& path : file.written) *env.out << path.string() << '\n';
        *env.out << std::flush;
    };
    return folio.export_files(request, observer).result;
}

}  // namespace folio::cli
