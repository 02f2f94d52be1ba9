#pragma once

#include "model/block.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::model {

/// A calendar date as written in the content (ISO 8601), checked by the loader.
struct date {
    int year = 0;
    int month = 0;
    int day = 0;
    friend auto operator==(const date&, const date&) -> bool = default;
};

/// The medical expert named for a document, and whether they reviewed this very text.
struct expert {
    std::string name;
    std::string credentials;
    std::vector<std::string> affiliations;
    std::vector<std::string> disclosures;
    bool reviewed_this_text = false;
};

enum class translation_status { original, draft, reviewed };

/// What someone besides the authors did for a book (issue 18), as the editions name it ("Edited
/// by …") and as EPUB's MARC relator codes give it (edt, trl, ill).
enum class contributor_role { editor, translator, illustrator };

struct contributor {
    std::string name;
    contributor_role role = contributor_role::editor;
};

struct metadata {
    inlines title;
    inlines subtitle;
    std::string language;  ///< BCP 47, canonical form
    std::string identifier;
    std::string publisher;
    /// The book's ISBN as its 13 digits (an ISBN-10 converted), checked; empty for none.
    std::string isbn;
    std::string edition;  ///< a book's edition in the author's words ("Second edition"); may be empty
    std::string rights;   ///< its copyright statement ("© 2026 … All rights reserved."); may be empty
    std::vector<std::string> authors;
    std::vector<contributor> contributors;  ///< in the order written
    /// The cover image (its alt text says what it shows); the e-book's cover.
    std::optional<figure> cover;
    std::optional<model::expert> expert;
    /// First published, and last reviewed: a handout may carry only its review date, so either
    /// may be absent, but the loader accepts no document without both.
    std::optional<date> published;
    std::optional<date> last_reviewed;
    std::vector<std::string> keywords;
    translation_status translation = translation_status::original;
    std::string source_language;  ///< set unless translation is original
    bool sample = false;          ///< a sample, not medical advice: editions say so
    std::string sample_notice;    ///< the document's own words for that notice; empty: Folio's
    std::string source_note;
    std::string source_href;
};

/// One content file: a document in one language.
struct document {
    std::string name;         ///< the document's folder name, e.g. "immunotherapy"
    std::string source_path;  ///< the file it was loaded from, as given
    std::string source_digest;  ///< SHA-256 of the file's bytes, 64 lower-case hex digits: the PDF's /ID derives from it
    metadata meta;
    blocks body;
};

/// Finds the block with this id anywhere in the document (sections, lists, glossaries are
/// searched); nullptr when there is none.
auto find_block(const document& doc, std::string_view id) -> const block_node*;

/// Where the node with this id (a block, list item or glossary entry) starts in its content file,
/// for messages: an id may be one the loader derived, which the author never wrote. Line 0 when
/// no node has the id.
auto position_of_node(const document& doc, std::string_view id) -> source_position;

/// A glossary entry and the glossary that holds it.
struct glossary_entry_location {
    const glossary* owner = nullptr;
    const glossary_entry* entry = nullptr;
};

/// Finds the glossary entry with this id; both pointers are null when there is none.
auto find_glossary_entry(const document& doc, std::string_view id) -> glossary_entry_location;

}  // namespace folio::model
