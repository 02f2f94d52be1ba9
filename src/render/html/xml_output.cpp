#include "render/html/xml_output.hpp"

#include "i18n/language_tag.hpp"

#include <set>
#include <sstream>
#include <string_view>
#include <vector>

namespace folio::render::html {

namespace {
/// Elements that hold other elements only (in what this writer builds), never running text.
auto is_structural(std::string_view name) -> bool {
    static const std::set<std::string_view> names = {
        "html", "head", "body", "header", "main", "section", "div", "nav", "ol", "ul", "li", "table", "thead", "tbody", "tr",
        "figure", "aside", "dl", "dd", "package", "metadata", "manifest", "spine", "container", "rootfiles"};
    return names.contains(name);
}

auto holds_text(const pugi::xml_node& node) -> bool {
    for (const auto& child : node.children()) {
        if (child.type() != pugi::node_pcdata) continue;
        if (std::string_view(child.value()).find_first_not_of(" \n\t") != std::string_view::npos) return true;
    }
    return false;
}

void indent(pugi::xml_node node, int depth) {
    for (auto child = node.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element) indent(child, depth + 1);
    if (!is_structural(node.name()) || holds_text(node) || !node.first_child()) return;
    const std::string inner = "\n" + std::string(static_cast<std::size_t>(depth + 1) * 2, ' ');
    for (auto child = node.first_child(); child;) {
        const auto next = child.next_sibling();
        node.insert_child_before(pugi::node_pcdata, child).set_value(inner.c_str());
        child = next;
    }
    node.append_child(pugi::node_pcdata).set_value(("\n" + std::string(static_cast<std::size_t>(depth) * 2, ' ')).c_str());
}
}  // namespace

auto start_xhtml(pugi::xml_document& doc, const std::string& language) -> pugi::xml_node {
    doc.append_child(pugi::node_doctype).set_value("html");
    auto html = doc.append_child("html");
    html.append_attribute("xmlns") = "http://www.w3.org/1999/xhtml";
    html.append_attribute("xmlns:epub") = "http://www.idpf.org/2007/ops";
    html.append_attribute("lang") = language.c_str();
    html.append_attribute("xml:lang") = language.c_str();
    if (i18n::is_right_to_left(language)) html.append_attribute("dir") = "rtl";
    return html;
}

auto start_html(pugi::xml_document& doc, const std::string& language) -> pugi::xml_node {
    doc.append_child(pugi::node_doctype).set_value("html");
    auto html = doc.append_child("html");
    html.append_attribute("lang") = language.c_str();
    if (i18n::is_right_to_left(language)) html.append_attribute("dir") = "rtl";
    return html;
}

namespace {
/// HTML's void elements: written as `<br />`, never closed.
auto is_void(std::string_view name) -> bool {
    static const std::set<std::string_view> names = {"area", "base", "br", "col", "embed", "hr", "img",
                                                     "input", "link", "meta", "source", "track", "wbr"};
    return names.contains(name);
}

/// Gives every empty element that is not void an empty text, so that pugixml closes it.
void close_empty_elements(pugi::xml_node node) {
    for (auto child = node.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element) close_empty_elements(child);
    if (node.type() == pugi::node_element && !node.first_child() && !is_void(node.name()))
        node.append_child(pugi::node_pcdata);
}
}  // namespace

auto serialize_html(pugi::xml_document& doc) -> std::string {
    // The style sheets' text is taken out and put back after serializing, unescaped.
    std::vector<std::string> styles;
    for (auto style : doc.select_nodes("//style")) {
        auto element = style.node();
        styles.push_back(element.child_value());
        element.remove_children();
        element.text().set(("folio-style-" + std::to_string(styles.size() - 1) + "-goes-here").c_str());
    }
    close_empty_elements(doc);
    std::string text = serialize(doc);
    for (std::size_t i = 0; i < styles.size(); ++i) {
        const std::string placeholder = "folio-style-" + std::to_string(i) + "-goes-here";
        const auto at = text.find(placeholder);
        if (at != std::string::npos) text.replace(at, placeholder.size(), "\n" + styles[i]);
    }
    return text;
}

auto new_xml_document() -> pugi::xml_document {
    pugi::xml_document doc;
    auto declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    return doc;
}

auto serialize(pugi::xml_document& doc) -> std::string {
    for (auto child = doc.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element) indent(child, 0);
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    std::string text = out.str();
    // format_raw puts everything on one line: the declaration, doctype and root each get their own.
    std::string result;
    bool in_prolog = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        result += text[i];
        if (in_prolog && text[i] == '>' && i + 1 < text.size() && text[i + 1] == '<') {
            result += '\n';
            if (text.compare(i + 1, 2, "<?") != 0 && text.compare(i + 1, 2, "<!") != 0) in_prolog = false;
        }
    }
    if (!result.ends_with('\n')) result += '\n';
    return result;
}

}  // namespace folio::render::html
