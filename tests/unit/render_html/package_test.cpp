// The package document: identity, dates, and accessibility metadata derived from the content.

#include "epub_test_support.hpp"

#include "render/html/identifier.hpp"

namespace folio::render::html {
namespace {

using namespace testing;

auto values(const pugi::xml_document& opf, const std::string& property) -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& n : opf.select_nodes(("//metadata/meta[@property='" + property + "']").c_str()))
        out.emplace_back(n.node().child_value());
    return out;
}

auto with_pages() -> epub_options {
    epub_options o;
    o.pages = {{"1", "title", 0}};
    o.page_source = "leaflet-brochure.pdf";
    o.source_date_epoch = 1795651200;  // 2026-11-26T00:00:00Z
    return o;
}

const std::string image_body =
    "<section id=\"s\"><title>S</title><p>x</p><figure id=\"f\"><image src=\"pixel.png\" alt=\"A dot.\"/></figure>"
    "<table id=\"t\"><caption>C</caption><tbody><tr><th scope=\"row\">a</th><td>b</td></tr></tbody></table>"
    "<p><span lang=\"es\">hola</span></p></section>";

TEST(identifier, name_based_uuids_match_their_standard) {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, "http://www.python.org")
    EXPECT_EQ(uuid_v5("http://www.python.org"), "5e077b6f-5fcc-5a59-b52a-0092db3520c3");
    EXPECT_EQ(uuid_v5(""), "1b4db7eb-4057-5ddf-91e0-36dec72071f5");
}

TEST(identifier, shipped_e_books_keep_their_identifiers) {
    // The dc:identifier of the e-books Folio has shipped: readers' libraries key on it, so it
    // must never change (whatever computes the SHA-1 behind it).
    EXPECT_EQ(uuid_v5("urn:folio:immunotherapy/en/ebook"), "5f47c763-9e91-577f-8989-681b6676e044");
    EXPECT_EQ(uuid_v5("urn:folio:immunotherapy/ar/ebook"), "d4234cea-d059-5e6d-9a6d-7e86ded988b4");
    EXPECT_EQ(uuid_v5("urn:folio:immunotherapy/zh-Hans/ebook"), "8560f9fd-3db9-5434-ae2e-78dcc88be24b");
}

