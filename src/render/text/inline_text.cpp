#include "render/text/text_writer.hpp"

#include "render/shared/generated_text.hpp"

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
                out += n.children.empty() ? render::cross_reference_text(doc_, n, messages_) : inline_text(n.children);
            } else if constexpr (std::is_same_v<T, model::line_break>) {
                out += '\n';
            } else {
                out += inline_text(n.children);  // emphasis, strong, foreign: heard as plain words
            }
        },
        node.value);
}

}  // namespace folio::render::text
