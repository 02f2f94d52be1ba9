#include "render/html/content_plan.hpp"

#include "base/overloaded.hpp"
#include "model/walk.hpp"

#include <algorithm>
#include <filesystem>

namespace folio::render::html {

namespace {
/// Two digits are enough for a handout; more sections still sort, with wider numbers.
auto numbered(std::size_t n) -> std::string {
    std::string digits = std::to_string(n);
    return digits.size() < 2 ? "0" + digits : digits;
}

void note_languages(const model::inlines& run, const std::string& main, content_facts& facts) {
    for (const auto& node : run) {
        std::visit(overloaded{
                       [&](const model::foreign& n) {
                           if (n.language != main) facts.other_languages.insert(n.language);
                           note_languages(n.children, main, facts);
                       },
                       [&](const model::emphasis& n) { note_languages(n.children, main, facts); },
                       [&](const model::strong& n) { note_languages(n.children, main, facts); },
                       [&](const model::link& n) { note_languages(n.children, main, facts); },
                       [&](const model::cross_reference& n) { note_languages(n.children, main, facts); },
                       [](const model::text&) {},
                       [](const model::abbreviation&) {},
                       [](const model::line_break&) {},
                   },
                   node.value);
    }
}

/// Records the ids, images, languages and counts of one block (not of the blocks inside it:
/// walk_blocks visits those).
void note_block(const model::block_node& node, const std::string& file, const model::document& doc, content_plan& plan) {
    auto& facts = plan.facts;
    const std::string& main = doc.meta.language;
    auto note_id = [&](const std::string& id) {
        plan.file_of_id.emplace(id, file);
        plan.used_ids.insert(id);
    };
    note_id(node.id);
    if (!node.language.empty() && node.language != main) facts.other_languages.insert(node.language);
    std::visit(overloaded{
                   [&](const model::section& b) {
                       if (!b.title.empty()) ++facts.headings;
                       note_languages(b.title, main, facts);
                   },
                   [&](const model::paragraph& b) { note_languages(b.content, main, facts); },
                   [&](const model::list& b) {
                       for (const auto& item : b.items) note_id(item.id);
                   },
                   [&](const model::table& b) {
                       ++facts.tables;
                       bool has_header = false;
                       for (const auto* rows : {&b.head, &b.body})
                           for (const auto& row : *rows)
                               for (const auto& cell : row.cells) {
                                   has_header = has_header || cell.is_header();
                                   note_languages(cell.content, main, facts);
                               }
                       if (has_header) ++facts.tables_with_headers;
                       note_languages(b.caption, main, facts);
                   },
                   [&](const model::figure& b) {
                       if (b.decorative) {
                           ++facts.decorative_images;
                       } else {
                           ++facts.informative_images;
                           if (!b.alt.empty()) ++facts.images_with_alt;
                       }
                       note_languages(b.caption, main, facts);
                       // One file shown by several figures has one record (the loader shares it): packed once.
                       if (b.image && !plan.image_of_bytes.contains(b.image->bytes.get())) {
                           const auto number = std::to_string(plan.images.size() + 1);
                           plan.image_of_bytes.emplace(b.image->bytes.get(), plan.images.size());
                           plan.images.push_back({b.image->bytes, "media/image-" + number + model::file_extension(b.image->format),
                                                  model::media_type(b.image->format), "image-" + number, false});
                       }
                   },
                   [&](const model::callout& b) { note_languages(b.title, main, facts); },
                   [&](const model::glossary& b) {
                       ++facts.glossaries;
                       if (!b.title.empty()) ++facts.headings;
                       note_languages(b.title, main, facts);
                       for (const auto& entry : b.entries) {
                           note_id(entry.id);
                           note_languages(entry.term, main, facts);
                       }
                   },
                   [](const model::page_break&) {},
               },
               node.value);
}

/// Records the ids, images and facts of every file's blocks, and the title's languages.
void note_files(const model::document& doc, content_plan& plan) {
    for (const auto& file : plan.files)
        for (const auto* node : file.blocks)
            model::walk_block(*node, [&](const model::block_node& inner) {
                note_block(inner, file.href, doc, plan);
                return false;
            });
    note_languages(doc.meta.title, doc.meta.language, plan.facts);
    note_languages(doc.meta.subtitle, doc.meta.language, plan.facts);
}
}  // namespace

auto plan_content(const model::document& doc) -> content_plan {
    content_plan plan;
    // A book's cover comes first, a page of its own with the image and its alt text.
    if (const auto& cover = doc.meta.cover; cover && cover->image) {
        plan.files.push_back({"text/cover.xhtml", "cover", false, true, {}});
        plan.image_of_bytes.emplace(cover->image->bytes.get(), plan.images.size());
        plan.images.push_back({cover->image->bytes, std::string("media/cover") + model::file_extension(cover->image->format),
                               model::media_type(cover->image->format), "cover-image", true});
        ++plan.facts.informative_images;
        ++plan.facts.images_with_alt;
    }
    plan.files.push_back({"text/00-title.xhtml", "text-00", true, false, {}});
    for (const auto& node : doc.body) {
        const bool starts_file = std::holds_alternative<model::section>(node.value) ||
                                 std::holds_alternative<model::glossary>(node.value);
        if (starts_file) {
            const auto n = numbered(plan.files.size() - (plan.files.front().cover ? 1 : 0));
            plan.files.push_back({"text/" + n + "-" + node.id + ".xhtml", "text-" + n, false, false, {}});
        }
        plan.files.back().blocks.push_back(&node);
    }
    note_files(doc, plan);
    return plan;
}

auto plan_single_page(const model::document& doc, const std::string& href) -> content_plan {
    content_plan plan;
    plan.files.push_back({href, "page", true, false, {}});
    for (const auto& node : doc.body) plan.files.back().blocks.push_back(&node);
    note_files(doc, plan);
    return plan;
}

auto fresh_id(content_plan& plan, const std::string& wanted) -> std::string {
    std::string id = wanted;
    for (int n = 2; plan.used_ids.contains(id); ++n) id = wanted + "-" + std::to_string(n);
    plan.used_ids.insert(id);
    return id;
}

auto href_to(const content_plan& plan, const std::string& from, const std::string& id) -> std::string {
    const auto found = plan.file_of_id.find(id);
    if (found == plan.file_of_id.end() || found->second == from) return "#" + id;
    return std::filesystem::path(found->second).filename().string() + "#" + id;
}

}  // namespace folio::render::html