TEST(identifier, timestamps_are_utc_with_four_digit_years) {
    EXPECT_EQ(iso_timestamp(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(iso_timestamp(1795651200 + 3661), "2026-11-26T01:01:01Z");
    EXPECT_EQ(iso_timestamp(951782400), "2000-02-29T00:00:00Z");
    EXPECT_EQ(iso_timestamp(-1), "1969-12-31T23:59:59Z");
    EXPECT_EQ(iso_timestamp(253402300799), "9999-12-31T23:59:59Z");
    EXPECT_EQ(iso_timestamp(253402300800), "9999-12-31T23:59:59Z");
    EXPECT_EQ(iso_timestamp(-62135596800 - 1), "0001-01-01T00:00:00Z");
}

TEST(package, identity_title_language_creators_and_dates) {
    const auto doc = load(document_xml("en", "<p>x</p>", "<publisher>Clinic</publisher><author>Ann</author><author>Bo</author>",
                                       "<keywords><keyword>k1</keyword></keywords>"));
    const auto b = build(doc, with_pages());
    const auto opf = b.xml("EPUB/package.opf");
    const auto package = opf->document_element();
    EXPECT_STREQ(package.attribute("version").value(), "3.0");
    EXPECT_STREQ(package.attribute("unique-identifier").value(), "uid");
    const auto id = opf->select_node("//dc:identifier[@id='uid']").node().child_value();
    // A name-based UUID of the document id and language: the same in every export.
    EXPECT_EQ(std::string(id), "urn:uuid:" + uuid_v5("urn:folio:leaflet/en/ebook"));
    EXPECT_STREQ(opf->select_node("//dc:title").node().child_value(), "Leaflet");
    EXPECT_STREQ(opf->select_node("//dc:language").node().child_value(), "en");
    EXPECT_EQ(opf->select_nodes("//dc:creator").size(), 2U);
    EXPECT_STREQ(opf->select_node("//dc:publisher").node().child_value(), "Clinic");
    EXPECT_STREQ(opf->select_node("//dc:subject").node().child_value(), "k1");
    EXPECT_EQ(values(*opf, "dcterms:modified"), (std::vector<std::string>{"2026-11-26T00:00:00Z"}));
    // Another language is another publication.
    const auto es = build(load(document_xml("es", "<p>x</p>"), "es"), with_pages());
    EXPECT_STRNE(es.xml("EPUB/package.opf")->select_node("//dc:identifier").node().child_value(), id);
}

TEST(package, conformance_claim_certified_by_the_publisher) {
    const auto doc = load(document_xml("en", "<p>x</p>", "<publisher>Clinic</publisher>"));
    const auto opf = build(doc, with_pages()).xml("EPUB/package.opf");
    const auto conforms = opf->select_node("//meta[@property='dcterms:conformsTo']").node();
    EXPECT_STREQ(conforms.child_value(), "EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
    const auto certifier = opf->select_node("//meta[@property='a11y:certifiedBy']").node();
    EXPECT_EQ("#" + std::string(conforms.attribute("id").value()), certifier.attribute("refines").value());
    EXPECT_STREQ(certifier.child_value(), "Clinic");
}

TEST(package, accessibility_metadata_says_only_what_this_content_has) {
    // Text only, no headings, no page list.
    const auto bare = build(load(document_xml("en", "<p>x</p>"))).xml("EPUB/package.opf");
    EXPECT_EQ(values(*bare, "schema:accessMode"), (std::vector<std::string>{"textual"}));
    EXPECT_EQ(values(*bare, "schema:accessModeSufficient"), (std::vector<std::string>{"textual"}));
    EXPECT_EQ(values(*bare, "schema:accessibilityFeature"), (std::vector<std::string>{"readingOrder", "displayTransformability"}));
    EXPECT_EQ(values(*bare, "schema:accessibilityHazard"), (std::vector<std::string>{"none"}));
    EXPECT_FALSE(bare->select_node("//dc:source"));
    const auto bare_summary = values(*bare, "schema:accessibilitySummary").at(0);
    EXPECT_EQ(bare_summary.find("image"), std::string::npos) << bare_summary;
    EXPECT_EQ(bare_summary.find("Page numbers"), std::string::npos) << bare_summary;

    // Headings, an image with alt text, a table with headers, a Spanish phrase, a page list.
    const auto full = build(load(document_xml("en", image_body)), with_pages()).xml("EPUB/package.opf");
    EXPECT_EQ(values(*full, "schema:accessMode"), (std::vector<std::string>{"textual", "visual"}));
    EXPECT_EQ(values(*full, "schema:accessModeSufficient"), (std::vector<std::string>{"textual", "textual,visual"}));
    EXPECT_EQ(values(*full, "schema:accessibilityFeature"),
              (std::vector<std::string>{"structuralNavigation", "tableOfContents", "alternativeText", "printPageNumbers",
                                        "readingOrder", "displayTransformability"}));
    EXPECT_EQ(values(*full, "schema:accessibilitySummary").at(0),
              "This publication meets the requirements of EPUB Accessibility 1.1 and WCAG 2.2 Level AA. Headings mark its "
              "structure, and a table of contents links to each of them. Every image has a text description. Tables have "
              "header cells, so screen readers announce the row and column of each value. Page numbers match the printed "
              "brochure, so readers of either edition can find the same place. Passages in other languages are marked so "
              "that screen readers pronounce them correctly. Text can be enlarged and restyled in the reading app.");
    // The page source, in the form epubcheck 4 and Ace both read.
    const auto source = full->select_node("//dc:source").node();
    EXPECT_STREQ(source.child_value(), "leaflet-brochure.pdf");
    const auto source_of = full->select_node("//meta[@property='source-of']").node();
    EXPECT_EQ("#" + std::string(source.attribute("id").value()), source_of.attribute("refines").value());
    EXPECT_STREQ(source_of.child_value(), "pagination");

    // Decorative images alone are not a visual mode, and no alternative text is claimed for them.
    const auto decorative = build(load(document_xml("en", "<figure id=\"d\"><image src=\"pixel.png\" decorative=\"true\"/></figure>")))
                                .xml("EPUB/package.opf");
    EXPECT_EQ(values(*decorative, "schema:accessMode"), (std::vector<std::string>{"textual"}));
    EXPECT_EQ(std::string(build(load(document_xml("en", "<figure id=\"d\"><image src=\"pixel.png\" decorative=\"true\"/></figure>")))
                              .file("EPUB/package.opf"))
                  .find("alternativeText"),
              std::string::npos);
}

TEST(package, the_summary_is_in_the_document_language) {
    const auto es = build(load(document_xml("es", image_body), "es"), with_pages()).xml("EPUB/package.opf");
    const auto summary = values(*es, "schema:accessibilitySummary").at(0);
    EXPECT_TRUE(summary.starts_with("Esta publicación cumple")) << summary;
    EXPECT_NE(summary.find("folleto impreso"), std::string::npos) << summary;
    const auto zh = build(load(document_xml("zh-Hans", "<section id=\"s\"><title>标题</title><p>文字</p></section>"), "zh-Hans"))
                        .xml("EPUB/package.opf");
    const auto zh_summary = values(*zh, "schema:accessibilitySummary").at(0);
    EXPECT_EQ(zh_summary.find("。 "), std::string::npos) << "Chinese sentences follow each other without a space: " << zh_summary;
    EXPECT_NE(zh_summary.find("。标题标明"), std::string::npos) << zh_summary;
}

TEST(package, manifest_and_spine_list_every_file_in_reading_order) {
    const auto b = build(load(document_xml("en", image_body)), with_pages());
    const auto opf = b.xml("EPUB/package.opf");
    std::vector<std::string> hrefs;
    for (const auto& n : opf->select_nodes("//manifest/item")) hrefs.emplace_back(n.node().attribute("href").value());
    EXPECT_EQ(hrefs, (std::vector<std::string>{"nav.xhtml", "style.css", "text/00-title.xhtml", "text/01-s.xhtml", "media/image-1.png"}));
    EXPECT_STREQ(opf->select_node("//manifest/item[@id='nav']").node().attribute("properties").value(), "nav");
    EXPECT_STREQ(opf->select_node("//manifest/item[@href='media/image-1.png']").node().attribute("media-type").value(), "image/png");
    std::vector<std::string> spine;
    for (const auto& n : opf->select_nodes("//spine/itemref")) spine.emplace_back(n.node().attribute("idref").value());
    EXPECT_EQ(spine, (std::vector<std::string>{"text-00", "text-01", "nav"}));
    EXPECT_STREQ(opf->select_node("//spine/itemref[@idref='nav']").node().attribute("linear").value(), "no");
    const auto container = b.xml("META-INF/container.xml");
    EXPECT_STREQ(container->select_node("//rootfile").node().attribute("full-path").value(), "EPUB/package.opf");
}

}  // namespace
}  // namespace folio::render::html
