// The XHTML content documents and the navigation document: semantic HTML per
// EPUB Accessibility 1.1 and WCAG 2.2 AA, one document per top-level section.

#include "epub_test_support.hpp"

#include <algorithm>

namespace folio::render::html {
namespace {

using namespace testing;

const std::string body =
    "<p>Before any section.</p>"
    "<section id=\"one\"><title>One</title><p>Intro with <abbr title=\"programmed death-ligand 1\">PD-L1</abbr>, "
    "<em>stress</em>, <strong>strong</strong> and <span lang=\"es\">fiebre</span>.</p>"
    "<ul><li>First</li><li>Second <ol start=\"3\"><li>Inner</li></ol></li></ul>"
    "<section id=\"one-a\"><title>One A</title><p>See <xref to=\"two\"/> and <a href=\"#term-x\">the word</a>.</p>"
    "<section id=\"one-a-i\"><title>Deep</title><p>Deeper.</p></section></section></section>"
    "<section id=\"two\"><title>Two</title>"
    "<table id=\"t\"><caption>Doses</caption><thead><tr><th scope=\"col\">Drug</th><th scope=\"col\">When</th></tr></thead>"
    "<tbody><tr><th scope=\"row\">A</th><td>Daily</td></tr></tbody></table>"
    "<figure id=\"f\"><image src=\"pixel.png\" alt=\"A dot.\"/><caption>The dot</caption></figure>"
    "<figure id=\"d\"><image src=\"pixel.png\" decorative=\"true\"/></figure>"
    "<callout kind=\"warning\"><title>Call now</title><p>If you have a fever.</p></callout>"
    "<callout kind=\"tip\"><p>Drink water.</p></callout>"
    "<page-break/><p>After the break.<br/>New line.</p></section>"
    "<glossary id=\"words\"><title>Words</title><entry id=\"term-y\"><term>yellow</term><definition>A colour.</definition></entry>"
    "<entry id=\"term-x\"><term>antigen</term><definition>A marker.</definition></entry></glossary>";

TEST(content_documents, one_document_per_top_level_section_after_the_title_page) {
    const auto b = build(load(document_xml("en", body)));
    EXPECT_EQ(b.paths(), (std::vector<std::string>{"mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                                                   "EPUB/style.css", "EPUB/text/00-title.xhtml", "EPUB/text/01-one.xhtml",
                                                   "EPUB/text/02-two.xhtml", "EPUB/text/03-words.xhtml", "EPUB/media/image-1.png"}));
    EXPECT_EQ(b.file("mimetype"), "application/epub+zip");
    // Blocks before the first section stay with the title.
    const auto title = b.xml("EPUB/text/00-title.xhtml");
    EXPECT_STREQ(title->select_node("//h1").node().child_value(), "Leaflet");
    EXPECT_STREQ(title->select_node("//p[@class='subtitle']").node().child_value(), "For patients");
    EXPECT_TRUE(title->select_node("//p[.='Before any section.']"));
    EXPECT_TRUE(b.sink.all().empty());
}

TEST(content_documents, every_document_declares_its_language_and_stylesheet) {
    const auto b = build(load(document_xml("en", body)));
    std::size_t checked = 0;
    for (const auto& path : b.paths()) {
        if (!path.ends_with(".xhtml")) continue;
        ++checked;
        const auto doc = b.xml(path);
        const auto html = doc->document_element();
        EXPECT_STREQ(html.attribute("xmlns").value(), "http://www.w3.org/1999/xhtml") << path;
        EXPECT_STREQ(html.attribute("lang").value(), "en") << path;
        EXPECT_STREQ(html.attribute("xml:lang").value(), "en") << path;
        EXPECT_FALSE(html.attribute("dir")) << path;
        EXPECT_FALSE(std::string(doc->select_node("//head/title").node().child_value()).empty()) << path;
        EXPECT_TRUE(doc->select_node("//head/link[@rel='stylesheet']")) << path;
    }
    EXPECT_EQ(checked, 5U) << "the navigation document and the four content documents";
}

TEST(content_documents, sections_and_headings_follow_the_nesting_without_skips) {
    const auto b = build(load(document_xml("en", body)));
    const auto one = b.xml("EPUB/text/01-one.xhtml");
    EXPECT_STREQ(one->select_node("/html/body/section[@id='one']/h2").node().child_value(), "One");
    EXPECT_STREQ(one->select_node("//section[@id='one-a']/h3").node().child_value(), "One A");
    EXPECT_STREQ(one->select_node("//section[@id='one-a-i']/h4").node().child_value(), "Deep");
    // Across the whole book, in reading order, no heading is more than one level below the last.
    int last = 0;
    std::vector<std::string> headings;
    for (const auto* path : {"EPUB/text/00-title.xhtml", "EPUB/text/01-one.xhtml", "EPUB/text/02-two.xhtml", "EPUB/text/03-words.xhtml"}) {
        const auto xhtml = b.xml(path);  // kept alive while its nodes are read
        for (const auto& h : xhtml->select_nodes("//h1|//h2|//h3|//h4|//h5|//h6")) {
            const int level = h.node().name()[1] - '0';
            EXPECT_LE(level, last + 1) << path << " " << h.node().name();
            last = level;
            headings.emplace_back(h.node().name());
        }
    }
    // The title, One, One A, Deep, Two, Words: the loop above saw every heading.
    EXPECT_EQ(headings, (std::vector<std::string>{"h1", "h2", "h3", "h4", "h2", "h2"}));
}

TEST(content_documents, inline_markup_keeps_its_meaning) {
    const auto b = build(load(document_xml("en", body)));
    const auto one = b.xml("EPUB/text/01-one.xhtml");
    const auto abbr = one->select_node("//abbr").node();
    EXPECT_STREQ(abbr.attribute("title").value(), "programmed death-ligand 1");
    EXPECT_STREQ(abbr.child_value(), "PD-L1");
    EXPECT_STREQ(one->select_node("//em").node().child_value(), "stress");
    EXPECT_STREQ(one->select_node("//strong").node().child_value(), "strong");
    const auto spanish = one->select_node("//span[@lang='es']").node();
    EXPECT_STREQ(spanish.attribute("xml:lang").value(), "es");
    EXPECT_STREQ(spanish.child_value(), "fiebre");
    // Cross-references: generated words, links across documents, glossary references marked.
    const auto xref = one->select_node("//section[@id='one-a']/p/a[1]").node();
    EXPECT_STREQ(xref.attribute("href").value(), "02-two.xhtml#two");
    EXPECT_EQ(text_of(xref), "the section “Two”");
    const auto link = one->select_node("//section[@id='one-a']/p/a[2]").node();
    EXPECT_STREQ(link.attribute("href").value(), "03-words.xhtml#term-x");
    const auto two = b.xml("EPUB/text/02-two.xhtml");
    EXPECT_TRUE(two->select_node("//p[br]"));
}

TEST(content_documents, lists_tables_figures_callouts_and_glossaries_are_semantic) {
    const auto b = build(load(document_xml("en", body)));
    const auto one = b.xml("EPUB/text/01-one.xhtml");
    EXPECT_EQ(one->select_nodes("//ul/li").size(), 2U);
    EXPECT_STREQ(one->select_node("//ul/li[2]/ol").node().attribute("start").value(), "3");
    EXPECT_EQ(text_of(one->select_node("//ul/li[1]").node()), "First");

    const auto two = b.xml("EPUB/text/02-two.xhtml");
    EXPECT_STREQ(two->select_node("//table/caption").node().child_value(), "Doses");
    EXPECT_EQ(two->select_nodes("//table/thead/tr/th[@scope='col']").size(), 2U);
    EXPECT_STREQ(two->select_node("//table/tbody/tr/th[@scope='row']").node().child_value(), "A");
    EXPECT_STREQ(two->select_node("//table/tbody/tr/td").node().child_value(), "Daily");

    const auto figure = two->select_node("//figure[@id='f']").node();
    EXPECT_STREQ(figure.child("img").attribute("alt").value(), "A dot.");
    EXPECT_STREQ(figure.child("img").attribute("src").value(), "../media/image-1.png");
    EXPECT_STREQ(figure.child("figcaption").child_value(), "The dot");
    // A decorative image: empty alt, presentation, no figure of its own.
    const auto decorative = two->select_node("//div[@id='d']/img").node();
    EXPECT_TRUE(decorative.attribute("alt"));
    EXPECT_STREQ(decorative.attribute("alt").value(), "");
    EXPECT_STREQ(decorative.attribute("role").value(), "presentation");
    // The same file twice is packed once.
    const auto paths = b.paths();
    EXPECT_EQ(std::count(paths.begin(), paths.end(), "EPUB/media/image-1.png"), 1);

    const auto warning = two->select_node("//aside[contains(@class, 'warning')]").node();
    EXPECT_STREQ(warning.attribute("role").value(), "note");
    const std::string label_id = warning.attribute("aria-labelledby").value();
    const auto label = two->select_node(("//*[@id='" + label_id + "']").c_str()).node();
    EXPECT_EQ(text_of(label), "Warning: Call now");
    const auto tip = two->select_node("//aside[contains(@class, 'tip')]").node();
    EXPECT_STREQ(tip.attribute("role").value(), "doc-tip");
    EXPECT_EQ(text_of(tip.child("p")), "Tip");

    const auto words = b.xml("EPUB/text/03-words.xhtml");
    const auto glossary = words->select_node("//section[@id='words']").node();
    EXPECT_STREQ(glossary.attribute("epub:type").value(), "glossary");
    EXPECT_STREQ(glossary.attribute("role").value(), "doc-glossary");
    // Sorted as print sorts them, each term a defining instance.
    const auto terms = words->select_nodes("//dl/dt/dfn");
    ASSERT_EQ(terms.size(), 2U);
    EXPECT_STREQ(terms[0].node().child_value(), "antigen");
    EXPECT_STREQ(terms[1].node().child_value(), "yellow");
    EXPECT_EQ(text_of(words->select_node("//dl/dd").node()), "A marker.");
}

TEST(content_documents, arabic_reads_right_to_left_and_marks_left_to_right_phrases) {
    const auto b = build(load(document_xml("ar", "<section id=\"s\"><title>القسم</title><p>نص <span lang=\"en\">PD-1</span>.</p></section>"), "ar"));
    const auto doc = b.xml("EPUB/text/01-s.xhtml");
    EXPECT_STREQ(doc->document_element().attribute("dir").value(), "rtl");
    EXPECT_STREQ(doc->document_element().attribute("lang").value(), "ar");
    EXPECT_STREQ(doc->select_node("//span[@lang='en']").node().attribute("dir").value(), "ltr");
    EXPECT_STREQ(b.xml("EPUB/nav.xhtml")->document_element().attribute("dir").value(), "rtl");
    const auto package = b.xml("EPUB/package.opf");
    EXPECT_STREQ(package->select_node("//spine").node().attribute("page-progression-direction").value(), "rtl");
    EXPECT_FALSE(build(load(document_xml("en", "<p>x</p>"))).xml("EPUB/package.opf")->select_node("//spine/@page-progression-direction"));
}

TEST(navigation, the_toc_nests_as_the_headings_do_and_landmarks_point_at_real_places) {
    const auto b = build(load(document_xml("en", body)));
    const auto nav = b.xml("EPUB/nav.xhtml");
    const auto toc = nav->select_node("//nav[@epub:type='toc']").node();
    EXPECT_STREQ(toc.attribute("role").value(), "doc-toc");
    // Title and top-level sections side by side; deeper ones nested under their parents.
    const auto top = toc.select_nodes("ol/li/a");
    ASSERT_EQ(top.size(), 4U);
    EXPECT_STREQ(top[0].node().attribute("href").value(), "text/00-title.xhtml#title");
    EXPECT_STREQ(top[1].node().attribute("href").value(), "text/01-one.xhtml#one");
    EXPECT_STREQ(top[2].node().child_value(), "Two");
    EXPECT_STREQ(top[3].node().attribute("href").value(), "text/03-words.xhtml#words");
    EXPECT_STREQ(toc.select_node("ol/li[2]/ol/li/a").node().child_value(), "One A");
    EXPECT_STREQ(toc.select_node("ol/li[2]/ol/li/ol/li/a").node().child_value(), "Deep");

    const auto landmarks = nav->select_nodes("//nav[@epub:type='landmarks']/ol/li/a");
    ASSERT_EQ(landmarks.size(), 3U);
    EXPECT_STREQ(landmarks[0].node().attribute("epub:type").value(), "toc");
    EXPECT_STREQ(landmarks[1].node().attribute("epub:type").value(), "bodymatter");
    EXPECT_STREQ(landmarks[2].node().attribute("epub:type").value(), "glossary");
    EXPECT_STREQ(landmarks[2].node().attribute("href").value(), "text/03-words.xhtml#words");
    EXPECT_STREQ(landmarks[2].node().child_value(), "Glossary");
    // No page list without pages.
    EXPECT_FALSE(nav->select_node("//nav[@epub:type='page-list']"));
}

TEST(navigation, words_come_from_the_catalog_of_the_document_language) {
    const auto b = build(load(document_xml("es", "<section id=\"s\"><title>Uno</title><p>x</p></section>"
                                                 "<glossary id=\"g\"><title>Palabras</title><entry id=\"e\"><term>a</term><definition>b</definition></entry></glossary>"), "es"));
    const auto nav = b.xml("EPUB/nav.xhtml");
    EXPECT_STREQ(nav->select_node("//nav[@epub:type='toc']/h1").node().child_value(), "Contenido");
    EXPECT_STREQ(nav->select_node("//nav[@epub:type='landmarks']/ol/li[3]/a").node().child_value(), "Glosario");
}

}  // namespace
}  // namespace folio::render::html
