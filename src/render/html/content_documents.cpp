#include "render/html/content_documents.hpp"

#include "i18n/language_tag.hpp"
#include "i18n/locale_data.hpp"
#include "i18n/unicode_text.hpp"
#include "model/document.hpp"
#include "render/html/stylesheet.hpp"
#include "render/html/xml_output.hpp"
#include "base/base64.hpp"
#include "base/overloaded.hpp"
#include "compose/resolved_document.hpp"

#include <algorithm>
#include <cassert>

namespace folio::render::html {

auto xhtml_writer::write(const content_file& file) -> std::string {
    begin(file);
    keys_in_file_.clear();
    auto document = new_xml_document();
    auto html = start_xhtml(document, doc_.meta.language);

    auto head = html.append_child("head");
    head.append_child("meta").append_attribute("charset") = "utf-8";
    std::string title = model::plain_text(resolved_.title().title);
    if (!file.title_page && !file.blocks.empty()) {
        if (const auto* s = std::get_if<model::section>(&file.blocks.front()->value); s && !s->title.empty())
            title = model::plain_text(s->title);
        if (const auto* g = std::get_if<model::glossary>(&file.blocks.front()->value))
            title = g->title.empty() ? resolved_.cues().landmark_glossary() : model::plain_text(g->title);
    }
    if (file.cover) title = resolved_.cues().landmark_cover();
    head.append_child("title").text().set(title.c_str());
    auto link = head.append_child("link");
    link.append_attribute("rel") = "stylesheet";
    link.append_attribute("type") = "text/css";
    link.append_attribute("href") = "../style.css";

    auto body = html.append_child("body");
    if (file.cover) {
        // The cover alone: the image, named by its alt text (DPUB-ARIA's doc-cover).
        const auto& cover = *doc_.meta.cover;
        auto section = body.append_child("section");
        section.append_attribute("class") = "cover";
        set_epub_type(section, "cover");
        auto img = section.append_child("img");
        img.append_attribute("src") = image_source(plan_.images.at(plan_.image_of_bytes.at(cover.image->bytes.get()))).c_str();
        img.append_attribute("alt") = cover.alt.c_str();
        img.append_attribute("role") = "doc-cover";
        return serialize(document);
    }
    if (file.title_page) write_title_block(body, file);
    write_blocks(body, file);
    // A page said to start beyond the end of its node's text (print and this writer disagree on
    // the words): its marker goes after the node's last word, and the caller warns.
    for (const auto& key : keys_in_file_) {
        const auto found = markers_.by_node.find(key);
        if (found == markers_.by_node.end()) continue;
        for (const auto page : found->second) {
            if (markers_.placed(page)) continue;
            marker(markers_.last_parent[key], {}, page);
            markers_.past_the_end.push_back(page);
        }
    }
    return serialize(document);
}

void xhtml_writer::begin(const content_file& file) {
    file_ = file.href;
    right_to_left_ = i18n::is_right_to_left(doc_.meta.language);
}

void xhtml_writer::write_title_block(pugi::xml_node parent, const content_file& file) {
    begin(file);
    title_block(parent);
}

void xhtml_writer::write_blocks(pugi::xml_node parent, const content_file& file) {
    begin(file);
    for (const auto* node : file.blocks) block(parent, *node);
}

void xhtml_writer::set_epub_type(pugi::xml_node element, const char* type) {
    if (flavour_ == html_flavour::epub) element.append_attribute("epub:type") = type;
}

auto xhtml_writer::image_source(const packed_image& image) -> std::string {
    if (flavour_ == html_flavour::epub) return "../" + image.href;
    // Encoded once per image, however many figures show it.
    auto& url = data_urls_[image.bytes.get()];
    if (url.empty()) url = "data:" + image.media_type + ";base64," + base64(*image.bytes);
    return url;
}

void xhtml_writer::block(pugi::xml_node parent, const model::block_node& node) {
    const bool saved = right_to_left_;
    std::visit(overloaded{
                   [&](const model::section& b) { section(parent, node, b); },
                   [&](const model::paragraph& b) {
                       auto p = parent.append_child("p");
                       p.append_attribute("id") = node.id.c_str();
                       set_language(p, node.language);
                       inlines(p, b.content, node.id);
                   },
                   [&](const model::list& b) { list(parent, node, b); },
                   [&](const model::table& b) { table(parent, node, b); },
                   [&](const model::figure& b) { figure(parent, node, b); },
                   [&](const model::callout& b) { callout(parent, node, b); },
                   [&](const model::glossary& b) { glossary(parent, node, b); },
                   [&](const model::page_break&) {},  // a hint to print; a reflowable book has no pages to break
               },
               node.value);
    right_to_left_ = saved;
}

void xhtml_writer::heading(pugi::xml_node parent, int level, const model::inlines& title, const std::string& key,
                           const std::string& target_id) {
    level = std::clamp(level, 1, 6);
    auto h = parent.append_child(("h" + std::to_string(level)).c_str());
    inlines(h, title, key);
    headings_.push_back({level, model::plain_text(title), file_ + "#" + target_id});
}

void xhtml_writer::section(pugi::xml_node parent, const model::block_node& node, const model::section& s) {
    // A section without a title only groups its content: a div, so that it is no unnamed region.
    auto element = parent.append_child(s.title.empty() ? "div" : "section");
    element.append_attribute("id") = node.id.c_str();
    set_language(element, node.language);
    if (!s.title.empty()) heading(element, s.level, s.title, node.id, node.id);
    for (const auto& inner : s.content) block(element, inner);
}

void xhtml_writer::list(pugi::xml_node parent, const model::block_node& node, const model::list& l) {
    auto element = parent.append_child(l.ordered ? "ol" : "ul");
    element.append_attribute("id") = node.id.c_str();
    set_language(element, node.language);
    if (l.ordered) {
        // A numbered item shows the label every edition prints ("b.", "iv.", "٣."), as text: the
        // reading system's own numbering could differ from it, and a patient quoting a step
        // must find the same label in print. Without list markers Safari no longer calls the
        // element a list, so the role says it again; the widest label sets the indent.
        std::size_t widest = 0;
        for (const auto& item : l.items) widest = std::max(widest, i18n::count_code_points(item.label));
        std::string classes = "labelled";
        if (widest > normal_label_characters) classes += " label-chars-" + std::to_string(std::min(widest, widest_label_class));
        element.append_attribute("class") = classes.c_str();
        element.append_attribute("role") = "list";
        if (l.start != 1) element.append_attribute("start") = std::to_string(l.start).c_str();
    }
    for (const auto& item : l.items) {
        auto li = element.append_child("li");
        li.append_attribute("id") = item.id.c_str();
        // Print draws the item's label first, under the item's id, so a page that starts at the
        // label starts at the item.
        markers_at_start(li, {}, item.id);
        if (l.ordered && !item.label.empty()) {
            auto label = li.append_child("span");
            label.append_attribute("class") = "list-label";
            label.text().set(item.label.c_str());
        }
        for (const auto& inner : item.content) block(li, inner);
    }
}

void xhtml_writer::table(pugi::xml_node parent, const model::block_node& node, const model::table& t) {
    // A table wider than the screen scrolls inside its own region, named by its caption and
    // reachable by keyboard (WCAG 1.4.10); where its columns cannot fit, the stylesheet stacks each
    // row into "header: value" lines instead (each data cell carries its column's header).
    const auto columns = t.column_count();
    auto region = parent.append_child("div");
    region.append_attribute("class") = ("table-scroll columns-" + std::to_string(columns)).c_str();
    region.append_attribute("role") = "region";
    region.append_attribute("tabindex") = "0";
    const std::string caption_id = fresh_id(plan_, node.id + "-caption");
    region.append_attribute("aria-labelledby") = caption_id.c_str();
    // Print draws the caption, then every cell in row order, all under the table's id.
    auto element = region.append_child("table");
    element.append_attribute("id") = node.id.c_str();
    set_language(element, node.language);
    auto caption = element.append_child("caption");
    caption.append_attribute("id") = caption_id.c_str();
    inlines(caption, t.caption, node.id);
    std::vector<std::string> column_headers(columns);
    if (!t.head.empty())
        for (std::size_t c = 0; c < t.head.front().cells.size(); ++c)
            column_headers[c] = model::plain_text(t.head.front().cells[c].content);
    auto rows = [&](const std::vector<model::table_row>& source, const char* group) {
        if (source.empty()) return;
        auto section = element.append_child(group);
        for (const auto& row : source) {
            auto tr = section.append_child("tr");
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                const auto& cell = row.cells[c];
                auto td = tr.append_child(cell.is_header() ? "th" : "td");
                if (cell.scope == model::header_scope::column) td.append_attribute("scope") = "col";
                if (cell.scope == model::header_scope::row) td.append_attribute("scope") = "row";
                if (!cell.is_header() && !column_headers[c].empty())
                    td.append_attribute("data-label") = (column_headers[c] + resolved_.label_separator()).c_str();
                inlines(td, cell.content, node.id);
            }
        }
    };
    rows(t.head, "thead");
    rows(t.body, "tbody");
}

