// The web edition: one self-contained HTML5 page with the e-book's content, a skip link, a table
// of contents, its CSS and images inside it; tables that scroll or stack on a phone; dark colours
// that keep their contrast.

#include "epub_test_support.hpp"

#include "base/base64.hpp"
#include "support/run_process.hpp"
#include "render/html/stylesheet.hpp"
#include "render/html/web_page.hpp"

#include <regex>
#include <set>

namespace folio::render::html {
namespace {

using namespace testing;

const std::string body =
    "<p>Before any section.</p>"
    "<section id=\"one\"><title>One</title><p>See <xref to=\"two\"/> and <a href=\"#term-x\">the word</a>, "
    "<span lang=\"ar\">مرحبا</span>.</p>"
    "<section id=\"one-a\"><title>One A</title><p>Deeper.</p></section></section>"
    "<section id=\"two\"><title>Two</title>"
    "<table id=\"t\"><caption>Doses</caption><thead><tr><th scope=\"col\">Drug</th><th scope=\"col\">When</th>"
    "<th scope=\"col\">How</th></tr></thead>"
    "<tbody><tr><th scope=\"row\">A</th><td>Daily</td><td>By mouth</td></tr></tbody></table>"
    "<figure id=\"f\"><image src=\"pixel.png\" alt=\"A dot.\"/><caption>The dot</caption></figure>"
    "<callout kind=\"warning\"><title>Call now</title><p>If you have a fever.</p></callout></section>"
    "<glossary id=\"words\"><title>Words</title><entry id=\"term-x\"><term>antigen</term><definition>A marker.</definition></entry></glossary>";

auto web_page(const model::document& doc) -> std::string {
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, doc.meta.language);
    return write_web_page(compose::resolve(doc, messages), {});
}

/// The page read back (the writer's HTML is also well-formed XML, which makes it easy to query).
auto parse(const std::string& html) -> std::shared_ptr<pugi::xml_document> {
    auto doc = std::make_shared<pugi::xml_document>();
    const auto result = doc->load_buffer(html.data(), html.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    EXPECT_TRUE(result) << result.description() << " at " << result.offset;
    return doc;
}

TEST(web_page, one_html5_page_with_a_skip_link_banner_contents_and_main) {
    const auto html = web_page(load(document_xml("en", body)));
    EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">")) << html.substr(0, 80);
    const auto doc = parse(html);
    const auto root = doc->document_element();
    EXPECT_FALSE(root.attribute("xmlns"));
    EXPECT_TRUE(doc->select_node("/html/head/meta[@name='viewport' and @content='width=device-width, initial-scale=1']"));
    EXPECT_STREQ(doc->select_node("/html/head/title").node().child_value(), "Leaflet");
    // The skip link comes first and leads to main, which takes the focus.
    const auto first = doc->select_node("/html/body/*[1]").node();
    EXPECT_STREQ(first.name(), "a");
    EXPECT_STREQ(first.child_value(), "Skip to content");
    const auto main = doc->select_node("/html/body/main").node();
    EXPECT_EQ(std::string(first.attribute("href").value()), "#" + std::string(main.attribute("id").value()));
    EXPECT_STREQ(main.attribute("tabindex").value(), "-1");
    EXPECT_STREQ(doc->select_node("/html/body/header//h1").node().child_value(), "Leaflet");
    EXPECT_TRUE(doc->select_node("/html/body/main/p[.='Before any section.']"));
    // The contents list the sections, nested, each link to a heading on the page.
    const auto nav = doc->select_node("/html/body/nav").node();
    EXPECT_STREQ(doc->select_node(("//*[@id='" + std::string(nav.attribute("aria-labelledby").value()) + "']").c_str()).node().child_value(),
                 "Contents");
    std::vector<std::string> links;
    for (const auto& a : nav.select_nodes(".//a")) links.push_back(a.node().attribute("href").value());
    EXPECT_EQ(links, (std::vector<std::string>{"#one", "#one-a", "#two", "#words"}));
    EXPECT_TRUE(nav.select_node("ol/li/ol/li/a[@href='#one-a']"));
    for (const auto& href : links) EXPECT_TRUE(doc->select_node(("//*[@id='" + href.substr(1) + "']").c_str())) << href;
    // Links within the document stay on the page.
    EXPECT_TRUE(doc->select_node("//main//a[@href='#two']"));
    EXPECT_TRUE(doc->select_node("//main//a[@href='#term-x']"));
    // HTML, not EPUB XHTML: no epub:type, no xml:lang; lang (and dir) on a phrase in another language.
    EXPECT_EQ(html.find("epub:type"), std::string::npos);
    EXPECT_EQ(html.find("xml:lang"), std::string::npos);
    EXPECT_TRUE(doc->select_node("//span[@lang='ar' and @dir='rtl']"));
    EXPECT_TRUE(doc->select_node("//aside[@aria-labelledby]/p[@class='callout-title']"));
}

