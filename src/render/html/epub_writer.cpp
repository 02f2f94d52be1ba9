#include "render/html/epub_writer.hpp"

#include "model/walk.hpp"
#include "render/html/accessibility.hpp"
#include "render/html/content_documents.hpp"
#include "render/html/content_plan.hpp"
#include "render/html/identifier.hpp"
#include "render/html/navigation.hpp"
#include "render/html/package_document.hpp"
#include "render/html/stylesheet.hpp"
#include "render/html/zip_container.hpp"

#include <algorithm>

namespace folio::render::html {

namespace {
auto first_glossary_id(const model::document& doc) -> std::string {
    std::string id;
    model::walk_blocks(doc.body, [&](const model::block_node& node) {
        if (std::holds_alternative<model::glossary>(node.value)) id = node.id;
        return !id.empty();
    });
    return id;
}

auto prepare_markers(const std::vector<page_mark>& pages, content_plan& plan, const model::document& doc,
                     model::diagnostics& sink) -> page_markers {
    page_markers markers;
    markers.pages = pages;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        markers.ids.push_back(fresh_id(plan, "page-" + std::to_string(i + 1)));
        markers.files.emplace_back();
        if (pages[i].node_id.empty()) {
            sink.warning("page-not-marked", doc.source_path, {},
                         "printed page " + pages[i].label + " has no text to mark its start in the e-book");
            continue;
        }
        markers.by_node[pages[i].node_id].push_back(i);
    }
    for (auto& [node, list] : markers.by_node)
        std::stable_sort(list.begin(), list.end(),
                         [&](std::size_t a, std::size_t b) { return pages[a].text_offset < pages[b].text_offset; });
    return markers;
}
}  // namespace

auto build_publication(const compose::resolved_document& resolved,
                       const epub_options& options, model::diagnostics& sink) -> std::vector<entry> {
    const auto& doc = resolved.doc();
    auto plan = plan_content(doc);
    auto markers = prepare_markers(options.pages, plan, doc, sink);

    const auto& cues = resolved.cues();
    xhtml_writer writer(resolved, plan, markers);
    std::vector<std::string> documents;
    for (const auto& file : plan.files) documents.push_back(writer.write(file));

    bool every_page_marked = !markers.pages.empty();
    for (std::size_t i = 0; i < markers.pages.size(); ++i) {
        if (markers.placed(i)) continue;
        every_page_marked = false;
        if (!markers.pages[i].node_id.empty())
            sink.warning("page-not-marked", doc.source_path, model::position_of_node(doc, markers.pages[i].node_id),
                         "printed page " + markers.pages[i].label + " starts in text the e-book does not show");
    }
    for (const auto page : markers.past_the_end)
        sink.warning("page-not-marked", doc.source_path, model::position_of_node(doc, markers.pages[page].node_id),
                     "printed page " + markers.pages[page].label +
                         " starts past the end of this block's text in the e-book; marked after it");

    const model::style default_style;
    const std::string css = stylesheet(options.style != nullptr ? *options.style : default_style);

    std::vector<landmark> landmarks;
    const bool has_cover = plan.files.front().cover;
    if (has_cover) landmarks.push_back({"cover", cues.landmark_cover(), plan.files.front().href});
    landmarks.push_back({"toc", cues.landmark_contents(), "nav.xhtml#toc"});
    landmarks.push_back({"bodymatter", cues.landmark_start(), plan.files.at(has_cover ? 1 : 0).href});
    if (const auto glossary = first_glossary_id(doc); !glossary.empty())
        landmarks.push_back({"glossary", cues.landmark_glossary(), plan.file_of_id.at(glossary) + "#" + glossary});
    const std::string nav = navigation_document(doc, cues, writer.headings(), landmarks, markers);

    publication_facts facts;
    facts.content = plan.facts;
    facts.page_list = every_page_marked;
    facts.relative_styles = stylesheet_is_transformable(css);
    facts.reading_order_kept = stylesheet_keeps_reading_order(css);
    const auto accessibility = derive_accessibility(facts, cues);
    const std::string package = package_document(
        {doc, plan, accessibility, "urn:uuid:" + uuid_v5(doc.meta.identifier + "/" + doc.meta.language + "/ebook"),
         options.source_date_epoch, every_page_marked ? options.page_source : std::string{}});

    std::vector<entry> entries;
    entries.push_back({"mimetype", "application/epub+zip", false});
    entries.push_back({"META-INF/container.xml", container_document(), true});
    entries.push_back({package_path, package, true});
    entries.push_back({"EPUB/nav.xhtml", nav, true});
    entries.push_back({"EPUB/style.css", css, true});
    for (std::size_t i = 0; i < plan.files.size(); ++i) entries.push_back({"EPUB/" + plan.files[i].href, documents[i], true});
    // PNG and JPEG are compressed already: deflating them again gains nothing.
    for (const auto& image : plan.images) entries.push_back({"EPUB/" + image.href, *image.bytes, false});
    return entries;
}

auto write_epub(const compose::resolved_document& resolved, const epub_options& options,
                model::diagnostics& sink) -> std::string {
    return zip_container(build_publication(resolved, options, sink), options.source_date_epoch);
}

}  // namespace folio::render::html
