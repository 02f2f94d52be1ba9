#include "render/text/text_writer.hpp"

#include <type_traits>

namespace folio::render::text {

namespace {
auto strip_prefix(std::string_view s, std::string_view prefix) -> std::string {
    return std::string(s.starts_with(prefix) ? s.substr(prefix.size()) : s);
}
}  // namespace

auto text_writer::inline_text(const model::inlines& run) -> std::string {
    std::string out;
    for (const auto& node : run) append_inline(node, out);
    return out;
}

void text_writer::append_inline(const model::inline_node& node, std::string& out) {
    std::visit(
        [&](const auto& n) {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, model::text>) {
                out += n.value;
            } else if constexpr (std::is_same_v<T, model::abbreviation>) {
                // Expanded the first time a listener meets it; after that the short form is enough.
                if (expanded_abbreviations_.insert(n.value).second) {
                    out += messages_.format("abbreviation_first_use", {{"abbreviation", n.value}, {"expansion", n.expansion}});
                } else {
                    out += n.value;
                }
            } else if constexpr (std::is_same_v<T, model::link>) {
                const std::string label = inline_text(n.children);
                if (n.href.starts_with("#")) {
                    out += label;  // a place in this text: the words themselves say where
                } else if (n.href.starts_with("tel:")) {
                    const auto number = strip_prefix(n.href, "tel:");
                    out += label == number ? number : messages_.format("link_phone", {{"text", label}, {"number", number}});
                } else if (n.href.starts_with("mailto:")) {
                    const auto address = strip_prefix(n.href, "mailto:");
                    out += label == address ? address : messages_.format("link_email", {{"text", label}, {"address", address}});
                } else {
                    out += label == n.href || label.empty() ? n.href : messages_.format("link", {{"text", label}, {"url", n.href}});
                }
            } else if constexpr (std::is_same_v<T, model::cross_reference>) {
                out += n.children.empty() ? cross_reference_text(n) : inline_text(n.children);
            } else if constexpr (std::is_same_v<T, model::line_break>) {
                out += '\n';
            } else {
                out += inline_text(n.children);  // emphasis, strong, foreign: heard as plain words
            }
        },
        node.value);
}

auto text_writer::cross_reference_text(const model::cross_reference& ref) -> std::string {
    if (const auto found = model::find_glossary_entry(doc_, ref.target_id); found.entry != nullptr) {
        const std::string term = model::plain_text(found.entry->term);
        if (found.owner->title.empty()) return messages_.format("xref_glossary_entry_untitled", {{"term", term}});
        return messages_.format("xref_glossary_entry", {{"term", term}, {"glossary", model::plain_text(found.owner->title)}});
    }
    const auto* target = model::find_block(doc_, ref.target_id);
    if (target == nullptr) return ref.target_id;  // the loader refuses this; stay readable anyway
    return std::visit(
        [&](const auto& b) -> std::string {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, model::section>) {
                return messages_.format("xref_section", {{"title", model::plain_text(b.title)}});
            } else if constexpr (std::is_same_v<T, model::table>) {
                return messages_.format("xref_table", {{"caption", model::plain_text(b.caption)}});
            } else if constexpr (std::is_same_v<T, model::figure>) {
                return messages_.format("xref_figure", {{"caption", model::plain_text(b.caption)}});
            } else if constexpr (std::is_same_v<T, model::glossary>) {
                return messages_.format("xref_glossary", {{"title", model::plain_text(b.title)}});
            } else {
                return ref.target_id;
            }
        },
        target->value);
}

}  // namespace folio::render::text
