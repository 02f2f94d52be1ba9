#include "layout/inline_spans.hpp"

#include "render/shared/generated_text.hpp"

#include <type_traits>

namespace folio::layout {

namespace {
void flatten(const model::inlines& run, const text_style& style, const span_context& context,
             std::vector<styled_span>& out) {
    auto add = [&](std::string text, const text_style& s) {
        if (text.empty()) return;
        if (!out.empty() && out.back().style == s && out.back().text != "\n" && text != "\n") {
            out.back().text += text;  // merge neighbours that look alike: fewer, longer runs
        } else {
            out.push_back({std::move(text), s});
        }
    };
    for (const auto& node : run) {
        std::visit(
            [&](const auto& n) {
                using T = std::decay_t<decltype(n)>;
                text_style s = style;
                if constexpr (std::is_same_v<T, model::text>) {
                    add(n.value, s);
                } else if constexpr (std::is_same_v<T, model::emphasis>) {
                    (context.emphasis_is_bold ? s.bold : s.italic) = true;
                    flatten(n.children, s, context, out);
                } else if constexpr (std::is_same_v<T, model::strong>) {
                    s.bold = true;
                    flatten(n.children, s, context, out);
                } else if constexpr (std::is_same_v<T, model::link>) {
                    if (n.href.starts_with("#")) s.link_target = n.href.substr(1);
                    else s.href = n.href;
                    flatten(n.children, s, context, out);
                } else if constexpr (std::is_same_v<T, model::foreign>) {
                    s.language = n.language;
                    flatten(n.children, s, context, out);
                } else if constexpr (std::is_same_v<T, model::abbreviation>) {
                    add(n.value, s);
                } else if constexpr (std::is_same_v<T, model::cross_reference>) {
                    s.link_target = n.target_id;
                    if (n.children.empty()) add(render::cross_reference_text(context.doc, n, context.messages), s);
                    else flatten(n.children, s, context, out);
                } else if constexpr (std::is_same_v<T, model::line_break>) {
                    add("\n", s);
                }
            },
            node.value);
    }
}
}  // namespace

auto flatten_inlines(const model::inlines& run, const text_style& base, const span_context& context)
    -> std::vector<styled_span> {
    std::vector<styled_span> out;
    flatten(run, base, context, out);
    return out;
}

}  // namespace folio::layout
