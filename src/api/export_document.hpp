#pragma once

#include "api/editions.hpp"
#include "folio/engine.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::api {

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
                    const std::vector<const edition*>& chosen, const print_setups& print,
                    const std::filesystem::path& out_dir, std::optional<std::int64_t> source_date_epoch,
                    const model::braille_style* braille = nullptr);

    /// How many groups there are to make.
    [[nodiscard]] auto groups() const -> std::size_t { return groups_.size(); }
    /// Makes the editions of one group in memory; groups may be made concurrently.
    void make_group(std::size_t group);
    /// Writes the editions made (or none, after a content error) into `report`: the paths written,
    /// and every edition's diagnostics in the order of `chosen`.
    void finish(file_report& report);
    /// Edition `i` of `chosen` as made, in memory and not written: its bytes (nothing when it
    /// could not be made), diagnostics and status.
    auto take(std::size_t i) -> edition_result;

private:
    struct made_edition {
        std::filesystem::path path;
        std::optional<std::string> bytes;     ///< nothing: not made (content errors or a failure)
        std::vector<diagnostic> diagnostics;
        std::string failure;                  ///< an edition_failure's cause
        bool content_errors = false;
    };
    /// "the 'E' edition of 'F' is not written to 'P' (cause) [edition-failed]"
    auto edition_error(std::size_t i, const std::string& cause) const -> diagnostic;

    const print_setups& print_;
    const model::braille_style* braille_;
    std::vector<const edition*> chosen_;
    compose::resolved_document resolved_;
    std::int64_t epoch_;
    std::vector<std::vector<std::size_t>> groups_;  ///< indices into chosen_
    std::vector<made_edition> made_;                ///< one per chosen edition
};

/// Makes every chosen edition of one document in memory, then writes them (document_export, on
/// this thread).
auto export_document(const model::document& doc, const i18n::message_catalog& catalog,
                     const std::vector<const edition*>& chosen, const print_setups& print,
                     const std::filesystem::path& out_dir, std::optional<std::int64_t> source_date_epoch,
                     const model::braille_style* braille = nullptr) -> file_report;

}  // namespace folio::api
