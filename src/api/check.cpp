// engine::check: what export would find, nothing written.
#include "api/engine_state.hpp"

#include "api/load_content.hpp"
#include "api/public_diagnostics.hpp"
#include "i18n/message_catalog.hpp"

namespace folio {

auto engine::check(const std::vector<std::filesystem::path>& paths) const -> check_report {
    check_report report;
    if (const auto note = state_->data_note()) report.diagnostics.push_back(*note);
    const auto found = api::find_content(paths, {});
    report.result = found.result;
    api::append(report.diagnostics, found.diagnostics);
    std::vector<model::document> documents;
    for (const auto& file : found.files) {
        ++report.files;
        auto loaded = api::load_content_file(file);
        report.result = worse(report.result, loaded.result);
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
