#pragma once

// The output of the compose stage and the input of every edition: the document with every word
// Folio generates already written out in the document's language (cross-reference text, callout
// labels, list labels, the title block and its notices, abbreviations spelled out), glossary
// entries in the reader's alphabetical order, and each piece of inline content placed in the drawn
// text of its node (model::text_offset). Layout, the PDF, e-book and text writers read it; none of
// them builds these words again.

#include "compose/cues.hpp"
#include "model/document.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace folio::i18n {
class message_catalog;
}

namespace folio::compose {

/// The words of the title block, made once for every edition.
struct title_block {
    model::inlines title;     ///< drawn text of node "title"
    model::inlines subtitle;  ///< drawn text of node "subtitle"; may be empty
    /// The notice lines under the title in print and the e-book, in order: the sample notice, the
    /// translation notice, the publisher, the contributors, the ISBN, the medical expert and
    /// whether they reviewed this text, the last-reviewed date. All drawn text of node "meta" (one paragraph each, offsets running on).
    std::vector<model::inlines> notices;

    std::string sample_notice;       ///< empty unless the document is a sample
    std::string translation_notice;  ///< empty for an original
    std::string publisher;           ///< "Publisher: …"; empty without a publisher
    std::string expert;              ///< "Dr X, MD"; empty without an expert
    std::vector<std::string> expert_affiliations;  ///< one line each
    std::vector<std::string> expert_disclosures;   ///< one line each
    std::string expert_review;       ///< whether the expert reviewed this very text
    std::string last_reviewed;       ///< the short last-reviewed line; empty when never reviewed
    /// A book's contributors besides its authors, one line per role in the order roles first
    /// appear ("Edited by A and B"); and its ISBN ("ISBN 9780306406157"), empty without one.
    std::vector<std::string> contributors;
    std::string isbn;
    /// The facts a listener hears after the notices, one line each: language, publisher, authors,
    /// publication date, last review, keywords, source.
    std::vector<std::string> details;

    std::string authors;   ///< the authors as a list in the document's language (PDF Author)
    std::string keywords;  ///< the keywords joined by the language's separator (PDF Keywords)
};

/// A document ready for the editions. Made only by compose::resolve, so holding one proves its
/// words are resolved.
class resolved_document {
public:
    /// The content, with generated words as text (see the file comment).
    [[nodiscard]] auto doc() const -> const model::document& { return doc_; }
    [[nodiscard]] auto title() const -> const title_block& { return title_; }
    /// A printed page number in the document's digits ("3", "٣").
    [[nodiscard]] auto page_label(std::int64_t page) const -> std::string;
    /// The page furniture: "Page 3 of 9", in the document's language and digits.
    [[nodiscard]] auto page_footer(std::int64_t page, std::int64_t pages) const -> std::string;
    /// How many cross-references the document has (print names their targets' pages).
    [[nodiscard]] auto cross_references() const -> std::size_t { return cross_references_; }
    /// In print, what follows a cross-reference: the page its target is on (", page 5").
    [[nodiscard]] auto page_reference(std::int64_t page) const -> std::string;
    /// What goes between a label and its value ("Dose: ", "剂量："): a stacked table's header and cell.
    [[nodiscard]] auto label_separator() const -> std::string;
    /// The words one edition says about the content's shape (announcements, navigation names).
    [[nodiscard]] auto cues() const -> const compose::cues& { return cues_; }
    /// Every language the text is in: the document's first, then those of blocks and phrases
    /// (`lang`), each once, in reading order.
    [[nodiscard]] auto languages() const -> const std::vector<std::string>& { return languages_; }

private:
    friend auto resolve(model::document doc, const i18n::message_catalog& messages) -> resolved_document;
    resolved_document(model::document doc, const i18n::message_catalog& messages)
        : doc_(std::move(doc)), messages_(&messages), cues_(messages) {}

    model::document doc_;
    title_block title_;
    const i18n::message_catalog* messages_;  ///< outlives the document (one per language and run)
    compose::cues cues_;
    std::size_t cross_references_ = 0;
    std::vector<std::string> languages_;
};

/// Resolves every generated word of `doc` with `messages` (the catalog of the document's
/// language). Throws i18n::catalog_error when a message is missing or malformed.
auto resolve(model::document doc, const i18n::message_catalog& messages) -> resolved_document;

/// The catalog's name for a callout kind ("tip", "warning", "ask-your-care-team"), the selector of
/// the callout messages.
auto callout_kind_key(model::callout_kind kind) -> std::string;

}  // namespace folio::compose
