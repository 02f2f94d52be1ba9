#pragma once

// Internal to compose: the words Folio writes itself, from the content and the catalog.

#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"

#include <map>
#include <string>

namespace folio::compose {

/// Every block and glossary entry of a document by id, found in one walk: what cross-references
/// point at.
struct reference_targets {
    explicit reference_targets(const model::document& doc);
    std::map<std::string, const model::block_node*, std::less<>> blocks;
    std::map<std::string, model::glossary_entry_location, std::less<>> entries;
};

/// The words that stand for an empty cross-reference: `the section “Side effects”`, `the table
/// “…”`, `“antigen” in “Words to know”`, in the document's language.
auto cross_reference_words(const reference_targets& targets, const model::cross_reference& ref,
                           const i18n::message_catalog& messages) -> std::string;

/// The title block's words (title_block::title, subtitle and notices are left to the caller).
auto title_block_words(const model::document& doc, const i18n::message_catalog& messages) -> title_block;

}  // namespace folio::compose
