#pragma once

#include "cli/commands.hpp"
#include "cli/editions.hpp"

#include <map>
#include <string_view>
#include <vector>

namespace folio::cli {

/// Makes every chosen edition of one document in memory, then writes them. A content error in
/// any edition (diagnostics with errors) writes none of them, so every output of the file keeps
/// its previous version; an edition that cannot be made or written for another reason (a
/// model::edition_failure from layout or a writer, an output that cannot be written) fails alone,
/// reported as "folio: error: the 'E' edition of 'F' is not written to 'P' (cause)
/// [edition-failed]", and the document's other editions are still written. Anything else
/// (i18n::catalog_error, a bug) propagates.
auto export_document(const model::document& doc, const i18n::message_catalog& catalog,
                     const std::vector<const edition*>& chosen, const std::map<std::string_view, print_setup>& print,
                     const export_options& options, const environment& env) -> exit_code;

}  // namespace folio::cli
