#include "api/load_content.hpp"

#include "api/public_diagnostics.hpp"
#include "i18n/language_tag.hpp"
#include "load/content_discovery.hpp"
#include "load/load_document.hpp"
#include "load/translation_parity.hpp"

#include <algorithm>

namespace folio::api {

namespace {
auto canonical_language(const std::string& tag) -> std::string {
    const auto check = i18n::check_language_tag(tag);
    return check.valid ? check.canonical : tag;
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

/// What loading gave, checked: an unreadable file is an input error, a file with errors (or a
/// translation whose structure differs from its source's) a content error.
auto finish_loading(std::optional<model::document> doc, const model::diagnostics& sink, const content_file& file)
    -> loaded_file {
    loaded_file result;
    result.diagnostics = to_public(sink);
    if (has_code(sink, "unreadable-file")) {
        result.result = status::input_error;
        return result;
    }
    if (!doc || sink.has_errors()) {
        result.result = status::content_error;
        return result;
    }
    doc->name = file.document;
    if (doc->meta.translation != model::translation_status::original) {
        if (const auto source = find_source(*doc)) {
            model::diagnostics parity;
            load::check_translation_parity(*source, *doc, parity);
            append(result.diagnostics, to_public(parity));
            if (parity.has_errors()) {
                result.result = status::content_error;
                return result;
            }
        }
    }
    result.document = std::move(doc);
    return result;
}
}  // namespace

auto find_content(const std::vector<std::filesystem::path>& paths, const std::vector<std::string>& languages)
    -> found_content {
    found_content found;
    model::diagnostics discovery;
    const auto sources = load::discover_documents(paths, discovery);
    if (discovery.has_errors()) found.result = status::input_error;
    found.diagnostics = to_public(discovery);

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

auto missing_language_errors(const found_content& found) -> std::vector<diagnostic> {
    std::vector<diagnostic> out;
    for (const auto& language : found.missing_languages)
        out.push_back(run_error("no content file for language '" + language + "'", "no-content"));
    return out;
}

auto load_content_file(const content_file& file) -> loaded_file {
    model::diagnostics sink;
    auto doc = load::load_document(file.path, sink);
    return finish_loading(std::move(doc), sink, file);
}

auto load_content_bytes(std::string_view xml, const content_file& file) -> loaded_file {
    model::diagnostics sink;
    auto doc = load::load_document_from_bytes(std::string(xml), file.path, sink);
    return finish_loading(std::move(doc), sink, file);
}

}  // namespace folio::api
