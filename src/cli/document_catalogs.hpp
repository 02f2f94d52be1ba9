#pragma once

#include "cli/run_folio.hpp"
#include "i18n/message_catalog.hpp"
#include "model/document.hpp"

#include <map>
#include <memory>
#include <string>

namespace folio::cli {

/// Folio's own words for each document's language, each catalog opened once per run. A language
/// with no catalog of its own gets root's (English) words and a warning, once.
class document_catalogs {
public:
    [[nodiscard]] auto for_document(const model::document& doc, const environment& env) -> const i18n::message_catalog&;

private:
    std::map<std::string, std::unique_ptr<i18n::message_catalog>> catalogs_;
};

}  // namespace folio::cli
