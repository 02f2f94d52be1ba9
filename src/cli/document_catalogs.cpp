#include "cli/document_catalogs.hpp"

#include "i18n/language_tag.hpp"

#include <ostream>

namespace folio::cli {

auto document_catalogs::for_document(const model::document& doc, const environment& env) -> const i18n::message_catalog& {
    auto& catalog = catalogs_[doc.meta.language];
    if (!catalog) {
        catalog = std::make_unique<i18n::message_catalog>(env.catalog_directory, doc.meta.language);
        // Root holds English: a reader of another language would get English cues.
        if (catalog->actual_locale() == "root" && !i18n::same_language(doc.meta.language, "en", i18n::tag_match::primary_language))
            *env.err << doc.source_path << ": warning: Folio has no message catalog for '" << doc.meta.language
                     << "'; its own words (headings cues, notices) will be in English [missing-catalog]\n";
    }
    return *catalog;
}

}  // namespace folio::cli
