#include "render/text/text_writer.hpp"

#include "base/overloaded.hpp"

#include <algorithm>
#include <utility>

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
    std::visit(overloaded{
                   [&](const model::text& n) {
                       // The suffix an expanded abbreviation took along ("NSAIDs (…)") is said once.
                       out += std::string_view(n.value).substr(std::min(std::exchange(skip_suffix_, 0), n.value.size()));
                   },
                   [&](const model::abbreviation& n) {
                       // Spelled out the first time a listener meets it, unless the author's words
                       // around it already do; after that the short form is enough.
                       const bool first = expanded_abbreviations_.insert(n.value).second;
                       if (first && !n.spelled_out_in_text) {
                           out += n.spelled_out;
                           skip_suffix_ = n.suffix.size();
                       } else {
                           out += n.value;
                       }
                   },
                   [&](const model::link& n) {
                       const std::string label = inline_text(n.children);
                       if (n.href.starts_with("#")) {
                           out += label;  // a place in this text: the words themselves say where
                       } else if (n.words_say_address) {
                           out += label;  // "1-800-555-0100", "ClinicalTrials.gov": nothing to add
                       } else if (n.href.starts_with("tel:")) {
                           out += cues_.link_phone(label, strip_prefix(n.href, "tel:"));
                       } else if (n.href.starts_with("mailto:")) {
                           out += cues_.link_email(label, strip_prefix(n.href, "mailto:"));
                       } else {
                           out += label.empty() ? n.href : cues_.link(label, n.href);
                       }
                   },
                   [&](const model::cross_reference& n) { out += inline_text(n.children); },  // the author's words, or compose's
                   [&](const model::line_break&) { out += '\n'; },
                   // Emphasis, strong and foreign phrases are heard as plain words.
                   [&](const model::emphasis& n) { out += inline_text(n.children); },
                   [&](const model::strong& n) { out += inline_text(n.children); },
                   [&](const model::foreign& n) { out += inline_text(n.children); },
               },
               node.value);
}

}  // namespace folio::render::text
