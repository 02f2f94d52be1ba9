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

void print(const model::diagnostics& sink, const environment& env, loaded_content& result) {
    for (const auto& d : sink.sorted()) {
        *env.err << model::format_diagnostic(d) << '\n';
        (d.level == model::severity::error ? result.errors : result.warnings)++;
    }
}

/// The source of a translation: loaded already, or read now from beside it (so that checking
/// one translated file alone still compares it with its source). Nothing when it has errors.
auto find_source(const model::document& translation, const std::vector<model::document>& loaded)
    -> std::optional<model::document> {
    for (const auto& doc : loaded)
        if (doc.name == translation.name && doc.meta.language == translation.meta.source_language) return doc;
    const auto file = std::filesystem::path(translation.source_path).parent_path() / (translation.meta.source_language + ".xml");
    if (!std::filesystem::exists(file)) return std::nullopt;
    model::diagnostics quiet;  // the source's own problems are reported when it is checked itself
    auto source = load::load_document(file, quiet);
    if (!source || quiet.has_errors()) return std::nullopt;
    return source;
}

/// Checks each translation against its source; a translation whose structure differs is
/// dropped from the output like any file with errors.
void check_translations(loaded_content& result, const environment& env) {
    std::vector<bool> broken(result.documents.size(), false);
    for (std::size_t i = 0; i < result.documents.size(); ++i) {
        const auto& doc = result.documents[i];
        if (doc.meta.translation == model::translation_status::original) continue;
        const auto source = find_source(doc, result.documents);
        if (!source) continue;
        model::diagnostics sink;
        load::check_translation_parity(*source, doc, sink);
        print(sink, env, result);
        broken[i] = sink.has_errors();
    }
    std::vector<model::document> kept;
    for (std::size_t i = 0; i < result.documents.size(); ++i) {
        if (broken[i]) result.status = worse(result.status, exit_code::content_error);
        else kept.push_back(std::move(result.documents[i]));
    }
    result.documents = std::move(kept);
}

auto has_code_family(const model::diagnostics& sink, std::initializer_list<std::string_view> codes) -> bool {
    return std::any_of(sink.all().begin(), sink.all().end(), [&](const model::diagnostic& d) {
        return std::find(codes.begin(), codes.end(), d.code) != codes.end();
    });
}
}  // namespace

auto load_content(const std::vector<std::filesystem::path>& paths, const std::vector<std::string>& languages,
                  const environment& env) -> loaded_content {
    loaded_content result;
    model::diagnostics discovery;
    const auto sources = load::discover_documents(paths, discovery);
    if (discovery.has_errors()) result.status = worse(result.status, exit_code::input_error);
    print(discovery, env, result);

    std::vector<std::string> wanted;
    for (const auto& language : languages) wanted.push_back(canonical_language(language));
    std::vector<std::string> matched;

    for (const auto& source : sources) {
        for (const auto& file : source.files) {
            const auto file_language = canonical_language(file.stem().string());
            if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), file_language) == wanted.end()) continue;
            matched.push_back(file_language);
            ++result.files;
            model::diagnostics sink;
            auto doc = load::load_document(file, sink);
            print(sink, env, result);
            if (has_code_family(sink, {"unreadable-file"})) {
                result.status = worse(result.status, exit_code::input_error);
            } else if (!doc || sink.has_errors()) {
                result.status = worse(result.status, exit_code::content_error);
            } else {
                doc->name = source.name;
                result.documents.push_back(std::move(*doc));
            }
        }
    }
    check_translations(result, env);
    for (const auto& language : wanted) {
        if (std::find(matched.begin(), matched.end(), language) == matched.end()) {
            *env.err << "folio: error: no content file for language '" << language << "' [no-content]\n";
            result.status = worse(result.status, exit_code::input_error);
        }
    }
    return result;
}

}  // namespace folio::cli
