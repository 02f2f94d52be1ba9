#include "render/html/web_page.hpp"

#include "render/html/content_documents.hpp"
#include "render/html/content_plan.hpp"
#include "render/html/stylesheet.hpp"
#include "render/html/xml_output.hpp"

#include <pugixml.hpp>

namespace folio::render::html {

auto write_web_page(const compose::resolved_document& resolved, const web_options& options) -> std::string {
    const auto& doc = resolved.doc();
    const auto& cues = resolved.cues();
    // One page: every link to a part of the document is "#id" on it.
    auto plan = plan_single_page(doc, "");
    page_markers no_page_markers;
    xhtml_writer writer(resolved, plan, no_page_markers, html_flavour::web);
    const auto& page = plan.files.front();

    pugi::xml_document document;
    auto html = start_html(document, doc.meta.language);
    auto head = html.append_child("head");
    head.append_child("meta").append_attribute("charset") = "utf-8";
    auto viewport = head.append_child("meta");
    viewport.append_attribute("name") = "viewport";
    viewport.append_attribute("content") = "width=device-width, initial-scale=1";
    head.append_child("title").text().set(model::plain_text(resolved.title().title).c_str());
    const model::style default_style;
    head.append_child("style").text().set(web_stylesheet(options.style != nullptr ? *options.style : default_style).c_str());

    auto body = html.append_child("body");
    const std::string main_id = fresh_id(plan, "main");
    auto skip = body.append_child("a");
    skip.append_attribute("class") = "skip-link";
    skip.append_attribute("href") = ("#" + main_id).c_str();
    skip.text().set(cues.skip_to_content().c_str());

    writer.write_title_block(body.append_child("header"), page);
    // The contents come before the text they list; they are filled once the headings are known.
    auto nav = body.append_child("nav");
    nav.append_attribute("class") = "contents";
    const std::string nav_heading = fresh_id(plan, "contents-heading");
    nav.append_attribute("aria-labelledby") = nav_heading.c_str();
    auto h2 = nav.append_child("h2");
    h2.append_attribute("id") = nav_heading.c_str();
    h2.text().set(cues.contents().c_str());
    auto main = body.append_child("main");
    main.append_attribute("id") = main_id.c_str();
    // Focusable by script only, so that following the skip link moves the keyboard there too.
    main.append_attribute("tabindex") = "-1";
    writer.write_blocks(main, page);

    std::vector<toc_heading> sections;
    for (const auto& h : writer.headings())
        if (h.level > 1) sections.push_back(h);  // the title is the banner's, above the contents
    // A page without sections has nothing to list: no "Contents" heading over an empty list.
    if (sections.empty()) body.remove_child(nav);
    else contents_list(nav, sections);
    return serialize_html(document);
}

}  // namespace folio::render::html
