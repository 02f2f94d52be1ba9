// engine::check: what export would find, nothing written.
#include "api/engine_state.hpp"

#include "api/editions.hpp"
#include "api/load_content.hpp"
#include "api/public_diagnostics.hpp"
#include "api/review_figures.hpp"
#include "api/review_limits.hpp"
#include "i18n/message_catalog.hpp"
#include "review/document_review.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace folio {

namespace {

/// The author report of one loaded document: its findings merged into the file's diagnostics in
/// line order, its figures added to the report.
void review_file(const model::document& doc, const review::review_limits& limits, const review::common_words& common,
                 std::vector<diagnostic>& file_diagnostics, check_report& report) {
    auto reviewed = review::review_document(doc, limits, &common);
    model::diagnostics findings;
    for (auto& d : reviewed.findings) findings.add(std::move(d));
    reviewed.findings.clear();
    api::append(file_diagnostics, api::to_public(findings));
    // Line order within each file, the files in the order they came (a translation's diagnostics
    // about its source come after its own): a strict weak order, as stable_sort needs.
    std::vector<std::string> files;
    for (const auto& d : file_diagnostics)
        if (std::find(files.begin(), files.end(), d.file) == files.end()) files.push_back(d.file);
    const auto key = [&](const diagnostic& d) {
        return std::tuple(std::find(files.begin(), files.end(), d.file) - files.begin(), d.line, d.column);
    };
    std::stable_sort(file_diagnostics.begin(), file_diagnostics.end(),
                     [&](const diagnostic& a, const diagnostic& b) { return key(a) < key(b); });
    report.reviews.push_back(api::to_public(reviewed, doc.source_path, limits));
}

}  // namespace

auto engine::check(const std::vector<std::filesystem::path>& paths) const -> check_report { return check(paths, {}); }

auto engine::check(const std::vector<std::filesystem::path>& paths, const check_options& options) const -> check_report {
    check_report report;
    std::map<std::filesystem::path, review_limits> folder_limits;  // each folio-check.conf read once
    if (const auto note = state_->data_note()) report.diagnostics.push_back(*note);
    const auto found = api::find_content(paths, {});
    report.result = found.result;
    api::append(report.diagnostics, found.diagnostics);
    std::vector<model::document> documents;
    for (const auto& file : found.files) {
        ++report.files;
        auto loaded = api::load_content_file(file);
        report.result = worse(report.result, loaded.result);
        if (options.review && loaded.document) {
            const auto folder = file.path.parent_path();
            auto known = folder_limits.find(folder);
            if (known == folder_limits.end()) {
                std::vector<diagnostic> problems;
                known = folder_limits.emplace(folder, api::read_limits_file(folder, problems)).first;
                if (!problems.empty()) report.result = worse(report.result, status::content_error);
                api::append(report.diagnostics, std::move(problems));
            }
            review_file(*loaded.document, api::effective_limits(options.limits, known->second),
                        *state_->common_words(loaded.document->meta.language), loaded.diagnostics, report);
        }
        // What export would say of an edition that cannot exist in the document's language.
        if (loaded.document)
            for (const auto& e : api::all_editions())
                if (auto why = api::unavailable_edition(e, *loaded.document, false)) loaded.diagnostics.push_back(std::move(*why));
        api::append(report.diagnostics, std::move(loaded.diagnostics));
        if (loaded.document) documents.push_back(std::move(*loaded.document));
    }
    // The print editions laid out as export lays them out: what only layout finds (a character
    // no font of a style can draw) is found here too, so that check and export agree.
    std::vector<const api::print_setup*> setups;
    for (const auto& e : api::all_editions()) {
        if (!e.print || !e.render) continue;
        const auto& style = state_->style(e.name);
        api::append(report.diagnostics, style.diagnostics);
        if (style.setup) setups.push_back(&*style.setup);
        else report.result = worse(report.result, style.failure);
    }
    // The braille style is read as export reads it: its errors are found before an export.
    const auto& editions = api::all_editions();
    if (std::any_of(editions.begin(), editions.end(), [](const api::edition& e) { return e.braille && e.render; })) {
        const auto& braille = state_->braille_style();
        api::append(report.diagnostics, braille.diagnostics);
        if (!braille.style) report.result = worse(report.result, braille.failure);
    }
    try {
        for (const auto& doc : documents) {
            const auto resolved = compose::resolve(doc, state_->catalogs.for_document(doc, report.diagnostics));
            for (const auto* setup : setups) {
                const auto laid = setup->lay_out(resolved);
                api::append(report.diagnostics, api::to_public(laid.problems));
                if (laid.problems.has_errors()) report.result = worse(report.result, status::content_error);
            }
        }
    } catch (const i18n::catalog_error& error) {
        report.diagnostics.push_back(api::run_error(error.what()));
        report.result = status::installation;
    }
    return report;
}

}  // namespace folio