void contents_list(pugi::xml_node parent, const std::vector<toc_heading>& headings) {
    std::vector<std::pair<int, pugi::xml_node>> open{{0, parent.append_child("ol")}};  // (depth, ol)
    pugi::xml_node last_li;
    for (const auto& h : headings) {
        const int depth = std::max(0, h.level - 2);
        while (open.size() > 1 && open.back().first > depth) open.pop_back();
        while (open.back().first < depth && last_li) open.emplace_back(open.back().first + 1, last_li.append_child("ol"));
        last_li = open.back().second.append_child("li");
        auto a = last_li.append_child("a");
        a.append_attribute("href") = h.href.c_str();
        a.text().set(h.text.c_str());
    }
}

void xhtml_writer::figure(pugi::xml_node parent, const model::block_node& node, const model::figure& f) {
    const bool plain = f.decorative && f.caption.empty();
    auto element = parent.append_child(plain ? "div" : "figure");
    element.append_attribute("id") = node.id.c_str();
    element.append_attribute("class") = f.decorative ? "figure decorative" : "figure";
    set_language(element, node.language);
    auto img = element.append_child("img");
    assert(f.image && "the loader reads the image of every figure of a document without errors");
    const auto found = plan_.image_of_bytes.find(f.image->bytes.get());
    assert(found != plan_.image_of_bytes.end() && "plan_content packs every figure's image");
    img.append_attribute("src") = image_source(plan_.images.at(found->second)).c_str();
    img.append_attribute("alt") = f.decorative ? "" : f.alt.c_str();
    if (f.decorative) img.append_attribute("role") = "presentation";
    // A page that starts with the image starts before it (the caption is the figure's text).
    markers_at_start(element, img, node.id);
    if (!f.caption.empty()) inlines(element.append_child("figcaption"), f.caption, node.id);
}

