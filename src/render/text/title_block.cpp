#include "render/text/text_writer.hpp"

#include "i18n/date_format.hpp"
#include "i18n/language_tag.hpp"
#include "i18n/list_format.hpp"

namespace folio::render::text {

void text_writer::title_block() {
    const auto& meta = doc_.meta;
    const std::string& lang = meta.language;
    // The title and subtitle come first: they are what a listener hears on opening the file.
    std::string head = inline_text(meta.title);
    if (!meta.subtitle.empty()) head += '\n' + inline_text(meta.subtitle);
    emit(std::move(head), 0);

    // Notices that change how the whole text should be taken come before anything else.
    if (meta.sample) emit(messages_.format("sample_notice"));
    if (meta.translation != model::translation_status::original) {
        const auto key = meta.translation == model::translation_status::draft ? "draft_translation_notice"
                                                                              : "reviewed_translation_notice";
        emit(messages_.format(key, {{"language", i18n::language_display_name(meta.source_language, lang,
                                                                             i18n::name_position::middle_of_sentence)}}));
    }

    std::vector<std::string> lines;
    lines.push_back(messages_.format("meta_language", {{"language", i18n::language_display_name(lang, lang)}}));
    if (!meta.publisher.empty()) lines.push_back(messages_.format("meta_publisher", {{"publisher", meta.publisher}}));
    if (!meta.authors.empty()) {
        lines.push_back(messages_.format("meta_authors", {{"count", static_cast<std::int64_t>(meta.authors.size())},
                                                          {"names", i18n::format_list(meta.authors, lang)}}));
    }
    lines.push_back(messages_.format("meta_published", {{"date", i18n::format_long_date(meta.published, lang)}}));
    if (meta.last_reviewed) {
        lines.push_back(messages_.format("meta_last_reviewed", {{"date", i18n::format_long_date(*meta.last_reviewed, lang)}}));
    }
    if (!meta.keywords.empty()) {
        std::string keywords;
        const std::string separator = messages_.format("list_separator");
        for (const auto& keyword : meta.keywords) keywords += (keywords.empty() ? "" : separator) + keyword;
        lines.push_back(messages_.format("meta_keywords", {{"keywords", keywords}}));
    }
    if (!meta.source_note.empty()) {
        lines.push_back(meta.source_href.empty()
                            ? messages_.format("meta_source", {{"source", meta.source_note}})
                            : messages_.format("meta_source_with_link", {{"source", meta.source_note}, {"url", meta.source_href}}));
    }
    std::string block;
    for (const auto& line : lines) block += (block.empty() ? "" : "\n") + line;
    emit(std::move(block));

    if (meta.expert) {
        const auto& expert = *meta.expert;
        std::string lines_of_expert =
            expert.credentials.empty()
                ? messages_.format("meta_expert", {{"name", expert.name}})
                : messages_.format("meta_expert_with_credentials", {{"name", expert.name}, {"credentials", expert.credentials}});
        for (const auto& affiliation : expert.affiliations)
            lines_of_expert += '\n' + messages_.format("meta_affiliation", {{"affiliation", affiliation}});
        for (const auto& disclosure : expert.disclosures)
            lines_of_expert += '\n' + messages_.format("meta_disclosure", {{"disclosure", disclosure}});
        lines_of_expert += '\n' + messages_.format("meta_expert_review",
                                                   {{"reviewed", std::string(expert.reviewed_this_text ? "yes" : "no")}});
        emit(std::move(lines_of_expert));
    }
}

}  // namespace folio::render::text
