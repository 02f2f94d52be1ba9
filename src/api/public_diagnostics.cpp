#include "api/public_diagnostics.hpp"

#include "load/point_at_character.hpp"

#include <algorithm>
#include <iterator>

namespace folio {

namespace {
auto to_model_severity(severity level) -> model::severity {
    switch (level) {
    case severity::error: return model::severity::error;
    case severity::warning: return model::severity::warning;
    case severity::note: return model::severity::note;
    }
    return model::severity::error;
}
}  // namespace

auto format(const diagnostic& d) -> std::string {
    // One formatter for the command line and the library: the model's.
    return model::format_diagnostic({to_model_severity(d.level), d.code, d.file.empty() ? "folio" : d.file,
                                     {d.line, d.column}, d.message, d.hint});
}

auto count_errors(const std::vector<diagnostic>& all) -> std::size_t {
    return static_cast<std::size_t>(
        std::count_if(all.begin(), all.end(), [](const diagnostic& d) { return d.level == severity::error; }));
}

}  // namespace folio

namespace folio::api {

auto to_public(const model::diagnostic& d) -> diagnostic {
    const auto level = d.level == model::severity::error     ? severity::error
                       : d.level == model::severity::warning ? severity::warning
                                                             : severity::note;
    return {level, d.code, d.file, d.position.line, d.position.column, d.message, d.hint};
}

auto to_public(const model::diagnostics& sink) -> std::vector<diagnostic> {
    auto all = sink.all();
    load::point_at_characters(all);
    model::diagnostics placed;
    for (auto& d : all) placed.add(std::move(d));
    std::vector<diagnostic> out;
    for (const auto& d : placed.sorted()) out.push_back(to_public(d));
    return out;
}

void append(std::vector<diagnostic>& all, std::vector<diagnostic> more) {
    all.insert(all.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

auto run_error(std::string message, std::string_view code) -> diagnostic {
    return {severity::error, std::string(code), {}, 0, 0, std::move(message), {}};
}

}  // namespace folio::api
