// Pagination as a typesetter would check it, on the shipped handout in every language and both
// print editions, and on generated documents that put a callout and a colon lead-in at every
// position on a page: no page without content, a callout split only when it is taller than a
// page (and then its label repeated where it goes on), a lead-in ending with a colon on the page
// of the list or table it introduces.

#include "laid_out.hpp"

#include "compose/resolved_document.hpp"

#include "base/overloaded.hpp"
#include "load/load_document.hpp"
#include "model/walk.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace folio::layout {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

/// The pages each node's content is drawn on (artifacts left out).
auto pages_of_nodes(const paged_document& pages) -> std::map<std::string, std::set<std::size_t>> {
    std::map<std::string, std::set<std::size_t>> out;
    for (std::size_t p = 0; p < pages.pages.size(); ++p)
        for (const auto& item : pages.pages[p].items)
            if (const auto* run = std::get_if<glyph_run>(&item); run && run->from.artifact == artifact_kind::none)
                out[run->from.node_id].insert(p);
    return out;
}

auto ends_with_colon(const model::paragraph& p) -> bool {
    std::string text = model::plain_text(p.content);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text.ends_with(":") || text.ends_with("\uFF1A");
}

/// Checks the pagination rules on one laid-out document; `where` names it in failures.
void check_pagination(const compose::resolved_document& resolved, const paged_document& pages, double column_height,
                      const std::string& where) {
    const auto& doc = resolved.doc();
    const auto drawn = pages_of_nodes(pages);
    // No page holds only page furniture.
    for (std::size_t p = 0; p < pages.pages.size(); ++p) {
        bool content = false;
        for (const auto& item : pages.pages[p].items) {
            if (const auto* run = std::get_if<glyph_run>(&item); run && run->from.artifact == artifact_kind::none) content = true;
            if (const auto* img = std::get_if<image>(&item); img && img->from.artifact == artifact_kind::none) content = true;
        }
        EXPECT_TRUE(content) << where << ": page " << p + 1 << " has nothing but its footer";
    }
    model::walk_blocks(doc.body, [&](const model::block_node& node) {
        // A callout is split only when it is taller than a page, its label repeated where it goes on.
        if (const auto* callout = std::get_if<model::callout>(&node.value)) {
            std::set<std::size_t> on;
            std::set<std::string> ids;
            model::walk_block(node, [&](const model::block_node& inner) {
                ids.insert(inner.id);
                if (const auto* l = std::get_if<model::list>(&inner.value))
                    for (const auto& item : l->items) ids.insert(item.id);
                return false;
            });
            for (const auto& id : ids)
                if (const auto found = drawn.find(id); found != drawn.end()) on.insert(found->second.begin(), found->second.end());
            if (on.size() > 1) {
                double height = 0;  // the callout's text, page part by page part
                for (const auto p : on) {
                    double top = 1e9, bottom = -1e9;
                    std::string furniture;  // the page's repeated labels, in logical order
                    for (const auto& item : pages.pages[p].items) {
                        const auto* run = std::get_if<glyph_run>(&item);
                        if (run == nullptr) continue;
                        if (run->from.artifact == artifact_kind::pagination && run->from.role != item_role::page_number) furniture += run->text;
                        if (run->from.artifact != artifact_kind::none || !ids.contains(run->from.node_id)) continue;
                        for (const auto& g : run->glyphs) {
                            top = std::min(top, g.y - run->size);
                            bottom = std::max(bottom, g.y + run->size * 0.4);
                        }
                    }
                    height += bottom - top;
                    if (p != *on.begin()) {
                        EXPECT_NE(furniture.find(callout->continued_label), std::string::npos) << where << ": callout '" << node.id << "' goes on to page " << p + 1 << " without its label";
                    }
                }
                EXPECT_GT(height, column_height * 0.8) << where << ": callout '" << node.id << "' is split over pages "
                                                       << *on.begin() + 1 << "–" << *on.rbegin() + 1 << " but would fit on one";
            }
        }
        // A lead-in ending with a colon shares a page with what it introduces.
        const auto siblings = [&](const model::blocks& content) {
            for (std::size_t k = 0; k + 1 < content.size(); ++k) {
                const auto* p = std::get_if<model::paragraph>(&content[k].value);
                if (p == nullptr || !ends_with_colon(*p)) continue;
                const auto& next = content[k + 1];
                std::string first_id = next.id;
                if (const auto* l = std::get_if<model::list>(&next.value); l && !l->items.empty()) {
                    first_id = l->items.front().id;
                } else if (!std::holds_alternative<model::table>(next.value)) {
                    continue;
                }
                const auto lead = drawn.find(content[k].id);
                const auto follows = drawn.find(first_id);
                if (lead == drawn.end() || follows == drawn.end()) continue;
                EXPECT_EQ(*lead->second.rbegin(), *follows->second.begin())
                    << where << ": the lead-in '" << content[k].id << "' ends on page " << *lead->second.rbegin() + 1
                    << ", what it introduces starts on page " << *follows->second.begin() + 1;
            }
        };
        std::visit(overloaded{
                       [&](const model::section& s) { siblings(s.content); },
                       [&](const model::callout& c) { siblings(c.content); },
                       [&](const model::list& l) {
                           for (const auto& item : l.items) siblings(item.content);
                       },
                       [&](const model::glossary& g) {
                           for (const auto& e : g.entries) siblings(e.definition);
                       },
                       [](const model::paragraph&) {},
                       [](const model::table&) {},
                       [](const model::figure&) {},
                       [](const model::page_break&) {},
                   },
                   node.value);
        return false;
    });
}

