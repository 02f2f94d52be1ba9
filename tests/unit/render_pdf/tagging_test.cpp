// The tag plan: the structure tree built from a model document and the provenance of drawn items,
// and how each item is marked. (Whole PDFs are checked by tests/print/check_tags.py.)

#include "render/pdf/tagging/structure_plan.hpp"
#include "render/pdf/tagging/xmp_metadata.hpp"

#include <gtest/gtest.h>

#include <string>

namespace folio::render::pdf::tagging {
namespace {

using kind = item_mark::kind;

auto words(std::string s) -> model::inlines { return {{model::text{std::move(s)}, {}}}; }

auto node(decltype(model::block_node::value) value, std::string id, std::string language = {}) -> model::block_node {
    return {std::move(value), std::move(id), std::move(language), {}};
}

/// A drawn run of one glyph for `node_id` in `role`.
auto run(std::string node_id, std::string role, std::string language = "en") -> layout::glyph_run {
    layout::glyph_run r;
    r.language = std::move(language);
    r.text = "x";
    r.glyphs.push_back({1, 72, 100, 5, "x"});
    r.from = {std::move(node_id), layout::artifact_kind::none, std::move(role)};
    return r;
}

auto cell(std::string table, std::string role, int row, int column, std::size_t offset) -> layout::glyph_run {
    auto r = run(std::move(table), std::move(role));
    r.from.row = row;
    r.from.column = column;
    r.text_offset = offset;
    return r;
}

auto footer() -> layout::glyph_run {
    auto r = run("", "page-number");
    r.from.artifact = layout::artifact_kind::pagination;
    return r;
}

auto pages_of(std::vector<std::vector<layout::page_item>> items) -> layout::paged_document {
    layout::paged_document doc;
    doc.language = "en";
    for (auto& page_items : items) {
        layout::page p;
        p.items = std::move(page_items);
        doc.pages.push_back(std::move(p));
    }
    return doc;
}

/// The tree as text: Type[attributes](kids), marked content as c<page>.<item>, annotations as
/// a<page>.<item>.
auto shape(const structure_plan& plan, std::size_t e = 0) -> std::string {
    const auto& el = plan.elements.at(e);
    std::string out = el.type;
    std::string attributes;
    const auto attribute = [&](const std::string& a) { attributes += (attributes.empty() ? "" : " ") + a; };
    if (!el.language.empty()) attribute("Lang=" + el.language);
    if (!el.scope.empty()) attribute("Scope=" + el.scope);
    if (!el.list_numbering.empty()) attribute(el.list_numbering);
    if (!el.alt.empty()) attribute("Alt=" + el.alt);
    if (!attributes.empty()) out += "[" + attributes + "]";
    std::string kids;
    for (const auto& k : el.kids) {
        if (!kids.empty()) kids += " ";
        if (const auto* child = std::get_if<std::size_t>(&k)) kids += shape(plan, *child);
        else if (const auto* c = std::get_if<content_ref>(&k)) kids += "c" + std::to_string(c->page) + "." + std::to_string(c->item);
        else if (const auto* a = std::get_if<annotation_ref>(&k)) kids += "a" + std::to_string(a->page) + "." + std::to_string(a->item);
    }
    return kids.empty() ? out : out + "(" + kids + ")";
}

auto sample_model() -> model::document {
    model::document doc;
    doc.meta.language = "en";
    doc.meta.title = words("Title");
    model::section inner{3, words("Inner"), {}};
    inner.content.push_back(node(model::paragraph{words("deep")}, "inner.p1"));
    model::section outer{2, words("Outer"), {}};
    outer.content.push_back(node(model::paragraph{words("text")}, "outer.p1"));
    outer.content.push_back(node(std::move(inner), "inner"));
    doc.body.push_back(node(std::move(outer), "outer"));
    return doc;
}

TEST(tagging, sections_nest_and_a_paragraph_split_across_pages_is_one_element) {
    const auto model = sample_model();
    const auto pages = pages_of({{run("title", "title"), run("outer", "heading-2"), run("outer.p1", "paragraph"), footer()},
                                 {run("outer.p1", "paragraph"), run("inner", "heading-3"), run("inner.p1", "paragraph"), footer()}});
    const auto plan = plan_structure(model, pages);
    EXPECT_EQ(shape(plan), "Document(H1(c0.0) Sect(H2(c0.1) P(c0.2 c1.0) Sect(H3(c1.1) P(c1.2))))");
    EXPECT_EQ(plan.marks[0][3].what, kind::pagination);
    EXPECT_EQ(plan.marks[1][0].what, kind::content);
    EXPECT_EQ(plan.elements[plan.marks[1][0].element].type, "P");
    // Elements with nothing drawn (the subtitle, absent here) are left out.
    for (const auto& e : plan.elements) {
        if (e.removed) continue;
        EXPECT_NE(e.node_id, "subtitle");
    }
}

TEST(tagging, lists_have_a_label_and_a_body_and_glossaries_read_in_printed_order) {
    model::document model;
    model.meta.language = "en";
    model::list l;
    l.ordered = true;
    l.items.push_back({"l.li1", {}, {node(model::paragraph{words("one")}, "l.li1.p1")}});
    model.body.push_back(node(std::move(l), "l"));
    model::glossary g;
    g.title = words("Words");
    g.entries.push_back({"term-b", {}, words("b"), {node(model::paragraph{words("bee")}, "term-b.p1")}});
    g.entries.push_back({"term-a", {}, words("a"), {node(model::paragraph{words("ay")}, "term-a.p1")}});
    model.body.push_back(node(std::move(g), "words"));
    // Layout prints "a" before "b" (collation order).
    const auto pages = pages_of({{run("l.li1", "list-label"), run("l.li1.p1", "list-body"), run("words", "heading-2"),
                                  run("term-a", "term"), run("term-a.p1", "paragraph"), run("term-b", "term"),
                                  run("term-b.p1", "paragraph")}});
    const auto plan = plan_structure(model, pages);
    EXPECT_EQ(shape(plan), "Document(L[Decimal](LI(Lbl(c0.0) LBody(P(c0.1)))) "
                           "Sect(H2(c0.2) L[None](LI(Lbl(c0.3) LBody(P(c0.4))) LI(Lbl(c0.5) LBody(P(c0.6))))))");
}

TEST(tagging, table_cells_have_their_own_elements_and_repeated_headers_are_artifacts) {
    model::document model;
    model.meta.language = "en";
    model::table t;
    t.caption = words("Caption");
    t.head.push_back({{{model::header_scope::column, words("H1"), {}}, {model::header_scope::column, words("H2"), {}}}, {}});
    t.body.push_back({{{model::header_scope::row, words("R"), {}}, {model::header_scope::none, words("D"), {}}}, {}});
    t.body.push_back({{{model::header_scope::row, words("R2"), {}}, {model::header_scope::none, words(""), {}}}, {}});
    model.body.push_back(node(std::move(t), "t"));
    const auto pages = pages_of({{run("t", "table-caption"), cell("t", "table-header", 0, 0, 7), cell("t", "table-header", 0, 1, 9),
                                  cell("t", "table-header", 1, 0, 11), cell("t", "table-cell", 1, 1, 12)},
                                 {cell("t", "table-header", 0, 0, 7), cell("t", "table-header", 0, 1, 9),
                                  cell("t", "table-header", 2, 0, 13)}});
    const auto plan = plan_structure(model, pages);
    // The empty cell keeps its TD, so the grid stays whole.
    EXPECT_EQ(shape(plan), "Document(Table(Caption(c0.0) THead(TR(TH[Scope=Column](c0.1) TH[Scope=Column](c0.2))) "
                           "TBody(TR(TH[Scope=Row](c0.3) TD(c0.4)) TR(TH[Scope=Row](c1.2) TD))))");
    EXPECT_EQ(plan.marks[1][0].what, kind::pagination);
    EXPECT_EQ(plan.marks[1][1].what, kind::pagination);
    EXPECT_EQ(plan.marks[1][2].what, kind::content);
}

TEST(tagging, links_hold_their_runs_and_annotations_and_foreign_runs_are_spans) {
    model::document model;
    model.meta.language = "en";
    model.body.push_back(node(model::paragraph{words("see")}, "p1"));
    model.body.push_back(node(model::paragraph{words("todo")}, "p2"));
    const layout::link to_glossary{{}, "", "term-a", "term", {"p1", {}, "paragraph"}};
    const auto pages = pages_of({{run("p1", "paragraph"), run("p1", "paragraph"), to_glossary, run("p1", "paragraph"), to_glossary,
                                  run("p1", "paragraph", "es"), run("p2", "paragraph", "es"), run("p2", "paragraph", "es")}});
    const auto plan = plan_structure(model, pages);
    // One Link for the two runs of one link (a line break between them), with both annotations;
    // a Span for the Spanish run; a paragraph all in Spanish takes the language itself.
    EXPECT_EQ(shape(plan), "Document(P(c0.0 Link(c0.1 a0.2 c0.3 a0.4) Span[Lang=es](c0.5)) P[Lang=es](c0.6 c0.7))");
    EXPECT_EQ(plan.marks[0][2].what, kind::annotation);
    EXPECT_EQ(plan.elements[plan.marks[0][2].element].type, "Link");
    EXPECT_EQ(plan.elements[plan.marks[0][6].element].type, "P");
}

TEST(tagging, figures_carry_alt_text_and_their_box_and_decorative_images_are_artifacts) {
    model::document model;
    model.meta.language = "en";
    model.body.push_back(node(model::figure{"a.png", "A diagram", false, words("Caption")}, "fig"));
    model.body.push_back(node(model::figure{"b.png", "", true, {}}, "deco"));
    layout::image shown{{}, {10, 20, 30, 40}, "A diagram", {"fig", {}, "figure"}};
    layout::image decoration{{}, {10, 90, 30, 40}, "", {"deco", layout::artifact_kind::layout, "figure"}};
    const auto plan = plan_structure(model, pages_of({{shown, run("fig", "caption"), decoration}}));
    EXPECT_EQ(shape(plan), "Document(Figure[Alt=A diagram](c0.0) Caption(c0.1))");
    const auto& figure = plan.elements[plan.marks[0][0].element];
    ASSERT_TRUE(figure.has_box);
    EXPECT_EQ(figure.box.area.y, 20);
    EXPECT_EQ(plan.marks[0][2].what, kind::layout);
}

TEST(tagging, callouts_are_asides_role_mapped_and_block_languages_are_kept) {
    model::document model;
    model.meta.language = "en";
    model::callout c;
    c.content.push_back(node(model::paragraph{words("Hola")}, "c.p1", "es"));
    model.body.push_back(node(std::move(c), "c"));
    const auto plan = plan_structure(model, pages_of({{run("c", "callout-title"), run("c.p1", "paragraph")}}));
    EXPECT_EQ(shape(plan), "Document(Aside(P(c0.0) P[Lang=es](c0.1)))");
    EXPECT_EQ(plan.role_map_sources, std::vector<std::string>{"Aside"});
}

TEST(tagging, content_the_model_does_not_know_still_gets_an_element) {
    const model::document model;
    const auto plan = plan_structure(model, pages_of({{run("", ""), run("", ""), footer(), run("x", "")}}));
    EXPECT_EQ(shape(plan), "Document(P(c0.0 c0.1) P(c0.3))");
}

TEST(tagging, no_array_gets_longer_than_the_limit) {
    model::document model;
    model.meta.language = "en";
    model::list l;
    std::vector<layout::page_item> items;
    for (int i = 0; i < 7; ++i) {
        const auto id = "p" + std::to_string(i);
        model.body.push_back(node(model::paragraph{words("x")}, id));
        items.emplace_back(run(id, "paragraph"));
        for (int k = 0; k < 4; ++k) items.emplace_back(run(id, "paragraph"));  // five pieces each
    }
    for (int i = 0; i < 4; ++i) {
        const auto id = "li" + std::to_string(i);
        l.items.push_back({id, {}, {node(model::paragraph{words("x")}, id + ".p1")}});
        items.emplace_back(run(id, "list-label"));
        items.emplace_back(run(id + ".p1", "list-body"));
    }
    model.body.push_back(node(std::move(l), "l"));
    const auto plan = plan_structure(model, pages_of({items}), plan_options{3});
    std::size_t longest = 0;
    for (const auto& e : plan.elements)
        if (!e.removed) longest = std::max(longest, e.kids.size());
    EXPECT_LE(longest, 3u);
    const auto tree = shape(plan);
    EXPECT_NE(tree.find("Document(Part("), std::string::npos) << tree;  // 8 blocks under Document: grouped
    EXPECT_NE(tree.find("P(Span(c0.0 c0.1 c0.2) Span(c0.3 c0.4))"), std::string::npos) << tree;
    EXPECT_NE(tree.find("L[Disc](L(LI("), std::string::npos) << tree;  // a list of lists, still lists
}

TEST(xmp, the_packet_names_pdf_ua_and_escapes_text) {
    xmp_fields f;
    f.title = "Fish & <Chips> \"today\"\x01";
    f.language = "en";
    f.date = 1764115200;
    const auto packet = xmp_packet(f);
    EXPECT_NE(packet.find("<rdf:li xml:lang=\"x-default\">Fish &amp; &lt;Chips&gt; &quot;today&quot;</rdf:li>"),
              std::string::npos);
    EXPECT_NE(packet.find("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""), std::string::npos);
    EXPECT_NE(packet.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos);
    EXPECT_NE(packet.find("<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>"), std::string::npos);
    EXPECT_EQ(xmp_date(1764115200), "2025-11-26T00:00:00Z");
}

}  // namespace
}  // namespace folio::render::pdf::tagging
