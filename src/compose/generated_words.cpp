#include "compose/generated_words.hpp"

#include "base/overloaded.hpp"
#include "compose/locale_words.hpp"
#include "model/walk.hpp"

#include <algorithm>

namespace folio::compose {

reference_targets::reference_targets(const model::document& doc) {
    model::walk_blocks(doc.body, [&](const model::block_node& node) {
        blocks.emplace(node.id, &node);
        if (const auto* g = std::get_if<model::glossary>(&node.value))
            for (const auto& entry : g->entries) entries.emplace(entry.id, model::glossary_entry_location{g, &entry});
        return false;
    });
}

auto cross_reference_words(const reference_targets& targets, const model::cross_reference& ref,
                           const i18n::message_catalog& messages) -> std::string {
    if (const auto found = targets.entries.find(ref.target_id); found != targets.entries.end()) {
        const auto& [owner, entry] = found->second;
        const std::string term = model::plain_text(entry->term);
        if (owner->title.empty()) return messages.format("xref_glossary_entry_untitled", {{"term", term}});
        return messages.format("xref_glossary_entry", {{"term", term}, {"glossary", model::plain_text(owner->title)}});
    }
    const auto found = targets.blocks.find(ref.target_id);
    if (found == targets.blocks.end()) return ref.target_id;  // the loader refuses this; stay readable anyway
    const auto* target = found->second;
    // Only sections, tables, figures and glossaries have words to be referred to by; the loader
    // refuses references to anything else.
    return std::visit(
        overloaded{
            [&](const model::section& b) { return messages.format("xref_section", {{"title", model::plain_text(b.title)}}); },
            [&](const model::table& b) { return messages.format("xref_table", {{"caption", model::plain_text(b.caption)}}); },
            [&](const model::figure& b) { return messages.format("xref_figure", {{"caption", model::plain_text(b.caption)}}); },
            [&](const model::glossary& b) { return messages.format("xref_glossary", {{"title", model::plain_text(b.title)}}); },
            [&](const model::paragraph&) { return ref.target_id; },
            [&](const model::list&) { return ref.target_id; },
            [&](const model::callout&) { return ref.target_id; },
            [&](const model::page_break&) { return ref.target_id; },
        },
        target->value);
}

auto title_block_words(const model::document& doc, const i18n::message_catalog& messages) -> title_block {
    const auto& meta = doc.meta;
    const std::string& lang = meta.language;
    title_block out;
    if (meta.sample) out.sample_notice = meta.sample_notice.empty() ? messages.format("sample_notice") : meta.sample_notice;
    if (meta.translation != model::translation_status::original) {
        const auto key = meta.translation == model::translation_status::draft ? "draft_translation_notice" : "reviewed_translation_notice";
        out.translation_notice = messages.format(
            key, {{"language", language_name(meta.source_language, lang, messages, i18n::name_position::middle_of_sentence)}});
    }
    if (meta.expert) {
        const auto& e = *meta.expert;
        out.expert = e.credentials.empty() ? messages.format("meta_expert", {{"name", e.name}})
                                           : messages.format("meta_expert_with_credentials", {{"name", e.name}, {"credentials", e.credentials}});
        for (const auto& affiliation : e.affiliations)
            out.expert_affiliations.push_back(messages.format("meta_affiliation", {{"affiliation", affiliation}}));
        for (const auto& disclosure : e.disclosures)
            out.expert_disclosures.push_back(messages.format("meta_disclosure", {{"disclosure", disclosure}}));
        out.expert_review = messages.format("meta_expert_review", {{"reviewed", std::string(e.reviewed_this_text ? "yes" : "no")}});
    }
    if (meta.last_reviewed) out.last_reviewed = messages.format("last_reviewed_short", {{"date", long_date(*meta.last_reviewed, lang, messages)}});

    if (!meta.authors.empty()) out.authors = and_list(meta.authors, lang, messages);
    // One line per role, in the order the roles first appear, the names joined as the language
    // joins a list.
    std::vector<model::contributor_role> roles;
    for (const auto& c : meta.contributors)
        if (std::find(roles.begin(), roles.end(), c.role) == roles.end()) roles.push_back(c.role);
    for (const auto role : roles) {
        std::vector<std::string> names;
        for (const auto& c : meta.contributors)
            if (c.role == role) names.push_back(c.name);
        const char* key = role == model::contributor_role::editor ? "editor" : role == model::contributor_role::translator ? "translator" : "illustrator";
        out.contributors.push_back(messages.format("meta_contributors", {{"role", std::string(key)}, {"names", and_list(names, lang, messages)}}));
    }
    if (!meta.isbn.empty()) out.isbn = messages.format("meta_isbn", {{"isbn", meta.isbn}});
    const std::string separator = messages.format("list_separator");
    for (const auto& keyword : meta.keywords) out.keywords += (out.keywords.empty() ? "" : separator) + keyword;

    auto& details = out.details;
    details.push_back(messages.format("meta_language", {{"language", language_name(lang, lang, messages)}}));
    if (!meta.publisher.empty()) {
        out.publisher = messages.format("meta_publisher", {{"publisher", meta.publisher}});
        details.push_back(out.publisher);
    }
    if (!meta.authors.empty())
        details.push_back(messages.format("meta_authors", {{"count", static_cast<std::int64_t>(meta.authors.size())}, {"names", out.authors}}));
    for (const auto& line : out.contributors) details.push_back(line);
    if (!meta.edition.empty()) details.push_back(meta.edition);
    if (!out.isbn.empty()) details.push_back(out.isbn);
    if (!meta.rights.empty()) details.push_back(meta.rights);
    if (meta.published)
        details.push_back(messages.format("meta_published", {{"date", long_date(*meta.published, lang, messages)}}));
    if (meta.last_reviewed)
        details.push_back(messages.format("meta_last_reviewed", {{"date", long_date(*meta.last_reviewed, lang, messages)}}));
    if (!meta.keywords.empty()) details.push_back(messages.format("meta_keywords", {{"keywords", out.keywords}}));
    if (!meta.source_note.empty()) {
        details.push_back(meta.source_href.empty()
                              ? messages.format("meta_source", {{"source", meta.source_note}})
                              : messages.format("meta_source_with_link", {{"source", meta.source_note}, {"url", meta.source_href}}));
    }
    return out;
}

}  // namespace folio::compose