using testing::lay_out;

TEST(pagination_quality, the_shipped_handout_in_every_language_and_print_edition) {
    for (const std::string language : {"en", "es", "zh-Hans", "ar", "vi", "hi"}) {
        const auto doc = testing::shipped_handout(language);
        ASSERT_TRUE(doc) << language;
        for (const std::string edition : {"brochure", "large-print"}) {
            const auto result = lay_out(*doc, edition);
            ASSERT_TRUE(result.resolved);
            check_pagination(*result.resolved, result.pages, result.column_height, language + " " + edition);
        }
    }
}

/// A handout with `before` short paragraphs, then a colon lead-in and its list, a warning callout
/// of `lines` list items, another lead-in and a table, and a page break.
auto stress_document(int before, int lines) -> model::document {
    std::string body = "<section id=\"s\"><title>Stress</title>";
    for (int i = 0; i < before; ++i)
        body += "<p>Filler paragraph " + std::to_string(i) + " takes up about two lines of the column, so that what comes next "
                "lands a little further down the page each time.</p>";
    body += "<p id=\"lead\">Call your care team if you have:</p><ul><li>a fever</li><li>a new cough</li><li>a rash</li></ul>";
    body += "<callout id=\"warn\" kind=\"warning\"><title>When to call right away</title><p>Do not wait for your next visit:</p><ul>";
    for (int i = 0; i < lines; ++i) body += "<li>A sign that needs a doctor today, number " + std::to_string(i) + ".</li>";
    body += "</ul><p>Call 911 if you cannot breathe.</p></callout>";
    body += "<p id=\"lead2\">The drugs are:</p><table id=\"t\"><caption>Drugs</caption><thead><tr><th scope=\"col\">Name</th>"
            "<th scope=\"col\">Kind</th></tr></thead><tbody><tr><td>Pembrolizumab</td><td>PD-1</td></tr></tbody></table>";
    body += "<page-break/><p>After the break.</p></section>";
    const std::string xml = "<document version=\"1\"><meta><title>Stress</title><language>en</language><identifier>urn:stress</identifier>"
                            "<published>2026-11-26</published><translation status=\"original\"/></meta><body>" + body +
                            "</body></document>";
    model::diagnostics sink;
    auto doc = load::load_document_from_bytes(xml, source_dir / "tests/unit/layout/stress.xml", sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    return doc ? *doc : model::document{};
}

TEST(pagination_quality, callouts_and_lead_ins_at_every_position_on_a_page) {
    for (const std::string edition : {"brochure", "large-print"}) {
        for (const int lines : {3, 12, 40}) {  // short, most of a page, longer than a page
            for (int before = 0; before <= 24; ++before) {
                const auto doc = stress_document(before, lines);
                const auto result = lay_out(doc, edition);
                ASSERT_TRUE(result.resolved);
                check_pagination(*result.resolved, result.pages, result.column_height,
                                 edition + ", " + std::to_string(before) + " paragraphs before, callout of " + std::to_string(lines));
            }
        }
    }
}

}  // namespace
}  // namespace folio::layout
