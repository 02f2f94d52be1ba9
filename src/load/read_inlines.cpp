#include "load/xml_reader.hpp"

#include "i18n/unicode_text.hpp"
#include "load/whitespace.hpp"

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
        reader.check_attributes(element, {"title"});
        const auto expansion = reader.required_attribute(element, "title");
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
}  // namespace

void read_inline_child(xml_reader& reader, const pugi::xml_node& child, const pugi::xml_node& parent,
                       model::inlines& out) {
    switch (child.type()) {
    case pugi::node_pcdata:
    case pugi::node_cdata:
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
