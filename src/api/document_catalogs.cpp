#include "api/document_catalogs.hpp"

#include "i18n/language_tag.hpp"


namespace folio::api {

auto document_catalogs::for_document(const model::document& doc, std::vector<diagnostic>& found) -> const i18n::message_catalog& {
    const i18n::message_catalog* catalog = nullptr;
    {
        const std::lock_guard lock(mutex_);
        auto& opened = catalogs_[doc.meta.language];
        if (!opened) opened = std::make_unique<i18n::message_catalog>(directory_, doc.meta.language);
        catalog = opened.get();
    }
    // Root holds English: a reader of another language would get English cues.
    if (catalog->actual_locale() == "root" && !i18n::same_language(doc.meta.language, "en", i18n::tag_match::primary_language))
        found.push_back({severity::warning, "missing-catalog", doc.source_path, 0, 0,
                         "Folio has no message catalog for '" + doc.meta.language +
                             "'; its own words (headings cues, notices) will be in English",
                         {}});
    return *catalog;
}

}  // namespace folio::api