void xhtml_writer::callout(pugi::xml_node parent, const model::block_node& node, const model::callout& c) {
    const std::string kind = compose::callout_kind_key(c.kind);
    auto element = parent.append_child("aside");
    element.append_attribute("id") = node.id.c_str();
    element.append_attribute("class") = ("callout " + kind).c_str();
    // DPUB-ARIA has a role for tips; warnings and questions are notes. Either way the kind is said
    // in words, first, as in print: colour alone tells a reader nothing.
    element.append_attribute("role") = c.kind == model::callout_kind::tip ? "doc-tip" : "note";
    const std::string label_id = fresh_id(plan_, node.id + "-label");
    element.append_attribute("aria-labelledby") = label_id.c_str();
    set_language(element, node.language);
    auto title = element.append_child("p");
    title.append_attribute("class") = "callout-title";
    title.append_attribute("id") = label_id.c_str();
    inlines(title, c.heading, node.id);  // the kind in words, then the title (compose)
    for (const auto& inner : c.content) block(element, inner);
}

void xhtml_writer::glossary(pugi::xml_node parent, const model::block_node& node, const model::glossary& g) {
    auto element = parent.append_child("section");
    element.append_attribute("id") = node.id.c_str();
    set_epub_type(element, "glossary");
    element.append_attribute("role") = "doc-glossary";
    if (g.title.empty()) element.append_attribute("aria-label") = resolved_.cues().landmark_glossary().c_str();
    set_language(element, node.language);
    if (!g.title.empty()) heading(element, g.level, g.title, node.id, node.id);
    // In the reader's alphabetical order, as in print (compose sorted the entries).
    auto dl = element.append_child("dl");
    for (const auto& e : g.entries) {
        const auto* entry = &e;
        auto dt = dl.append_child("dt");
        dt.append_attribute("id") = entry->id.c_str();
        inlines(dt.append_child("dfn"), entry->term, entry->id);
        auto dd = dl.append_child("dd");
        for (const auto& inner : entry->definition) block(dd, inner);
    }
}

}  // namespace folio::render::html
