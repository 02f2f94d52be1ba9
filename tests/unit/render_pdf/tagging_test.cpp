// The tag plan: the structure tree built from a model document and the provenance of drawn items,
// and how each item is marked. (Whole PDFs are checked by tests/print/check_tags.py.)

#include "render/pdf/tagging/leaf_key.hpp"
#include "render/pdf/tagging/structure_plan.hpp"
#include "render/pdf/tagging/structure_type.hpp"
#include "render/pdf/tagging/xmp_metadata.hpp"

#include <gtest/gtest.h>

#include <compare>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace folio::render::pdf::tagging {
namespace {

using kind = item_mark::kind;
using role = layout::item_role;

auto words(std::string s) -> model::inlines { return {{model::text{std::move(s)}, {}}}; }

auto node(decltype(model::block_node::value) value, std::string id, std::string language = {}) -> model::block_node {
    return {std::move(value), std::move(id), std::move(language), {}};
}

/// A drawn run of one glyph for `node_id` in `what`.
auto run(std::string node_id, role what, std::string language = "en") -> layout::glyph_run {
    layout::glyph_run r;
    r.language = std::move(language);
    r.text = "x";
    r.glyphs.push_back({1, 72, 100, 5, "x"});
    r.from = {std::move(node_id), layout::artifact_kind::none, what};
    return r;
}

auto heading(std::string node_id, int level) -> layout::glyph_run {
    auto r = run(std::move(node_id), role::heading);
    r.from.level = level;
    return r;
}

auto cell(std::string table, role what, int row, int column, std::size_t offset) -> layout::glyph_run {
    auto r = run(std::move(table), what);
    r.from.row = row;
    r.from.column = column;
    r.text_offset = offset;
    return r;
}

auto footer() -> layout::glyph_run {
    auto r = run("", role::page_number);
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
    std::string out(pdf_name(el.type));
    std::string attributes;
    const auto attribute = [&](const std::string& a) { attributes += (attributes.empty() ? "" : " ") + a; };
    if (!el.language.empty()) attribute("Lang=" + el.language);
    if (el.scope) attribute("Scope=" + std::string(pdf_name(*el.scope)));
    if (el.numbering) attribute(std::string(pdf_name(*el.numbering)));
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
    const auto pages = pages_of({{run("title", role::title), heading("outer", 2), run("outer.p1", role::paragraph), footer()},
                                 {run("outer.p1", role::paragraph), heading("inner", 3), run("inner.p1", role::paragraph), footer()}});
    const auto plan = plan_structure(model, pages);
    EXPECT_EQ(shape(plan), "Document(H1(c0.0) Sect(H2(c0.1) P(c0.2 c1.0) Sect(H3(c1.1) P(c1.2))))");
    EXPECT_EQ(plan.marks[0][3].what, kind::pagination);
    EXPECT_EQ(plan.marks[1][0].what, kind::content);
    EXPECT_EQ(plan.elements[plan.marks[1][0].element].type, structure_type::p);
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
    l.items.push_back({"l.li1", {}, {node(model::paragraph{words("one")}, "l.li1.p1")}, "1.", "1."});
    model.body.push_back(node(std::move(l), "l"));
    model::glossary g;
    g.title = words("Words");
    g.entries.push_back({"term-b", {}, words("b"), {node(model::paragraph{words("bee")}, "term-b.p1")}});
    g.entries.push_back({"term-a", {}, words("a"), {node(model::paragraph{words("ay")}, "term-a.p1")}});
    model.body.push_back(node(std::move(g), "words"));
    // Layout prints "a" before "b" (collation order).
    const auto pages = pages_of({{run("l.li1", role::list_label), run("l.li1.p1", role::list_body), heading("words", 2),
                                  run("term-a", role::term), run("term-a.p1", role::paragraph), run("term-b", role::term),
                                  run("term-b.p1", role::paragraph)}});
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
    const auto pages = pages_of({{run("t", role::table_caption), cell("t", role::table_header, 0, 0, 7), cell("t", role::table_header, 0, 1, 9),
                                  cell("t", role::table_header, 1, 0, 11), cell("t", role::table_cell, 1, 1, 12)},
                                 {cell("t", role::table_header, 0, 0, 7), cell("t", role::table_header, 0, 1, 9),
                                  cell("t", role::table_header, 2, 0, 13)}});
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
    const layout::link to_glossary{{}, "", "term-a", "term", {"p1", {}, role::paragraph}};
    auto linked = run("p1", role::paragraph);
    linked.link = to_glossary.target();  // a run knows where it links to
    const auto pages = pages_of({{run("p1", role::paragraph), linked, to_glossary, linked, to_glossary,
                                  run("p1", role::paragraph, "es"), run("p2", role::paragraph, "es"), run("p2", role::paragraph, "es")}});
    const auto plan = plan_structure(model, pages);
    // One Link for the two runs of one link (a line break between them), with both annotations;
    // a Span for the Spanish run; a paragraph all in Spanish takes the language itself.
    EXPECT_EQ(shape(plan), "Document(P(c0.0 Link(c0.1 a0.2 c0.3 a0.4) Span[Lang=es](c0.5)) P[Lang=es](c0.6 c0.7))");
    EXPECT_EQ(plan.marks[0][2].what, kind::annotation);
    EXPECT_EQ(plan.elements[plan.marks[0][2].element].type, structure_type::link);
    EXPECT_EQ(plan.elements[plan.marks[0][6].element].type, structure_type::p);
}

TEST(tagging, figures_carry_alt_text_and_their_box_and_decorative_images_are_artifacts) {
    model::document model;
    model.meta.language = "en";
    model.body.push_back(node(model::figure{"a.png", "A diagram", false, words("Caption")}, "fig"));
    model.body.push_back(node(model::figure{"b.png", "", true, {}}, "deco"));
    layout::image shown{{}, {10, 20, 30, 40}, "A diagram", {"fig", {}, role::figure}};
    layout::image decoration{{}, {10, 90, 30, 40}, "", {"deco", layout::artifact_kind::layout, role::figure}};
    const auto plan = plan_structure(model, pages_of({{shown, run("fig", role::caption), decoration}}));
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
    const auto plan = plan_structure(model, pages_of({{run("c", role::callout_title), run("c.p1", role::paragraph)}}));
    EXPECT_EQ(shape(plan), "Document(Aside(P(c0.0) P[Lang=es](c0.1)))");
    EXPECT_EQ(plan.role_map_sources, std::vector<structure_type>{structure_type::aside});
}

TEST(tagging, content_the_model_does_not_know_still_gets_an_element) {
    const model::document model;
    const auto plan = plan_structure(model, pages_of({{run("", role::none), run("", role::none), footer(), run("x", role::none)}}));
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
        items.emplace_back(run(id, role::paragraph));
        for (int k = 0; k < 4; ++k) items.emplace_back(run(id, role::paragraph));  // five pieces each
    }
    for (int i = 0; i < 4; ++i) {
        const auto id = "li" + std::to_string(i);
        l.items.push_back({id, {}, {node(model::paragraph{words("x")}, id + ".p1")}, "\u2022", ""});
        items.emplace_back(run(id, role::list_label));
        items.emplace_back(run(id + ".p1", role::list_body));
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

TEST(structure_types, every_type_has_one_pdf_name_that_names_it_back) {
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < structure_types.size(); ++i) {
        const auto type = static_cast<structure_type>(i);
        const auto name = pdf_name(type);
        EXPECT_FALSE(name.empty());
        EXPECT_TRUE(names.insert(name).second) << "two types are written /" << name;
        EXPECT_EQ(structure_type_named(name), type) << name;
    }
    EXPECT_EQ(names.size(), structure_types.size());
    EXPECT_EQ(structure_type_named("Sect"), structure_type::sect);
    EXPECT_EQ(structure_type_named("Blockquote"), std::nullopt);
    EXPECT_EQ(pdf_name(structure_type::lbody), "LBody");
    EXPECT_EQ(pdf_name(structure_type::thead), "THead");
}

TEST(structure_types, only_aside_needs_a_role_map_and_it_maps_to_a_standard_type) {
    for (const auto& row : structure_types) {
        EXPECT_TRUE(is_standard(row.standard)) << row.pdf_name;
        EXPECT_EQ(is_standard(row.type), row.type != structure_type::aside) << row.pdf_name;
    }
    EXPECT_EQ(info(structure_type::aside).standard, structure_type::div);
    EXPECT_EQ(heading_type(0), structure_type::h1);
    EXPECT_EQ(heading_type(3), structure_type::h3);
    EXPECT_EQ(heading_type(9), structure_type::h6);
    EXPECT_EQ(pdf_name(header_scope::column), "Column");
    EXPECT_EQ(pdf_name(list_numbering::decimal), "Decimal");
}

TEST(leaf_keys, a_drawn_item_finds_the_part_of_its_node) {
    layout::provenance body{"li", layout::artifact_kind::none, role::list_body};
    layout::provenance paragraph{"li", layout::artifact_kind::none, role::paragraph};
    EXPECT_EQ(leaf_of(body), leaf_of(paragraph));  // a list item's paragraph is a P like any other
    EXPECT_EQ(leaf_of(body).part, leaf_part::paragraph);
    layout::provenance h2{"s", layout::artifact_kind::none, role::heading, 2};
    layout::provenance h3{"s", layout::artifact_kind::none, role::heading, 3};
    EXPECT_EQ(leaf_of(h2), leaf_of(h3));  // the level is the element's type, not its key
    EXPECT_EQ(leaf_of(h2), (leaf_key{"s", leaf_part::heading}));
    layout::provenance header{"t", layout::artifact_kind::none, role::table_header};
    header.row = 1;
    header.column = 2;
    auto data = header;
    data.role = role::table_cell;
    EXPECT_EQ(leaf_of(header), leaf_of(data));
    EXPECT_EQ(leaf_of(header), (leaf_key{"t", leaf_part::table_cell, 1, 2}));
    data.column = 3;
    EXPECT_NE(leaf_of(header), leaf_of(data));
    layout::provenance notice{"meta", layout::artifact_kind::none, role::metadata};
    notice.part = 4;
    EXPECT_EQ(leaf_of(notice), (leaf_key{.node_id = "meta", .part = leaf_part::notice, .line = 4}));
    EXPECT_EQ(leaf_of({"x", layout::artifact_kind::none, role::none}).part, leaf_part::unplanned);
}

TEST(leaf_keys, keys_order_by_node_then_part_then_cell_then_line) {
    const std::vector<leaf_key> sorted = {
        {"a", leaf_part::heading},
        {"a", leaf_part::table_cell, 0, 5},
        {"a", leaf_part::table_cell, 1, 0},
        {"a", leaf_part::table_cell, 1, 2},
        {"b", leaf_part::unplanned},
        {.node_id = "meta", .part = leaf_part::notice, .line = 0},
        {.node_id = "meta", .part = leaf_part::notice, .line = 1},
    };
    for (std::size_t i = 0; i + 1 < sorted.size(); ++i) {
        EXPECT_LT(sorted[i], sorted[i + 1]) << i;
        EXPECT_FALSE(sorted[i + 1] < sorted[i]) << i;
    }
    EXPECT_EQ((leaf_key{"a", leaf_part::caption} <=> leaf_key{"a", leaf_part::caption}), std::strong_ordering::equal);
    std::map<leaf_key, int> elements;
    elements[{"t", leaf_part::table_cell, 0, 1}] = 1;
    elements[{"t", leaf_part::table_cell, 1, 0}] = 2;
    EXPECT_EQ(elements.size(), 2u);  // different cells of one table are different elements
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
