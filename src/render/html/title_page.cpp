#include "render/html/content_documents.hpp"

#include "compose/resolved_document.hpp"
#include "model/title_block_ids.hpp"

namespace folio::render::html {

void xhtml_writer::title_block(pugi::xml_node body) {
    // The same words as print's title block, under the same node ids (model/title_block_ids.hpp),
    // so that page 1 and any page starting in them find their place.
    auto block = body.append_child("div");
    block.append_attribute("class") = "title-block";
    auto h1 = block.append_child("h1");
    const std::string id = fresh_id(plan_, std::string(model::title_id));
    h1.append_attribute("id") = id.c_str();
    const auto& words = resolved_.title();
    inlines(h1, words.title, std::string(model::title_id));
    headings_.push_back({1, model::plain_text(words.title), file_ + "#" + id});
    if (!words.subtitle.empty()) {
        auto subtitle = block.append_child("p");
        subtitle.append_attribute("class") = "subtitle";
        subtitle.append_attribute("role") = "doc-subtitle";
        inlines(subtitle, words.subtitle, std::string(model::subtitle_id));
    }
    for (const auto& notice : words.notices) {
        auto p = block.append_child("p");
        p.append_attribute("class") = "notice";
        inlines(p, notice, std::string(model::notices_id));
    }
}

}  // namespace folio::render::html
