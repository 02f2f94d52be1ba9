#include "layout/inline_spans.hpp"

#include "base/overloaded.hpp"

namespace folio::layout {

namespace {
/// `words_at`: where generated words (a cross-reference's target title) are found in the content:
/// at the reference.
void flatten(const model::inlines& run, const text_style& style, const span_context& context,
             std::vector<styled_span>& out, const model::source_position* words_at = nullptr) {
    auto add = [&](const std::string& text, const text_style& s, std::size_t offset, const model::source_position* from,
                   bool address = false) {
        if (text.empty()) return;
        if (!out.empty() && out.back().style == s && out.back().text != "\n" && text != "\n" && !address &&
            !out.back().address && out.back().offset + out.back().text.size() == offset) {
            if (from != nullptr) out.back().sources.emplace_back(out.back().text.size(), *from);
            out.back().text += text;  // merge neighbours that look alike: fewer, longer runs
        } else {
            out.push_back({text, s, offset, address});
            if (from != nullptr) out.back().sources.emplace_back(0, *from);
        }
    };
    for (const auto& node : run) {
        text_style s = style;
        const model::source_position* from = &node.position;
        std::visit(overloaded{
                       [&](const model::text& n) { add(n.value, s, n.offset, n.generated ? words_at : from); },
                       [&](const model::emphasis& n) {
                           (context.emphasis_is_bold ? s.bold : s.italic) = true;
                           flatten(n.children, s, context, out, words_at);
                       },
                       [&](const model::strong& n) {
                           s.bold = true;
                           flatten(n.children, s, context, out, words_at);
                       },
                       [&](const model::link& n) {
                           if (n.href.starts_with("#")) s.link_target = n.href.substr(1);
                           else s.href = n.href;
                           flatten(n.children, s, context, out, words_at);
                           // On paper the address follows the words, and links there too.
                           add(n.printed_address.value, s, n.printed_address.offset, from, true);
                       },
                       [&](const model::foreign& n) {
                           s.language = n.language;
                           flatten(n.children, s, context, out, words_at);
                       },
                       [&](const model::abbreviation& n) { add(n.value, s, n.offset, from); },  // as written
                       [&](const model::cross_reference& n) {
                           s.link_target = n.target_id;
                           flatten(n.children, s, context, out, from);
                           // A glossary term in running text is not sent to another page: the
                           // glossary is in alphabetical order, and a page number mid-sentence
                           // would break the sentence.
                           const std::string page =
                               context.page_of_target && !n.to_glossary_entry ? context.page_of_target(n.target_id) : "";
                           if (!page.empty()) {
                               text_style plain = style;  // not part of the link: the words before it are
                               const std::size_t at = out.empty() ? 0 : out.back().offset + out.back().text.size();
                               styled_span words{page, plain, at};
                               words.source = page_furniture_source;
                               out.push_back(std::move(words));
                           }
                       },
                       [&](const model::line_break& n) { add("\n", s, n.offset, from); },
                   },
                   node.value);
    }
}
}  // namespace

auto styled_span::source_at(std::size_t at) const -> std::optional<model::source_position> {
    std::optional<model::source_position> found;
    for (const auto& [start, position] : sources)
        if (start <= at) found = position;
    return found;
}

auto flatten_inlines(const model::inlines& run, const text_style& base, const span_context& context)
    -> std::vector<styled_span> {
    std::vector<styled_span> out;
    flatten(run, base, context, out);
    return out;
}

}  // namespace folio::layout
