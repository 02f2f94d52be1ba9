#include "load/xml_reader.hpp"

#include "i18n/unicode_text.hpp"
#include "load/whitespace.hpp"

#include <algorithm>
#include <regex>
#include <string_view>
#include <string>
#include <vector>

namespace folio::load {

namespace {
const std::vector<std::string> inline_elements = {"em", "strong", "a", "abbr", "span", "xref", "br"};

auto is_allowed_href(std::string_view href) -> bool {
    for (const std::string_view scheme : {"https://", "http://"})
        if (href.starts_with(scheme) && href.size() > scheme.size()) return true;
    if (href.starts_with("mailto:")) return href.find('@') != std::string_view::npos;
    if (href.starts_with("tel:")) {
        // Dialable characters only, so that readers and phones can use the number as written.
        const auto number = href.substr(4);
        return !number.empty() && number.find_first_not_of("0123456789+-.()") == std::string_view::npos;
    }
    return href.size() > 1 && href.front() == '#';
}

/// A link inside a link (an `a` or `xref` inside another): no reader can follow both, HTML and the
/// EPUB forbid it, and print would draw one clickable area over another.
void refuse_nested_link(xml_reader& reader, const pugi::xml_node& element) {
    for (auto outer = element.parent(); outer; outer = outer.parent()) {
        const std::string_view outer_name = outer.name();
        if (outer_name != "a" && outer_name != "xref") continue;
        reader.error(reader.position(element), "nested-link",
                     "'" + std::string(element.name()) + "' inside '" + std::string(outer_name) + "': a link cannot hold another link",
                     "move the inner one out of the outer link, or write its words as plain text");
        return;
    }
}

auto read_inline(xml_reader& reader, const pugi::xml_node& element) -> std::optional<model::inline_node> {
    const std::string name = element.name();
    const auto at = reader.position(element);
    if (name == "em" || name == "strong") {
        reader.check_attributes(element, {});
        auto children = read_inline_content(reader, element);
        if (name == "em") return model::inline_node{model::emphasis{std::move(children)}, at};
        return model::inline_node{model::strong{std::move(children)}, at};
    }
    if (name == "a" || name == "xref") refuse_nested_link(reader, element);
    if (name == "a") {
        reader.check_attributes(element, {"href"});
        const auto href = reader.required_attribute(element, "href");
        if (href && !is_allowed_href(*href)) {
            reader.error(reader.position(element.attribute("href")), "invalid-value",
                         "link target '" + *href + "' is not an http(s), mailto: or tel: address, nor '#id'",
                         "write a full address such as 'https://www.cancer.gov/', 'mailto:name@example.org' or 'tel:+18005550100'");
        } else if (href && href->front() == '#') {
            reader.add_reference({href->substr(1), reader.position(element.attribute("href")), false});
        }
        return model::inline_node{model::link{href.value_or(""), read_inline_content(reader, element), {}}, at};
    }
    if (name == "abbr") {
        reader.check_attributes(element, {"title", "spelled-out"});
        const auto expansion = reader.required_attribute(element, "title");
        bool spelled_out_in_text = false;
        if (const auto said = element.attribute("spelled-out"))
            spelled_out_in_text = reader.check_choice(said, {"true"});
        std::string value;
        for (const auto& child : element.children()) {
            if (child.type() == pugi::node_element) {
                reader.reject_element(child, element, {});
            } else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                value += child.value();
            }
        }
        model::abbreviation abbreviation;
        abbreviation.expansion = collapse_whitespace(expansion.value_or(""));
        abbreviation.value = collapse_whitespace(i18n::normalize_nfc(value));
        abbreviation.spelled_out_in_text = spelled_out_in_text;
        return model::inline_node{std::move(abbreviation), at};
    }
    if (name == "span") {
        reader.check_attributes(element, {"lang"});
        if (!element.attribute("lang")) reader.required_attribute(element, "lang");
        auto language = reader.language_attribute(element);
        return model::inline_node{model::foreign{std::move(language), read_inline_content(reader, element)}, at};
    }
    if (name == "xref") {
        reader.check_attributes(element, {"to"});
        const auto target = reader.required_attribute(element, "to");
        if (target) reader.add_reference({*target, reader.position(element.attribute("to")), true});
        return model::inline_node{model::cross_reference{target.value_or(""), read_inline_content(reader, element)}, at};
    }
    if (name == "br") {
        reader.check_attributes(element, {});
        for (const auto& child : element.children()) {
            if (child.type() == pugi::node_element) reader.reject_element(child, element, {});
            else if (!is_blank(child)) reader.reject_text(child, element);
        }
        return model::inline_node{model::line_break{}, at};
    }
    return std::nullopt;
}
/// Where `offset` (bytes into a text node) lies in the file, from where the node starts.
auto position_in_text(model::source_position start, std::string_view text, std::size_t offset) -> model::source_position {
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++start.line;
            start.column = 1;
        } else if ((c & 0xC0U) != 0x80U) {
            ++start.column;  // columns count code points: continuation bytes do not move them
        }
    }
    return start;
}

/// Markdown left in text by an author who wrote it elsewhere first: Folio reads none of it, so
/// every edition would print the asterisks and brackets. A warning each, at the mark-up.
void warn_of_markdown(xml_reader& reader, const pugi::xml_node& text) {
    struct markdown {
        std::regex pattern;
        std::vector<std::string_view> markers;  ///< one of these is in every match: checked first, cheaply
        const char* what;
        const char* instead;
    };
    static const std::vector<markdown> forms = {
        {std::regex(R"(\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__)"), {"**", "__"}, "bold", "write <strong>…</strong>"},
        {std::regex(R"(\[[^\]\n]+\]\((https?://|mailto:|tel:|#)[^)\s]*\))"), {"]("}, "a link", "write <a href=\"…\">…</a>"},
    };
    // Every text node of a book passes here: the regular expressions run only on text that has
    // their mark-up.
    const std::string_view value = text.value();
    for (const auto& form : forms) {
        if (std::none_of(form.markers.begin(), form.markers.end(),
                         [&](std::string_view m) { return value.find(m) != std::string_view::npos; }))
            continue;
        for (auto it = std::cregex_iterator(value.data(), value.data() + value.size(), form.pattern); it != std::cregex_iterator(); ++it) {
            const auto at = position_in_text(reader.text_position(text), value, static_cast<std::size_t>(it->position()));
            reader.warning(at, "markdown-in-text",
                           "'" + it->str() + "' looks like Markdown for " + form.what + ", which Folio does not read: every edition "
                               "would print it as written",
                           form.instead);
        }
    }
}
}  // namespace

void read_inline_child(xml_reader& reader, const pugi::xml_node& child, const pugi::xml_node& parent,
                       model::inlines& out) {
    switch (child.type()) {
    case pugi::node_pcdata:
    case pugi::node_cdata:
        warn_of_markdown(reader, child);
        out.push_back({model::text{i18n::normalize_nfc(child.value())}, reader.position(child)});
        break;
    case pugi::node_element:
        if (auto node = read_inline(reader, child)) {
            out.push_back(std::move(*node));
        } else {
            reader.reject_element(child, parent, inline_elements);
        }
        break;
    default:
        break;  // comments and processing instructions carry no content
    }
}

auto read_inline_content(xml_reader& reader, const pugi::xml_node& parent) -> model::inlines {
    model::inlines out;
    for (const auto& child : parent.children()) read_inline_child(reader, child, parent, out);
    return out;
}

}  // namespace folio::load
