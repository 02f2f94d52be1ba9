#include "model/document.hpp"

#include "model/walk.hpp"

#include <gtest/gtest.h>

namespace folio::model {
namespace {

auto text_node(std::string s) -> inline_node { return {text{std::move(s)}, {}}; }

auto sample() -> document {
    document doc;
    section inner{3, {text_node("Inner")}, {}};
    inner.content.push_back({paragraph{{text_node("deep")}}, "inner.p1", "", {}});
    glossary g;
    g.title = {text_node("Words")};
    g.entries.push_back({"term-a", {}, {text_node("a")}, {}});
    section outer{2, {text_node("Outer")}, {}};
    outer.content.push_back({std::move(inner), "inner", "", {}});
    outer.content.push_back({std::move(g), "words", "", {}});
    doc.body.push_back({std::move(outer), "outer", "", {}});
    return doc;
}

TEST(document, plain_text_drops_markup_and_keeps_words) {
    inlines run = {text_node("Ask about "),
                   {abbreviation{"chimeric antigen receptor", "CAR", 0, {}}, {}},
                   {emphasis{{text_node(" T-cell")}}, {}},
                   {line_break{}, {}},
                   {link{"https://x.org", {text_node("therapy")}, {}}, {}}};
    EXPECT_EQ(plain_text(run), "Ask about CAR T-cell therapy");
}

TEST(document, finds_blocks_at_any_depth) {
    const auto doc = sample();
    ASSERT_NE(find_block(doc, "inner.p1"), nullptr);
    EXPECT_TRUE(std::holds_alternative<paragraph>(find_block(doc, "inner.p1")->value));
    EXPECT_EQ(find_block(doc, "missing"), nullptr);
}

TEST(document, finds_a_glossary_entry_and_its_glossary) {
    const auto doc = sample();
    const auto found = find_glossary_entry(doc, "term-a");
    ASSERT_NE(found.entry, nullptr);
    EXPECT_EQ(plain_text(found.owner->title), "Words");
    EXPECT_EQ(find_glossary_entry(doc, "term-b").entry, nullptr);
}

TEST(document, walk_visits_blocks_in_reading_order_and_can_stop) {
    const auto doc = sample();
    std::vector<std::string> seen;
    walk_blocks(doc.body, [&](const block_node& n) { seen.push_back(n.id); return false; });
    EXPECT_EQ(seen, (std::vector<std::string>{"outer", "inner", "inner.p1", "words"}));
    seen.clear();
    EXPECT_TRUE(walk_blocks(doc.body, [&](const block_node& n) { seen.push_back(n.id); return n.id == "inner"; }));
    EXPECT_EQ(seen.size(), 2U);
}

TEST(document, table_column_count_is_the_widest_row) {
    table t;
    t.head.push_back({{{header_scope::column, {}, {}}, {header_scope::column, {}, {}}}, {}});
    t.body.push_back({{{}, {}, {}}, {}});
    EXPECT_EQ(t.column_count(), 3U);
}

}  // namespace
}  // namespace folio::model
