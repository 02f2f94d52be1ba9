#include "laid_out.hpp"

#include "layout/font_set.hpp"
#include "layout/layout_document.hpp"

#include "i18n/message_catalog.hpp"
#include "load/load_document.hpp"
#include "support/shipped_style.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>

namespace folio::layout::testing {

auto lay_out(const model::document& doc, const std::string& edition) -> laid_out {
    laid_out out;
    const auto style = folio::testing::shipped_style(edition);
    if (!style) return out;
    // Catalogs are read once per language: the stress tests lay out hundreds of documents.
    static std::map<std::string, std::unique_ptr<i18n::message_catalog>> catalogs;
    auto& catalog = catalogs[doc.meta.language];
    if (!catalog) catalog = std::make_unique<i18n::message_catalog>(FOLIO_MESSAGES_DIR, doc.meta.language);
    const font_set fonts(*style, folio::testing::repository_fonts(), doc.meta.language);
    out.resolved.emplace(compose::resolve(doc, *catalog));
    model::diagnostics sink;
    out.pages = layout_document(*out.resolved, *style, fonts, sink);
    for (const auto& d : sink.all())
        if (folio::testing::says_something_wrong(d)) ADD_FAILURE() << model::format_diagnostic(d);
    if (!out.pages.pages.empty()) out.column_height = out.pages.pages.front().height - style->margin_top - style->margin_bottom;
    return out;
}

auto shipped_handout(const std::string& language) -> std::optional<model::document> {
    model::diagnostics sink;
    auto doc = load::load_document(std::filesystem::path(FOLIO_SOURCE_DIR) / "content/immunotherapy" / (language + ".xml"), sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    if (!doc || sink.has_errors()) return std::nullopt;
    return doc;
}

}  // namespace folio::layout::testing
