// Page-break markers where the printed pages begin: given as (node, byte offset into the node's
// drawn text), placed just before that word; and, with the real layout of the shipped handouts,
// one marker per brochure page.

#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "epub_test_support.hpp"

#include "layout/font_set.hpp"
#include "layout/layout_document.hpp"
#include "support/shipped_style.hpp"

namespace folio::render::html {
namespace {

using namespace testing;

/// The text of the body with "|" where the marker of page `id` is.
void text_with_marker(const pugi::xml_node& node, const std::string& id, std::string& out, bool& found) {
    for (auto n = node.first_child(); n; n = n.next_sibling()) {
        if (n.type() == pugi::node_pcdata && !is_indentation(n)) out += n.value();
        if (n.type() != pugi::node_element) continue;
        if (std::string(n.attribute("epub:type").value()) == "pagebreak" && std::string(n.attribute("id").value()) == id) {
            out += "|";
            found = true;
        }
        text_with_marker(n, id, out, found);
    }
}

auto around_marker(const pugi::xml_document& doc, const std::string& id) -> std::string {
    std::string out;
    bool found = false;
    text_with_marker(doc.select_node("//body").node(), id, out, found);
    return found ? out : "<no marker " + id + ">";
}

auto options_with(std::vector<page_mark> pages) -> epub_options {
    epub_options o;
    o.pages = std::move(pages);
    o.page_source = "leaflet-brochure.pdf";
    return o;
}

TEST(page_list, a_marker_goes_before_the_first_word_of_its_page) {
    const auto doc = load(document_xml("en", "<section id=\"s\"><title>Head</title><p id=\"p\">Alpha beta gamma delta.</p></section>"));
    const auto b = build(doc, options_with({{"1", "title", 0}, {"2", "p", 11}}));
    EXPECT_TRUE(b.sink.all().empty());
    const auto title = b.xml("EPUB/text/00-title.xhtml");
    EXPECT_TRUE(around_marker(*title, "page-1").starts_with("|Leaflet"));
    const auto s = b.xml("EPUB/text/01-s.xhtml");
    EXPECT_EQ(around_marker(*s, "page-2"), "HeadAlpha beta |gamma delta.");
    const auto marker = s->select_node("//span[@id='page-2']").node();
    EXPECT_STREQ(marker.attribute("epub:type").value(), "pagebreak");
    EXPECT_STREQ(marker.attribute("role").value(), "doc-pagebreak");
    EXPECT_STREQ(marker.attribute("title").value(), "2");
    EXPECT_FALSE(marker.first_child());
    // The page list links each marker, labelled with the printed number.
    const auto nav = b.xml("EPUB/nav.xhtml");
    const auto pages = nav->select_nodes("//nav[@epub:type='page-list']/ol/li/a");
    ASSERT_EQ(pages.size(), 2U);
    EXPECT_STREQ(pages[0].node().attribute("href").value(), "text/00-title.xhtml#page-1");
    EXPECT_STREQ(pages[1].node().attribute("href").value(), "text/01-s.xhtml#page-2");
    EXPECT_STREQ(pages[1].node().child_value(), "2");
    EXPECT_STREQ(nav->select_node("//nav[@epub:type='page-list']").node().attribute("role").value(), "doc-pagelist");
}

TEST(page_list, offsets_count_the_words_print_draws) {
    // Drawn text: abbreviations as written, empty cross-references as their generated words,
    // forced line breaks dropped; callout titles start with the kind; tables run caption, then
    // cells; a list item's id stands for its label.
    const auto doc = load(document_xml("en",
        "<section id=\"s\"><title>Head</title>"
        "<p id=\"p\">See <xref to=\"s\"/> for <abbr title=\"programmed death-ligand 1\">PD-L1</abbr><br/>and more.</p>"
        "<callout id=\"c\" kind=\"warning\"><title>Call</title><p id=\"cp\">Now.</p></callout>"
        "<table id=\"t\"><caption>Cap</caption><thead><tr><th scope=\"col\">H1</th><th scope=\"col\">H2</th></tr></thead>"
        "<tbody><tr><td>one</td><td>two</td></tr></tbody></table>"
        "<ul><li id=\"item\">Listed</li></ul></section>"));
    // "See the section “Head” for PD-L1and more.": "for" at byte 27, "and" at 36 (“ and ” are 3 bytes each)
    const auto b = build(doc, options_with({{"1", "title", 0}, {"2", "p", 27}, {"3", "p", 36}, {"4", "c", 9},
                                            {"5", "t", 7}, {"6", "item", 0}}));
    EXPECT_TRUE(b.sink.all().empty()) << model::format_diagnostic(b.sink.all().front());
    const auto s = b.xml("EPUB/text/01-s.xhtml");
    const auto text = around_marker(*s, "page-2");
    EXPECT_NE(text.find("the section “Head” |for PD-L1"), std::string::npos) << text;
    EXPECT_NE(around_marker(*s, "page-3").find("PD-L1|and more."), std::string::npos) << around_marker(*s, "page-3");
    EXPECT_NE(around_marker(*s, "page-4").find("Warning: |CallNow."), std::string::npos) << around_marker(*s, "page-4");
    EXPECT_NE(around_marker(*s, "page-5").find("CapH1H2|one"), std::string::npos) << around_marker(*s, "page-5");
    EXPECT_NE(around_marker(*s, "page-6").find("two|Listed"), std::string::npos) << around_marker(*s, "page-6");
    EXPECT_STREQ(s->select_node("//span[@id='page-6']").node().parent().name(), "li");
}

TEST(page_list, a_marker_at_the_start_of_a_link_or_emphasis_goes_before_it) {
    const auto doc = load(document_xml("en", "<p id=\"p\">Go to <a href=\"https://example.org/\"><em>the site</em></a> now.</p>"));
    const auto b = build(doc, options_with({{"1", "title", 0}, {"2", "p", 6}}));
    const auto title = b.xml("EPUB/text/00-title.xhtml");
    const auto marker = title->select_node("//span[@id='page-2']").node();
    EXPECT_STREQ(marker.parent().name(), "p");
    EXPECT_STREQ(marker.select_node("following-sibling::*[1]").node().name(), "a");
}

TEST(page_list, a_page_starting_with_an_image_starts_before_the_figure) {
    const auto doc = load(document_xml("en", "<p>Text.</p><figure id=\"f\"><image src=\"pixel.png\" alt=\"A dot.\"/><caption>Dot</caption></figure>"));
    const auto b = build(doc, options_with({{"1", "title", 0}, {"2", "f", 0}}));
    const auto title = b.xml("EPUB/text/00-title.xhtml");
    const auto marker = title->select_node("//span[@id='page-2']").node();
    EXPECT_STREQ(marker.parent().name(), "figure");
    EXPECT_STREQ(marker.select_node("following-sibling::*[1]").node().name(), "img");
}

TEST(page_list, pages_print_and_the_ebook_disagree_on_are_reported_and_not_claimed) {
    const auto doc = load(document_xml("en", "<p id=\"p\">Short.</p>"));
    const auto b = build(doc, options_with({{"1", "title", 0}, {"2", "nowhere", 0}, {"3", "p", 99}}));
    std::string messages;
    for (const auto& d : b.sink.all()) messages += model::format_diagnostic(d) + "\n";
    EXPECT_NE(messages.find("warning: printed page 2 starts in text the e-book does not show [page-not-marked]"),
              std::string::npos) << messages;
    EXPECT_NE(messages.find("printed page 3 starts past the end of this block's text in the e-book"), std::string::npos) << messages;
    // Placed at the block's own line and column, never by an id (which may be one the loader made).
    for (const auto& d : b.sink.all()) EXPECT_EQ(d.message.find("'p'"), std::string::npos) << d.message;
    const auto past_the_end = std::find_if(b.sink.all().begin(), b.sink.all().end(),
                                           [](const auto& d) { return d.message.starts_with("printed page 3"); });
    ASSERT_NE(past_the_end, b.sink.all().end());
    EXPECT_EQ(past_the_end->position, model::find_block(doc, "p")->position);
    EXPECT_GT(past_the_end->position.line, 0U);
    const auto package = b.file("EPUB/package.opf");
    EXPECT_EQ(package.find("printPageNumbers"), std::string::npos);
    EXPECT_EQ(package.find("dc:source"), std::string::npos);
    // The markers that were placed are still listed.
    EXPECT_EQ(b.xml("EPUB/nav.xhtml")->select_nodes("//nav[@epub:type='page-list']/ol/li").size(), 2U);
}

TEST(page_list, marker_ids_never_collide_with_content_ids) {
    const auto doc = load(document_xml("en", "<section id=\"page-2\"><title>Pages</title><p id=\"p\">Text.</p></section>"));
    const auto b = build(doc, options_with({{"1", "title", 0}, {"2", "p", 0}}));
    const auto s = b.xml("EPUB/text/01-page-2.xhtml");
    EXPECT_TRUE(s->select_node("//section[@id='page-2']"));
    EXPECT_TRUE(s->select_node("//span[@epub:type='pagebreak' and @id='page-2-2']"));
}

/// The shipped handout laid out as the brochure: every printed page gets its marker, in order.
class shipped_page_list : public ::testing::TestWithParam<std::string> {};

TEST_P(shipped_page_list, every_brochure_page_has_its_marker_in_reading_order) {
    const auto& language = GetParam();
    const auto style = folio::testing::shipped_style("brochure");
    ASSERT_TRUE(style);
    model::diagnostics sink;
    const auto doc = load::load_document(source_dir / "content/immunotherapy" / (language + ".xml"), sink);
    ASSERT_TRUE(doc);
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, language);
    const layout::font_set fonts(*style, folio::testing::repository_fonts(), language);
    const auto resolved = compose::resolve(*doc, messages);
    const auto laid_out = layout::layout_document(resolved, *style, fonts, sink);
    ASSERT_FALSE(sink.has_errors());
    epub_options options;
    options.style = &*style;
    options.page_source = "immunotherapy-brochure.pdf";
    for (const auto& start : laid_out.page_starts()) options.pages.push_back({start.label, start.node_id, start.text_offset});
    ASSERT_GE(options.pages.size(), 3U);

