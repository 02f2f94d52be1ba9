#include "render/html/content_documents.hpp"

#include "i18n/language_tag.hpp"
#include "base/overloaded.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace folio::render::html {

namespace {
auto is_inline(std::string_view name) -> bool {
    static const std::set<std::string_view> names = {"a", "em", "strong", "abbr", "span", "dfn"};
    return names.contains(name);
}

void append_text(pugi::xml_node parent, std::string_view text) {
    if (!text.empty()) parent.append_child(pugi::node_pcdata).set_value(std::string(text).c_str());
}

}  // namespace

void xhtml_writer::set_language(pugi::xml_node element, const std::string& language) {
    if (language.empty()) return;
    element.append_attribute("lang") = language.c_str();
    if (flavour_ == html_flavour::epub) element.append_attribute("xml:lang") = language.c_str();
    const bool rtl = i18n::is_right_to_left(language);
    if (rtl != right_to_left_) element.append_attribute("dir") = rtl ? "rtl" : "ltr";
    right_to_left_ = rtl;
}

void xhtml_writer::inlines(pugi::xml_node parent, const model::inlines& run, const std::string& key) {
    for (const auto& node : run) {
        std::visit(overloaded{
                       [&](const model::text& n) { text(parent, n.value, key, n.offset); },
                       [&](const model::emphasis& n) { inlines(parent.append_child("em"), n.children, key); },
                       [&](const model::strong& n) { inlines(parent.append_child("strong"), n.children, key); },
                       [&](const model::link& n) {
                           auto a = parent.append_child("a");
                           const std::string href = n.href.starts_with("#") ? href_to(plan_, file_, n.href.substr(1)) : n.href;
                           a.append_attribute("href") = href.c_str();
                           // A phone number reads left to right in any paragraph: dir isolates it,
                           // so Arabic does not reverse its digit groups (as print does too).
                           if (n.href.starts_with("tel:") && right_to_left_) a.append_attribute("dir") = "ltr";
                           inlines(a, n.children, key);
                       },
                       [&](const model::abbreviation& n) {
                           // As written, as in print; the expansion is the element's title.
                           auto abbr = parent.append_child("abbr");
                           abbr.append_attribute("title") = n.expansion.c_str();
                           text(abbr, n.value, key, n.offset);
                       },
                       [&](const model::foreign& n) {
                           auto span = parent.append_child("span");
                           const bool saved = right_to_left_;
                           set_language(span, n.language);
                           inlines(span, n.children, key);
                           right_to_left_ = saved;
                       },
                       [&](const model::cross_reference& n) {
                           auto a = parent.append_child("a");
                           if (n.to_glossary_entry) {
                               set_epub_type(a, "glossref");
                               a.append_attribute("role") = "doc-glossref";
                           }
                           a.append_attribute("href") = href_to(plan_, file_, n.target_id).c_str();
                           inlines(a, n.children, key);  // the author's words, or compose's
                       },
                       [&](const model::line_break&) { parent.append_child("br"); },
                   },
                   node.value);
    }
}

auto xhtml_writer::marker(pugi::xml_node parent, pugi::xml_node before, std::size_t page) -> pugi::xml_node {
    auto span = before ? parent.insert_child_before("span", before) : parent.append_child("span");
    const auto& id = markers_.ids.at(page);
    set_epub_type(span, "pagebreak");
    span.append_attribute("role") = "doc-pagebreak";
    span.append_attribute("id") = id.c_str();
    // Its name is the printed page number. A title, not aria-label: checkers that do not know
    // DPUB-ARIA's roles (axe-core outside Ace) take aria-label on a span for a prohibited name;
    // both give the same accessible name.
    span.append_attribute("title") = markers_.pages.at(page).label.c_str();
    markers_.files.at(page) = file_;
    return span;
}

void xhtml_writer::markers_at_start(pugi::xml_node parent, pugi::xml_node before, const std::string& key) {
    const auto found = markers_.by_node.find(key);
    if (found == markers_.by_node.end()) return;
    for (const auto page : found->second)
        if (!markers_.placed(page) && markers_.pages.at(page).text_offset == 0) marker(parent, before, page);
}

void xhtml_writer::text(pugi::xml_node parent, const std::string& value, const std::string& key, std::size_t offset) {
    if (std::find(keys_in_file_.begin(), keys_in_file_.end(), key) == keys_in_file_.end()) keys_in_file_.push_back(key);
    std::size_t written = 0;
    if (const auto found = markers_.by_node.find(key); found != markers_.by_node.end()) {
        for (const auto page : found->second) {
            if (markers_.placed(page)) continue;
            const auto at = markers_.pages.at(page).text_offset;
            if (at >= offset + value.size()) break;
            const std::size_t cut = at > offset ? at - offset : 0;
            if (cut > written) {
                append_text(parent, std::string_view(value).substr(written, cut - written));
                written = cut;
            }
            // At the very start of an inline element (a link, emphasis), the marker goes before
            // the element rather than inside it.
            pugi::xml_node container = parent;
            pugi::xml_node before;
            if (written == 0 && !parent.first_child()) {
                for (auto element = parent; is_inline(element.name());) {
                    before = element;
                    container = element.parent();
                    if (container.first_child() != element) break;
                    element = container;
                }
            }
            marker(container, before, page);
        }
    }
    append_text(parent, std::string_view(value).substr(written));
    markers_.last_parent[key] = parent;
}

}  // namespace folio::render::html
