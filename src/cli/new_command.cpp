#include "cli/commands.hpp"

#include <folio/diagnostic.hpp>

#include <ostream>

namespace folio::cli {

auto run_new(const std::filesystem::path& folder, const std::string& language, const data_options& data, const environment& env)
    -> status {
    const auto report = make_engine(data, env).write_starting_document(folder, language);
    for (const auto& d : report.diagnostics) *env.err << format(d) << '\n';
    for (const auto& path : report.written) *env.out << "wrote " << path.generic_string() << '\n';
    if (report.result == status::success)
        *env.out << "next: replace its words, then run 'folio check --report " << folder.generic_string() << "' as you write\n";
    return report.result;
}

}  // namespace folio::cli