    model::diagnostics epub_sink;
    const auto entries = build_publication(resolved, options, epub_sink);
    for (const auto& d : epub_sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    built b{entries, {}};
    const auto nav = b.xml("EPUB/nav.xhtml");
    const auto links = nav->select_nodes("//nav[@epub:type='page-list']/ol/li/a");
    ASSERT_EQ(links.size(), options.pages.size());
    // Markers appear in the spine in page order.
    std::vector<std::string> in_reading_order;
    for (const auto& e : entries) {
        if (!e.path.starts_with("EPUB/text/")) continue;
        const auto xhtml = b.xml(e.path);  // kept alive while its nodes are read
        for (const auto& m : xhtml->select_nodes("//span[@epub:type='pagebreak']"))
            in_reading_order.push_back(m.node().attribute("title").value());
    }
    std::vector<std::string> labels;
    for (const auto& p : options.pages) labels.push_back(p.label);
    EXPECT_EQ(in_reading_order, labels);
    for (std::size_t i = 0; i < links.size(); ++i) EXPECT_EQ(links[i].node().child_value(), labels[i]);
    EXPECT_NE(b.file("EPUB/package.opf").find("<meta property=\"schema:accessibilityFeature\">printPageNumbers</meta>"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(languages, shipped_page_list, ::testing::Values("en", "es", "zh-Hans", "ar", "vi", "hi"),
                         [](const auto& param_info) {
                             std::string name = param_info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

}  // namespace
}  // namespace folio::render::html
