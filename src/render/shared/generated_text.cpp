#include "render/shared/generated_text.hpp"

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

auto callout_kind_key(model::callout_kind kind) -> std::string {
    switch (kind) {
    case model::callout_kind::tip: return "tip";
    case model::callout_kind::warning: return "warning";
    case model::callout_kind::ask_your_care_team: return "ask-your-care-team";
    }
    return "tip";
}

}  // namespace folio::render
