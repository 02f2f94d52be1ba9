#include "render/epub/content_documents.hpp"

#include "render/shared/generated_text.hpp"

namespace folio::render::epub {

void xhtml_writer::title_block(pugi::xml_node body) {
    // The same words as print's title block, under the same node names ("title", "subtitle",
    // "meta"), so that page 1 and any page starting in them find their place.
    auto block = body.append_child("div");
    block.append_attribute("class") = "title-block";
    auto h1 = block.append_child("h1");
    const std::string id = fresh_id(plan_, "title");
    h1.append_attribute("id") = id.c_str();
    inlines(h1, doc_.meta.title, "title");
    headings_.push_back({1, display_text(doc_, doc_.meta.title, messages_), file_ + "#" + id});
    if (!doc_.meta.subtitle.empty()) {
        auto subtitle = block.append_child("p");
        subtitle.append_attribute("class") = "subtitle";
        subtitle.append_attribute("role") = "doc-subtitle";
        inlines(subtitle, doc_.meta.subtitle, "subtitle");
    }
    for (const auto& line : title_block_notices(doc_, messages_)) {
        auto p = block.append_child("p");
        p.append_attribute("class") = "notice";
        text(p, line, "meta");
    }
}

}  // namespace folio::render::epub
