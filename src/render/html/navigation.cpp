#include "render/html/navigation.hpp"

#include "render/html/xml_output.hpp"

#include <algorithm>

namespace folio::render::html {

namespace {
void link(pugi::xml_node li, const std::string& href, const std::string& text) {
    auto a = li.append_child("a");
    a.append_attribute("href") = href.c_str();
    a.text().set(text.c_str());
}

/// A nav with its heading.
auto nav(pugi::xml_node body, const char* type, const char* id, const std::string& title, const char* heading,
         bool hidden) -> pugi::xml_node {
    auto element = body.append_child("nav");
    element.append_attribute("epub:type") = type;
    element.append_attribute("id") = id;
    if (std::string_view(type) == "toc") element.append_attribute("role") = "doc-toc";
    if (std::string_view(type) == "page-list") element.append_attribute("role") = "doc-pagelist";
    const std::string heading_id = std::string(id) + "-heading";
    element.append_attribute("aria-labelledby") = heading_id.c_str();
    if (hidden) element.append_attribute("hidden") = "hidden";
    auto h = element.append_child(heading);
    h.append_attribute("id") = heading_id.c_str();
    h.text().set(title.c_str());
    return element;
}
}  // namespace

auto navigation_document(const model::document& doc, const compose::cues& cues,
                         const std::vector<toc_heading>& headings, const std::vector<landmark>& landmarks,
                         const page_markers& markers) -> std::string {
    auto document = new_xml_document();
    auto html = start_xhtml(document, doc.meta.language);
    auto head = html.append_child("head");
    head.append_child("meta").append_attribute("charset") = "utf-8";
    head.append_child("title").text().set(cues.contents().c_str());
    auto css = head.append_child("link");
    css.append_attribute("rel") = "stylesheet";
    css.append_attribute("type") = "text/css";
    css.append_attribute("href") = "style.css";
    auto body = html.append_child("body");

    // Table of contents: the title and the top-level sections side by side, deeper headings
    // nested under the heading they belong to.
    auto toc = nav(body, "toc", "toc", cues.contents(), "h1", false);
    contents_list(toc, headings);

    auto marks = nav(body, "landmarks", "landmarks", cues.landmarks(), "h2", true);
    auto marks_list = marks.append_child("ol");
    for (const auto& l : landmarks) {
        auto a = marks_list.append_child("li").append_child("a");
        a.append_attribute("epub:type") = l.type.c_str();
        a.append_attribute("href") = l.href.c_str();
        a.text().set(l.label.c_str());
    }

    bool any_page = false;
    for (std::size_t i = 0; i < markers.pages.size(); ++i) any_page = any_page || markers.placed(i);
    if (any_page) {
        auto pages = nav(body, "page-list", "page-list", cues.page_list(), "h2", true);
        auto list = pages.append_child("ol");
        for (std::size_t i = 0; i < markers.pages.size(); ++i) {
            if (!markers.placed(i)) continue;
            link(list.append_child("li"), markers.files[i] + "#" + markers.ids[i], markers.pages[i].label);
        }
    }
    return serialize(document);
}

}  // namespace folio::render::html
