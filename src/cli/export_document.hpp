#pragma once

#include "cli/commands.hpp"
#include "cli/editions.hpp"

#include <cstdint>
#include <exception>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::cli {

/// The export of one document, in steps that may run on different threads: each group of
/// editions (those that share a layout: the brochure and the e-book; each other edition alone) is
/// made by `make_group`, the groups concurrently if wanted, and `finish` then writes them all or
/// none.
///
/// A content error in any edition (diagnostics with errors) writes none of them, so every output
/// of the file keeps its previous version; an edition that cannot be made or written for another
/// reason (a model::edition_failure from layout or a writer, an output that cannot be written)
/// fails alone, reported as "folio: error: the 'E' edition of 'F' is not written to 'P' (cause)
/// [edition-failed]", and the document's other editions are still written. Anything else
/// (i18n::catalog_error, a bug) propagates from `make_group`.
class document_export {
public:
    document_export(model::document doc, const i18n::message_catalog& catalog,
                    const std::vector<const edition*>& chosen, const std::map<std::string_view, print_setup>& print,
                    const export_options& options, std::optional<std::int64_t> source_date_epoch);

    /// How many groups there are to make.
    [[nodiscard]] auto groups() const -> std::size_t { return groups_.size(); }
    /// Makes the editions of one group in memory; groups may be made concurrently.
    void make_group(std::size_t group);
    /// Writes the editions made (or none, after a content error), printing the paths written to
    /// `out` and every edition's diagnostics, in the order of `chosen`, to `err`.
    auto finish(std::ostream& out, std::ostream& err) -> exit_code;

private:
    struct made_edition {
        std::filesystem::path path;
        std::optional<std::string> bytes;  ///< nothing: not made (content errors or a failure)
        std::string messages;              ///< its diagnostics, formatted
        std::string failure;               ///< an edition_failure's cause
        bool content_errors = false;
    };
    const std::map<std::string_view, print_setup>& print_;
    std::vector<const edition*> chosen_;
    compose::resolved_document resolved_;
    std::int64_t epoch_;
    std::vector<std::vector<std::size_t>> groups_;  ///< indices into chosen_
    std::vector<made_edition> made_;                ///< one per chosen edition
};

/// Makes every chosen edition of one document in memory, then writes them (document_export, on
/// this thread), printing to env.out and env.err.
auto export_document(const model::document& doc, const i18n::message_catalog& catalog,
                     const std::vector<const edition*>& chosen, const std::map<std::string_view, print_setup>& print,
                     const export_options& options, const environment& env) -> exit_code;

}  // namespace folio::cli
