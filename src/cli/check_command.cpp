#include "cli/commands.hpp"

#include <folio/diagnostic.hpp>

#include <ostream>

namespace folio::cli {

auto run_check(const check_settings& settings, const environment& env) -> status {
    const auto report = make_engine(settings.data, env).check(settings.paths, settings.options);
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t notes = 0;
    for (const auto& d : report.diagnostics) {
        if (settings.format == "text") *env.err << format(d) << '\n';
        if (d.level == severity::error) ++errors;
        if (d.level == severity::warning) ++warnings;
        if (d.level == severity::note) ++notes;
    }
    // Exit status by severity: errors always fail; warnings and notes when asked to.
    auto result = report.result;
    if ((settings.fail_on == severity::warning && warnings > 0) || (settings.fail_on == severity::note && warnings + notes > 0))
        result = worse(result, status::content_error);
    if (settings.format == "json") *env.out << check_report_json(report, result);
    if (settings.format == "sarif") *env.out << check_report_sarif(report);
    if (settings.format == "text" && settings.options.review) *env.out << readability_table(report, env.out_is_terminal);
    *env.err << "folio: checked " << report.files << (report.files == 1 ? " file: " : " files: ") << errors
             << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning" : " warnings");
    if (notes > 0) *env.err << ", " << notes << (notes == 1 ? " note" : " notes");
    *env.err << '\n';
    return result;
}

}  // namespace folio::cli
