#pragma once

// The words an edition says about the shape of the content rather than the content itself: the
// screen reader's announcements ("Table: Doses, 3 rows, 2 columns"), how it reads a link out, the
// e-book's navigation names and accessibility summary. Each is said by one edition only, but they
// are still Folio's words in the document's language, so they are made here, from the catalog,
// behind typed functions: no writer touches the catalog or a message key.

#include "model/block.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio::i18n {
class message_catalog;
}

namespace folio::compose {

/// One sentence of the e-book's accessibility summary (schema:accessibilitySummary).
enum class summary_sentence { conformance, navigation, images, tables, page_list, languages, text_size };

class cues {
public:
    /// `messages` is the catalog of the document's language and must outlive this object.
    explicit cues(const i18n::message_catalog& messages) : messages_(&messages) {}

    // The screen-reader edition.
    [[nodiscard]] auto heading(int level, std::string_view title) const -> std::string;
    [[nodiscard]] auto list_start(bool numbered, std::int64_t items) const -> std::string;
    [[nodiscard]] auto table_start(std::string_view caption, std::int64_t rows, std::int64_t columns) const -> std::string;
    [[nodiscard]] auto table_row(std::int64_t row, std::int64_t rows) const -> std::string;
    [[nodiscard]] auto table_cell(std::string_view header, std::string_view value) const -> std::string;
    /// A cell whose column has no header: named by its number (from 1).
    [[nodiscard]] auto table_cell_unlabelled(std::int64_t column, std::string_view value) const -> std::string;
    [[nodiscard]] auto table_end() const -> std::string;
    [[nodiscard]] auto image(std::string_view alt) const -> std::string;
    [[nodiscard]] auto caption(std::string_view caption) const -> std::string;
    /// `title` may be empty.
    [[nodiscard]] auto callout_start(model::callout_kind kind, std::string_view title) const -> std::string;
    [[nodiscard]] auto callout_end(model::callout_kind kind) const -> std::string;
    [[nodiscard]] auto glossary_start(std::int64_t entries) const -> std::string;
    [[nodiscard]] auto glossary_entry(std::string_view term, std::string_view definition) const -> std::string;
    /// A link read out with its address, its phone number or its e-mail address.
    [[nodiscard]] auto link(std::string_view text, std::string_view url) const -> std::string;
    [[nodiscard]] auto link_phone(std::string_view text, std::string_view number) const -> std::string;
    /// Said before a block in another language than the document's ("In Spanish:"), so that a
    /// listener, or a screen reader that cannot tell from plain text, knows the switch.
    /// `reader_language`: the document's language, in which the language is named.
    [[nodiscard]] auto block_language(std::string_view language, std::string_view reader_language) const -> std::string;
    [[nodiscard]] auto link_email(std::string_view text, std::string_view address) const -> std::string;

    // The braille edition.
    [[nodiscard]] auto braille_transcribed() const -> std::string;  ///< on the title page
    /// The number of a preliminary page (the title page, the contents): "p1" (BANA).
    [[nodiscard]] auto braille_preliminary_page(std::int64_t page) const -> std::string;
    /// A transcriber's note standing for text in a language no braille table can write.
    [[nodiscard]] auto braille_untranscribed(std::string_view language, std::string_view reader_language) const -> std::string;

    // The e-book's navigation and package.
    [[nodiscard]] auto contents() const -> std::string;           ///< the table of contents' title
    [[nodiscard]] auto landmarks() const -> std::string;          ///< the landmarks list's title
    [[nodiscard]] auto page_list() const -> std::string;          ///< the page list's title
    [[nodiscard]] auto landmark_contents() const -> std::string;
    [[nodiscard]] auto landmark_start() const -> std::string;
    [[nodiscard]] auto landmark_cover() const -> std::string;    ///< also the cover page's title
    [[nodiscard]] auto landmark_glossary() const -> std::string;  ///< also an untitled glossary's name
    [[nodiscard]] auto skip_to_content() const -> std::string;    ///< the web page's skip link
    [[nodiscard]] auto summary(summary_sentence sentence) const -> std::string;
    /// The sentences of a summary, joined as the language joins sentences.
    [[nodiscard]] auto join_sentences(const std::vector<std::string>& sentences) const -> std::string;

private:
    const i18n::message_catalog* messages_;
};

}  // namespace folio::compose
