#include "cli/load_content.hpp"

#include "i18n/language_tag.hpp"
#include "load/content_discovery.hpp"
#include "load/load_document.hpp"
#include "load/translation_parity.hpp"

#include <algorithm>
#include <ostream>

namespace folio::cli {

namespace {
auto canonical_language(const std::string& tag) -> std::string {
    const auto check = i18n::check_language_tag(tag);
    return check.valid ? check.canonical : tag;
}

/// Prints `sink` in line order, counting its errors and warnings into `counts`.
template <typename Counts>
void print(const model::diagnostics& sink, std::ostream& err, Counts& counts) {
    for (const auto& d : sink.sorted()) {
        err << model::format_diagnostic(d) << '\n';
        (d.level == model::severity::error ? counts.errors : counts.warnings)++;
    }
}

/// The source of a translation, read from beside it (so that one translated file alone is still
/// compared with its source). Nothing when it has errors: they are reported when it is loaded
/// itself.
auto find_source(const model::document& translation) -> std::optional<model::document> {
    const auto file = std::filesystem::path(translation.source_path).parent_path() / (translation.meta.source_language + ".xml");
    if (!std::filesystem::exists(file)) return std::nullopt;
    model::diagnostics quiet;
    auto source = load::load_document(file, quiet);
    if (!source || quiet.has_errors()) return std::nullopt;
    return source;
}

auto has_code(const model::diagnostics& sink, std::string_view code) -> bool {
    return std::any_of(sink.all().begin(), sink.all().end(), [&](const model::diagnostic& d) { return d.code == code; });
}
}  // namespace

auto find_content(const std::vector<std::filesystem::path>& paths, const std::vector<std::string>& languages,
                  const environment& env) -> found_content {
    found_content found;
    model::diagnostics discovery;
    const auto sources = load::discover_documents(paths, discovery);
    if (discovery.has_errors()) found.status = exit_code::input_error;
    struct { std::size_t errors = 0, warnings = 0; } counts;
    print(discovery, *env.err, counts);
    found.errors = counts.errors;
    found.warnings = counts.warnings;

    std::vector<std::string> wanted;
    for (const auto& language : languages) wanted.push_back(canonical_language(language));
    std::vector<std::string> matched;
    for (const auto& source : sources) {
        for (const auto& file : source.files) {
            const auto file_language = canonical_language(file.stem().string());
            if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), file_language) == wanted.end()) continue;
            matched.push_back(file_language);
            found.files.push_back({source.name, file});
        }
    }
    for (const auto& language : wanted)
        if (std::find(matched.begin(), matched.end(), language) == matched.end()) found.missing_languages.push_back(language);
    return found;
}

auto report_missing_languages(const found_content& found, std::ostream& err) -> exit_code {
    for (const auto& language : found.missing_languages)
        err << "folio: error: no content file for language '" << language << "' [no-content]\n";
    return found.missing_languages.empty() ? exit_code::success : exit_code::input_error;
}

auto load_content_file(const content_file& file, std::ostream& err) -> loaded_file {
    loaded_file result;
    model::diagnostics sink;
    auto doc = load::load_document(file.path, sink);
    print(sink, err, result);
    if (has_code(sink, "unreadable-file")) {
        result.status = exit_code::input_error;
        return result;
    }
    if (!doc || sink.has_errors()) {
        result.status = exit_code::content_error;
        return result;
    }
    doc->name = file.document;
    // A translation whose structure differs from its source's is refused like any file with errors.
    if (doc->meta.translation != model::translation_status::original) {
        if (const auto source = find_source(*doc)) {
            model::diagnostics parity;
            load::check_translation_parity(*source, *doc, parity);
            print(parity, err, result);
            if (parity.has_errors()) {
                result.status = exit_code::content_error;
                return result;
            }
        }
    }
    result.document = std::move(doc);
    return result;
}

auto load_content(const std::vector<std::filesystem::path>& paths, const std::vector<std::string>& languages,
                  const environment& env) -> loaded_content {
    loaded_content result;
    const auto found = find_content(paths, languages, env);
    result.status = found.status;
    result.errors = found.errors;
    result.warnings = found.warnings;
    for (const auto& file : found.files) {
        ++result.files;
        auto loaded = load_content_file(file, *env.err);
        result.status = worse(result.status, loaded.status);
        result.errors += loaded.errors;
        result.warnings += loaded.warnings;
        if (loaded.document) result.documents.push_back(std::move(*loaded.document));
    }
    result.status = worse(result.status, report_missing_languages(found, *env.err));
    return result;
}

}  // namespace folio::cli
