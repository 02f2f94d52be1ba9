#pragma once

#include "i18n/message_catalog.hpp"
#include "model/document.hpp"

#include <string>
#include <vector>

namespace folio::render {

/// The words that stand for an empty cross-reference: `the section “Side effects”`, `the table
/// “…”`, `“antigen” in “Words to know”`, in the document's language.
auto cross_reference_text(const model::document& doc, const model::cross_reference& ref,
                          const i18n::message_catalog& messages) -> std::string;

/// The words of an inline run as every edition shows them, without markup: abbreviations as
/// written, empty cross-references as their generated words, line breaks as spaces. For
/// tables of contents, bookmarks and titles.
auto display_text(const model::document& doc, const model::inlines& run, const i18n::message_catalog& messages)
    -> std::string;

/// The catalog's name for a callout kind ("tip", "warning", "ask-your-care-team"), as used by
/// the select messages.
auto callout_kind_key(model::callout_kind kind) -> std::string;

/// The notice lines under the title that the brochure, large print and the EPUB show, in this
/// order: the sample notice, the translation notice, the medical expert and whether they reviewed
/// this text, the last-reviewed date. Each edition shows the same words, so a page that begins in
/// them begins at the same word in print and in the EPUB.
auto title_block_notices(const model::document& doc, const i18n::message_catalog& messages) -> std::vector<std::string>;

}  // namespace folio::render
