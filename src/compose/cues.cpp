#include "compose/cues.hpp"

#include "compose/locale_words.hpp"
#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"

namespace folio::compose {

namespace {
auto text(std::string_view s) -> std::string { return std::string(s); }
}  // namespace

auto cues::heading(int level, std::string_view title) const -> std::string {
    return messages_->format("heading", {{"level", std::int64_t{level}}, {"title", text(title)}});
}
auto cues::list_start(bool numbered, std::int64_t items) const -> std::string {
    return messages_->format(numbered ? "list_numbered" : "list_bulleted", {{"count", items}});
}
auto cues::table_start(std::string_view caption, std::int64_t rows, std::int64_t columns) const -> std::string {
    return messages_->format("table_start", {{"caption", text(caption)}, {"rows", rows}, {"columns", columns}});
}
auto cues::table_row(std::int64_t row, std::int64_t rows) const -> std::string {
    return messages_->format("table_row", {{"row", row}, {"rows", rows}});
}
auto cues::table_cell(std::string_view header, std::string_view value) const -> std::string {
    return messages_->format("table_cell", {{"header", text(header)}, {"value", text(value)}});
}
auto cues::table_cell_unlabelled(std::int64_t column, std::string_view value) const -> std::string {
    return messages_->format("table_cell_unlabelled", {{"column", column}, {"value", text(value)}});
}
auto cues::table_end() const -> std::string { return messages_->format("table_end"); }
auto cues::image(std::string_view alt) const -> std::string { return messages_->format("image", {{"alt", text(alt)}}); }
auto cues::caption(std::string_view caption) const -> std::string {
    return messages_->format("caption", {{"caption", text(caption)}});
}
auto cues::callout_start(model::callout_kind kind, std::string_view title) const -> std::string {
    return title.empty() ? messages_->format("callout_start", {{"kind", callout_kind_key(kind)}})
                         : messages_->format("callout_start_titled", {{"kind", callout_kind_key(kind)}, {"title", text(title)}});
}
auto cues::callout_end(model::callout_kind kind) const -> std::string {
    return messages_->format("callout_end", {{"kind", callout_kind_key(kind)}});
}
auto cues::glossary_start(std::int64_t entries) const -> std::string {
    return messages_->format("glossary_start", {{"count", entries}});
}
auto cues::glossary_entry(std::string_view term, std::string_view definition) const -> std::string {
    return messages_->format("glossary_entry", {{"term", text(term)}, {"definition", text(definition)}});
}
auto cues::link(std::string_view label, std::string_view url) const -> std::string {
    return messages_->format("link", {{"text", text(label)}, {"url", text(url)}});
}
auto cues::link_phone(std::string_view label, std::string_view number) const -> std::string {
    return messages_->format("link_phone", {{"text", text(label)}, {"number", text(number)}});
}
auto cues::block_language(std::string_view language, std::string_view reader_language) const -> std::string {
    return messages_->format(
        "block_language",
        {{"language", language_name(language, reader_language, *messages_, i18n::name_position::middle_of_sentence)}});
}
auto cues::link_email(std::string_view label, std::string_view address) const -> std::string {
    return messages_->format("link_email", {{"text", text(label)}, {"address", text(address)}});
}

auto cues::braille_transcribed() const -> std::string { return messages_->format("braille_transcribed"); }
auto cues::braille_preliminary_page(std::int64_t page) const -> std::string {
    return messages_->format("braille_preliminary_page", {{"page", page}});
}
auto cues::braille_untranscribed(std::string_view language, std::string_view reader_language) const -> std::string {
    return messages_->format(
        "braille_untranscribed",
        {{"language", language_name(language, reader_language, *messages_, i18n::name_position::middle_of_sentence)}});
}

auto cues::contents() const -> std::string { return messages_->format("contents"); }
auto cues::landmarks() const -> std::string { return messages_->format("nav_landmarks"); }
auto cues::page_list() const -> std::string { return messages_->format("nav_page_list"); }
auto cues::landmark_contents() const -> std::string { return messages_->format("landmark_toc"); }
auto cues::landmark_start() const -> std::string { return messages_->format("landmark_start"); }
auto cues::landmark_cover() const -> std::string { return messages_->format("landmark_cover"); }
auto cues::landmark_glossary() const -> std::string { return messages_->format("landmark_glossary"); }
auto cues::skip_to_content() const -> std::string { return messages_->format("skip_to_content"); }

auto cues::summary(summary_sentence sentence) const -> std::string {
    switch (sentence) {
    case summary_sentence::conformance: return messages_->format("a11y_summary_conformance");
    case summary_sentence::navigation: return messages_->format("a11y_summary_navigation");
    case summary_sentence::images: return messages_->format("a11y_summary_images");
    case summary_sentence::tables: return messages_->format("a11y_summary_tables");
    case summary_sentence::page_list: return messages_->format("a11y_summary_page_list");
    case summary_sentence::languages: return messages_->format("a11y_summary_languages");
    case summary_sentence::text_size: return messages_->format("a11y_summary_text_size");
    }
    return {};
}

auto cues::join_sentences(const std::vector<std::string>& sentences) const -> std::string {
    const std::string separator = messages_->format("sentence_separator");
    std::string out;
    for (const auto& s : sentences) out += (out.empty() ? "" : separator) + s;
    return out;
}

}  // namespace folio::compose