TEST(web_page, carries_its_css_and_images_inside_and_closes_every_element_as_html_parsers_need) {
    const auto html = web_page(load(document_xml("en", body)));
    const auto doc = parse(html);
    // The image is the loader's bytes, as a data: URL.
    const std::string src = doc->select_node("//figure/img").node().attribute("src").value();
    ASSERT_TRUE(src.starts_with("data:image/png;base64,")) << src.substr(0, 40);
    EXPECT_EQ(src.substr(22), base64(folio::testing::read_file(source_dir / "tests/unit/render_html/pixel.png")));
    EXPECT_STREQ(doc->select_node("//figure/img").node().attribute("alt").value(), "A dot.");
    EXPECT_EQ(html.find("<link"), std::string::npos) << "no file beside the page";
    // CSS is raw text in HTML: written as it is, not escaped.
    const std::string css = doc->select_node("/html/head/style").node().child_value();
    EXPECT_NE(css.find("li > p"), std::string::npos);
    EXPECT_EQ(html.find("&gt;"), std::string::npos);
    // An HTML parser reads <td/> as an open tag: only void elements may be self-closed.
    const std::regex self_closed("<([a-z0-9]+)[^>]*/>");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), self_closed); it != std::sregex_iterator(); ++it)
        EXPECT_TRUE((std::set<std::string>{"meta", "img", "br", "link"}.contains((*it)[1].str()))) << (*it)[0].str();
    // The same input, the same bytes.
    EXPECT_EQ(web_page(load(document_xml("en", body))), html);
}

TEST(web_page, a_right_to_left_page_says_so) {
    const auto doc = parse(web_page(load(document_xml("ar", "<section id=\"a\"><title>أ</title><p>نص.</p></section>"), "ar")));
    EXPECT_STREQ(doc->document_element().attribute("dir").value(), "rtl");
    EXPECT_STREQ(doc->document_element().attribute("lang").value(), "ar");
    EXPECT_STRNE(doc->select_node("/html/body/a").node().child_value(), "Skip to content") << "the skip link speaks Arabic";
}

TEST(web_page, a_page_without_sections_has_no_empty_contents) {
    const auto doc = parse(web_page(load(document_xml("en", "<p>Only a paragraph.</p>"), "en")));
    EXPECT_FALSE(doc->select_node("//nav").node()) << "a Contents heading over an empty list";
    EXPECT_TRUE(doc->select_node("//main/p").node());
}

TEST(web_page, tables_scroll_in_a_named_focusable_region_and_their_cells_carry_their_headers_for_stacking) {
    const auto doc = parse(web_page(load(document_xml("en", body))));
    const auto region = doc->select_node("//div[table]").node();
    EXPECT_STREQ(region.attribute("class").value(), "table-scroll columns-3");
    EXPECT_STREQ(region.attribute("role").value(), "region");
    EXPECT_STREQ(region.attribute("tabindex").value(), "0");
    const std::string caption_id = region.attribute("aria-labelledby").value();
    EXPECT_STREQ(doc->select_node(("//caption[@id='" + caption_id + "']").c_str()).node().child_value(), "Doses");
    std::vector<std::string> labels;
    for (const auto& td : doc->select_nodes("//tbody/tr/td")) labels.push_back(td.node().attribute("data-label").value());
    EXPECT_EQ(labels, (std::vector<std::string>{"When: ", "How: "}));
    EXPECT_FALSE(doc->select_node("//tbody/tr/th").node().attribute("data-label")) << "a row header is the row's title";
}

TEST(web_page, its_css_reflows_respects_motion_prints_and_has_dark_colours_that_keep_their_contrast) {
    const model::style style;
    const auto css = web_stylesheet(style);
    EXPECT_NE(css.find("@container (max-width: 22.5em)"), std::string::npos) << "three columns stack below 3 × 7.5em";
    EXPECT_NE(css.find(".columns-3 td[data-label]::before"), std::string::npos);
    EXPECT_NE(css.find("overflow-wrap: anywhere"), std::string::npos);
    EXPECT_NE(css.find("@media (prefers-reduced-motion: no-preference)"), std::string::npos);
    EXPECT_EQ(css.find("scroll-behavior"), css.find("scroll-behavior: smooth")) << "smooth scrolling only in that block";
    EXPECT_GT(css.find("scroll-behavior"), css.find("prefers-reduced-motion"));
    EXPECT_NE(css.find("@media print"), std::string::npos);
    // Every text colour of the dark palette reads at 4.5:1 or more on every dark background, and
    // the dark block of the CSS uses them.
    const auto dark = dark_palette_for(style);
    for (const auto& text : dark.text_colors())
        for (const auto& background : dark.backgrounds())
            EXPECT_GE(contrast_ratio(text, background), 4.5) << hex(text) << " on " << hex(background);
    EXPECT_LT(relative_luminance(dark.page), 0.02) << "a dark page";
    const auto block = css.substr(css.find("@media screen and (prefers-color-scheme: dark)"));
    for (const auto& colour : {dark.page, dark.text, dark.heading, dark.link, dark.muted, dark.table_header})
        EXPECT_NE(block.find(hex(colour)), std::string::npos) << hex(colour);
}

}  // namespace
}  // namespace folio::render::html
