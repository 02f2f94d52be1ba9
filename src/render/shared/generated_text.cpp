#include "render/shared/generated_text.hpp"

#include "i18n/date_format.hpp"
#include "i18n/language_tag.hpp"

#include <type_traits>

namespace folio::render {

auto cross_reference_text(const model::document& doc, const model::cross_reference& ref,
                          const i18n::message_catalog& messages) -> std::string {
    if (const auto found = model::find_glossary_entry(doc, ref.target_id); found.entry != nullptr) {
        const std::string term = model::plain_text(found.entry->term);
        if (found.owner->title.empty()) return messages.format("xref_glossary_entry_untitled", {{"term", term}});
        return messages.format("xref_glossary_entry", {{"term", term}, {"glossary", model::plain_text(found.owner->title)}});
    }
    const auto* target = model::find_block(doc, ref.target_id);
    if (target == nullptr) return ref.target_id;  // the loader refuses this; stay readable anyway
    return std::visit(
        [&](const auto& b) -> std::string {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, model::section>) {
                return messages.format("xref_section", {{"title", model::plain_text(b.title)}});
            } else if constexpr (std::is_same_v<T, model::table>) {
                return messages.format("xref_table", {{"caption", model::plain_text(b.caption)}});
            } else if constexpr (std::is_same_v<T, model::figure>) {
                return messages.format("xref_figure", {{"caption", model::plain_text(b.caption)}});
            } else if constexpr (std::is_same_v<T, model::glossary>) {
                return messages.format("xref_glossary", {{"title", model::plain_text(b.title)}});
            } else {
                return ref.target_id;
            }
        },
        target->value);
}

namespace {
void append_display_text(const model::document& doc, const model::inlines& run, const i18n::message_catalog& messages,
                         std::string& out) {
    for (const auto& node : run) {
        std::visit(
            [&](const auto& n) {
                using T = std::decay_t<decltype(n)>;
                if constexpr (std::is_same_v<T, model::text>) {
                    out += n.value;
                } else if constexpr (std::is_same_v<T, model::abbreviation>) {
                    out += n.value;
                } else if constexpr (std::is_same_v<T, model::cross_reference>) {
                    if (n.children.empty()) out += cross_reference_text(doc, n, messages);
                    else append_display_text(doc, n.children, messages, out);
                } else if constexpr (std::is_same_v<T, model::line_break>) {
                    out += ' ';
                } else {
                    append_display_text(doc, n.children, messages, out);
                }
            },
            node.value);
    }
}
}  // namespace

auto display_text(const model::document& doc, const model::inlines& run, const i18n::message_catalog& messages)
    -> std::string {
    std::string out;
    append_display_text(doc, run, messages, out);
    return out;
}

auto callout_kind_key(model::callout_kind kind) -> std::string {
    switch (kind) {
    case model::callout_kind::tip: return "tip";
    case model::callout_kind::warning: return "warning";
    case model::callout_kind::ask_your_care_team: return "ask-your-care-team";
    }
    return "tip";
}

auto title_block_notices(const model::document& doc, const i18n::message_catalog& messages) -> std::vector<std::string> {
    const auto& meta = doc.meta;
    std::vector<std::string> lines;
    if (meta.sample) lines.push_back(messages.format("sample_notice"));
    if (meta.translation != model::translation_status::original) {
        const auto key = meta.translation == model::translation_status::draft ? "draft_translation_notice" : "reviewed_translation_notice";
        lines.push_back(messages.format(key, {{"language", i18n::language_display_name(meta.source_language, meta.language,
                                                                                        i18n::name_position::middle_of_sentence)}}));
    }
    if (meta.expert) {
        const auto& e = *meta.expert;
        lines.push_back((e.credentials.empty() ? messages.format("meta_expert", {{"name", e.name}})
                                               : messages.format("meta_expert_with_credentials", {{"name", e.name}, {"credentials", e.credentials}})) +
                        " " + messages.format("meta_expert_review", {{"reviewed", std::string(e.reviewed_this_text ? "yes" : "no")}}));
    }
    if (meta.last_reviewed)
        lines.push_back(messages.format("last_reviewed_short", {{"date", i18n::format_long_date(*meta.last_reviewed, meta.language)}}));
    return lines;
}

}  // namespace folio::render
