#include "load/load_document.hpp"

#include "model/walk.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace folio::load {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

auto wrap(const std::string& body, const std::string& meta_extra = "") -> std::string {
    return "<document version=\"1\"><meta><title>T</title><language>en</language>"
           "<identifier>urn:x</identifier><published>2026-01-02</published>" + meta_extra +
           "<translation status=\"original\"/></meta><body>" + body + "</body></document>";
}

auto load(const std::string& xml, model::diagnostics& sink) -> std::optional<model::document> {
    return load_document_from_bytes(xml, source_dir / "tests/unit/load/doc/en.xml", sink);
}

auto codes(const model::diagnostics& sink) -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& d : sink.sorted()) out.push_back(d.code);
    return out;
}

TEST(load_document, loads_the_shipped_handout_into_the_model) {
    model::diagnostics sink;
    const auto doc = load_document(source_dir / "content/immunotherapy/en.xml", sink);
    ASSERT_TRUE(doc.has_value());
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    EXPECT_EQ(doc->name, "immunotherapy");
    EXPECT_EQ(doc->meta.language, "en");
    EXPECT_TRUE(doc->meta.sample);
    ASSERT_TRUE(doc->meta.expert.has_value());
    EXPECT_FALSE(doc->meta.expert->reviewed_this_text);
    EXPECT_EQ(doc->meta.expert->name, "Leisha Emens");
    int figures = 0, tables = 0, max_level = 0;
    model::walk_blocks(doc->body, [&](const model::block_node& n) {
        if (const auto* f = std::get_if<model::figure>(&n.value)) {
            ++figures;
            EXPECT_FALSE(f->alt.empty());
        }
        if (std::holds_alternative<model::table>(n.value)) ++tables;
        if (const auto* s = std::get_if<model::section>(&n.value)) max_level = std::max(max_level, s->level);
        return false;
    });
    EXPECT_GE(figures, 1);
    EXPECT_GE(tables, 1);
    EXPECT_GE(max_level, 3);
}

TEST(load_document, normalizes_text_and_attributes_to_nfc) {
    model::diagnostics sink;
    // "e" + U+0301 in text and in an abbreviation's expansion.
    const auto doc = load(wrap("<p>Cafe\xCC\x81 <abbr title=\"re\xCC\x81sume\xCC\x81\">R</abbr></p>"), sink);
    ASSERT_TRUE(doc && !sink.has_errors());
    const auto& p = std::get<model::paragraph>(doc->body.at(0).value);
    EXPECT_EQ(std::get<model::text>(p.content.at(0).value).value, "Caf\xC3\xA9 ");
    EXPECT_EQ(std::get<model::abbreviation>(p.content.at(1).value).expansion, "r\xC3\xA9sum\xC3\xA9");
}

TEST(load_document, derives_stable_ids_for_blocks_without_one) {
    model::diagnostics sink;
    const auto doc = load(wrap("<section id=\"s\"><title>S</title><p>a</p><p>b</p><ul><li>x</li></ul></section>"), sink);
    ASSERT_TRUE(doc && !sink.has_errors());
    const auto& s = std::get<model::section>(doc->body.at(0).value);
    EXPECT_EQ(s.content.at(0).id, "s.p1");
    EXPECT_EQ(s.content.at(1).id, "s.p2");
    EXPECT_EQ(s.content.at(2).id, "s.ul1");
    EXPECT_EQ(std::get<model::list>(s.content.at(2).value).items.at(0).id, "s.ul1.li1");
}

TEST(load_document, heading_levels_follow_section_nesting) {
    model::diagnostics sink;
    const auto doc = load(wrap("<section id=\"a\"><title>A</title><section id=\"b\"><title>B</title><p>x</p></section></section>"), sink);
    ASSERT_TRUE(doc && !sink.has_errors());
    const auto& a = std::get<model::section>(doc->body.at(0).value);
    EXPECT_EQ(a.level, 2);
    EXPECT_EQ(std::get<model::section>(a.content.at(0).value).level, 3);
}

TEST(load_document, list_item_text_becomes_a_paragraph_before_its_nested_list) {
    model::diagnostics sink;
    const auto doc = load(wrap("<ol><li>Side effects? <ol><li>Common</li></ol></li></ol>"), sink);
    ASSERT_TRUE(doc && !sink.has_errors());
    const auto& item = std::get<model::list>(doc->body.at(0).value).items.at(0);
    ASSERT_EQ(item.content.size(), 2U);
    EXPECT_EQ(model::plain_text(std::get<model::paragraph>(item.content[0].value).content), "Side effects?");
    EXPECT_TRUE(std::get<model::list>(item.content[1].value).ordered);
}

TEST(load_document, reports_every_problem_of_a_file_in_one_run) {
    model::diagnostics sink;
    const auto doc = load(wrap("<p clas=\"x\">a</p><strnog>b</strnog><p id=\"1x\">c</p><p><xref to=\"nowhere\"/></p>"), sink);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(codes(sink), (std::vector<std::string>{"unknown-attribute", "unknown-element", "invalid-id", "unknown-reference"}));
}

TEST(load_document, malformed_xml_stops_with_one_positioned_error) {
    model::diagnostics sink;
    EXPECT_FALSE(load("<document version=\"1\">\n  <meta>\n</document>", sink).has_value());
    ASSERT_EQ(sink.all().size(), 1U);
    EXPECT_EQ(sink.all()[0].code, "malformed-xml");
    EXPECT_EQ(sink.all()[0].position.line, 3U);
}

TEST(load_document, refuses_a_doctype_even_when_the_rest_is_fine) {
    model::diagnostics sink;
    (void)load("<!DOCTYPE document [<!ENTITY x SYSTEM \"/etc/passwd\">]>\n" + wrap("<p>&x;</p>"), sink);
    const auto found = codes(sink);
    EXPECT_NE(std::find(found.begin(), found.end(), "doctype-forbidden"), found.end());
    EXPECT_NE(std::find(found.begin(), found.end(), "unknown-entity"), found.end());
}

TEST(load_document, accepts_predefined_and_numeric_entities) {
    model::diagnostics sink;
    const auto doc = load(wrap("<p>a &amp; b &lt; c &#233; &#xE9;</p>"), sink);
    ASSERT_TRUE(doc && !sink.has_errors());
    EXPECT_EQ(model::plain_text(std::get<model::paragraph>(doc->body.at(0).value).content), "a & b < c é é");
}

}  // namespace
}  // namespace folio::load
