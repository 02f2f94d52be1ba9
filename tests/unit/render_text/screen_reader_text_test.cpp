#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "render/text/screen_reader_text.hpp"

#include "load/load_document.hpp"

#include <gtest/gtest.h>

namespace folio::render::text {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

/// Renders a document in `language` with this body; the meta_* parts go where the format's order
/// puts them.
auto render_in(const std::string& language, const std::string& body, const std::string& meta_people = "",
               const std::string& meta_dates = "", const std::string& meta_end = "") -> std::string {
    const std::string xml =
        "<document version=\"1\"><meta><title>Leaflet</title><subtitle>For patients</subtitle><language>" + language + "</language>"
        "<identifier>urn:x</identifier>" + meta_people + "<published>2026-11-26</published>" + meta_dates +
        "<translation status=\"original\"/>" + meta_end + "</meta><body>" + body + "</body></document>";
    model::diagnostics sink;
    const auto doc = load::load_document_from_bytes(xml, source_dir / ("tests/unit/render_text/" + language + ".xml"), sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, language);
    return render_screen_reader_text(compose::resolve(*doc, messages));
}

auto render(const std::string& body, const std::string& meta_people = "", const std::string& meta_dates = "",
            const std::string& meta_end = "") -> std::string {
    return render_in("en", body, meta_people, meta_dates, meta_end);
}

/// The text after the title block (which ends at the first heading or the first body block).
auto after(const std::string& text, const std::string& marker) -> std::string {
    const auto at = text.find(marker);
    return at == std::string::npos ? "<marker not found: " + marker + ">" : text.substr(at);
}

TEST(screen_reader_text, opens_with_title_subtitle_and_metadata) {
    const auto text = render("<p>x</p>", "", "<last-reviewed>2026-12-01</last-reviewed><keywords><keyword>a</keyword><keyword>b</keyword></keywords>");
    EXPECT_TRUE(text.starts_with("Leaflet\nFor patients\n\nLanguage: English\n"));
    EXPECT_NE(text.find("Published: November 26, 2026\nLast reviewed: December 1, 2026\nKeywords: a, b\n"), std::string::npos);
}

TEST(screen_reader_text, announces_sample_and_expert_review_status) {
    const auto text = render("<p>x</p>",
        "<author>Clinic A</author><author>Clinic B</author>"
        "<expert reviewed=\"no\"><name>Dr A</name><credentials>M.D.</credentials><disclosure>None.</disclosure></expert>",
        "", "<sample/>");
    EXPECT_NE(text.find("\n\nSample document, not medical advice."), std::string::npos) << text;
    EXPECT_NE(text.find("Authors: Clinic A and Clinic B\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Medical expert: Dr A, M.D.\nDisclosure: None.\nThis medical expert did not review this text."),
              std::string::npos) << text;
    // The document's own wording replaces Folio's (issue 16).
    const auto own = render("<p>x</p>", "", "", "<sample>\n  A training example for new nurses:\n  not for patients.\n</sample>");
    EXPECT_NE(own.find("\n\nA training example for new nurses: not for patients.\n"), std::string::npos) << own;
    EXPECT_EQ(own.find("Sample document"), std::string::npos) << own;
    const auto plain = render("<p>x</p>");
    EXPECT_EQ(plain.find("Sample document"), std::string::npos);
    EXPECT_EQ(plain.find("Medical expert"), std::string::npos);
}

TEST(screen_reader_text, headings_have_two_blank_lines_before_one_after_and_a_level_cue) {
    const auto text = render("<p>Intro.</p><section id=\"a\"><title>First</title><p>Body.</p>"
                             "<section id=\"b\"><title>Second</title><p>More.</p></section></section>");
    EXPECT_NE(text.find("Intro.\n\n\nHeading level 2: First\n\nBody.\n\n\nHeading level 3: Second\n\nMore.\n"),
              std::string::npos) << text;
}

TEST(screen_reader_text, paragraphs_are_separated_by_one_blank_line_and_never_wrapped) {
    const std::string long_sentence(400, 'a');
    const auto text = render("<p>" + long_sentence + "</p><p>Two\n   lines in the source.</p>");
    EXPECT_NE(text.find(long_sentence + "\n\nTwo lines in the source.\n"), std::string::npos);
}

TEST(screen_reader_text, lists_are_announced_with_plural_counts_and_nested_numbers) {
    const auto text = render("<ol><li>One <ol><li>Sub a</li><li>Sub b</li></ol></li><li>Two</li></ol>"
                             "<ul><li>Only <ul><li>inner</li></ul></li></ul>");
    EXPECT_NE(text.find("Numbered list, 2 items.\n1. One\n  1.1. Sub a\n  1.2. Sub b\n2. Two\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Bulleted list, 1 item.\n- Only\n  - inner\n"), std::string::npos) << text;
}

TEST(screen_reader_text, numbered_lists_honour_their_start) {
    const auto text = render("<ol start=\"4\"><li>Four</li><li>Five</li></ol>");
    EXPECT_NE(text.find("4. Four\n5. Five"), std::string::npos);
}

TEST(screen_reader_text, images_are_described_and_decorative_ones_are_silent) {
    const auto text = render("<figure id=\"f\"><image src=\"pixel.png\" alt=\"A red dot.\"/><caption>The dot.</caption></figure>"
                             "<figure id=\"g\"><image src=\"pixel.png\" decorative=\"true\"/></figure><p>End.</p>");
    EXPECT_NE(text.find("Image: A red dot.\nCaption: The dot.\n\nEnd."), std::string::npos) << text;
}

TEST(screen_reader_text, tables_announce_size_and_read_rows_as_header_value_pairs) {
    const auto text = render(
        "<table id=\"t\"><caption>Doses</caption><thead><tr><th scope=\"col\">Drug</th><th scope=\"col\">When</th></tr></thead>"
        "<tbody><tr><th scope=\"row\">A</th><td>Monday</td></tr><tr><th scope=\"row\">B</th><td>Friday</td></tr></tbody></table>");
    EXPECT_NE(text.find("Table: Doses. 2 rows, 2 columns.\n\nRow 1 of 2\nDrug: A\nWhen: Monday\n\n"
                        "Row 2 of 2\nDrug: B\nWhen: Friday\n\nEnd of table.\n"),
              std::string::npos) << text;
}

TEST(screen_reader_text, callouts_are_announced_by_kind) {
    const auto text = render("<callout kind=\"warning\"><title>Call now</title><p>If fever.</p></callout>"
                             "<callout kind=\"ask-your-care-team\"><p>Ask.</p></callout>");
    EXPECT_NE(text.find("Warning: Call now\n\nIf fever.\n\nEnd of warning."), std::string::npos) << text;
    EXPECT_NE(text.find("Ask your care team.\n\nAsk.\n\nEnd of questions for your care team."), std::string::npos) << text;
}

TEST(screen_reader_text, links_write_out_their_address_phone_or_email) {
    // Unless their words say it already: "call 911" is the number, "1-800-555-0100" is
    // tel:+18005550100, "ClinicalTrials.gov" is https://clinicaltrials.gov/.
    const auto text = render("<p><a href=\"https://www.cancer.gov/\">NCI</a>, <a href=\"tel:911\">call 911</a>, "
                             "<a href=\"mailto:help@example.org\">write</a>, <a href=\"https://x.org/\">https://x.org/</a>, "
                             "<a href=\"tel:+18005550100\">1-800-555-0100</a>, <a href=\"tel:+18005550100\">the help line</a>, "
                             "<a href=\"https://clinicaltrials.gov/\">ClinicalTrials.gov</a>.</p>");
    EXPECT_NE(after(text, "NCI").find("NCI (https://www.cancer.gov/), call 911, "
                                      "write (email: help@example.org), https://x.org/, 1-800-555-0100, "
                                      "the help line (phone: +18005550100), ClinicalTrials.gov."),
              std::string::npos) << text;
}

TEST(screen_reader_text, abbreviations_are_expanded_at_first_use_only) {
    const auto text = render("<p><abbr title=\"chimeric antigen receptor\">CAR</abbr> cells. "
                             "<abbr title=\"chimeric antigen receptor\">CAR</abbr> again.</p>");
    EXPECT_NE(text.find("CAR (chimeric antigen receptor) cells. CAR again."), std::string::npos) << text;
}

TEST(screen_reader_text, abbreviations_the_author_spelled_out_are_not_expanded_again) {
    // Issue 16: "gastrointestinal (GI (gastrointestinal)) doctor" and "(NSAID (…)s)" were read out.
    const auto text = render(
        "<p>A gastrointestinal (<abbr title=\"gastrointestinal\">GI</abbr>) doctor.</p>"
        "<p>No nonsteroidal anti-inflammatory drugs (<abbr title=\"nonsteroidal anti-inflammatory drug\">NSAID</abbr>s).</p>"
        "<p>A <abbr title=\"programmed death-ligand 1\">PD-L1</abbr> (programmed death-ligand 1) test.</p>"
        "<p>The <abbr title=\"Food and Drug Administration\" spelled-out=\"true\">FDA</abbr>, which approves drugs.</p>"
        "<p>Some <abbr title=\"monoclonal antibody\">mAb</abbr>s, <abbr title=\"T cell\">TC</abbr>\u2019s role. "
        "<abbr title=\"nonsteroidal anti-inflammatory drug\">NSAID</abbr>s, <abbr title=\"gastrointestinal\">GI</abbr>, "
        "<abbr title=\"Food and Drug Administration\">FDA</abbr>.</p>");
    EXPECT_NE(text.find("A gastrointestinal (GI) doctor."), std::string::npos) << text;
    EXPECT_NE(text.find("No nonsteroidal anti-inflammatory drugs (NSAIDs)."), std::string::npos) << text;
    EXPECT_NE(text.find("A PD-L1 (programmed death-ligand 1) test."), std::string::npos) << text;
    EXPECT_NE(text.find("The FDA, which approves drugs."), std::string::npos) << text;
    // A suffix goes with the abbreviation, before its expansion; spelled-out ones count as said.
    EXPECT_NE(text.find("Some mAbs (monoclonal antibody), TC\u2019s (T cell) role. NSAIDs, GI, FDA."), std::string::npos) << text;
}

TEST(screen_reader_text, cross_references_say_what_they_point_to) {
    const auto text = render("<section id=\"s\"><title>Side effects</title><p>See <xref to=\"t\"/> and <xref to=\"term-x\"/>.</p>"
                             "<table id=\"t\"><caption>Types</caption><tbody><tr><td>1</td></tr></tbody></table></section>"
                             "<glossary id=\"g\"><title>Words</title><entry id=\"term-x\"><term>antigen</term>"
                             "<definition>A marker.</definition></entry></glossary>");
    EXPECT_NE(text.find("See the table “Types” and “antigen” in “Words”."), std::string::npos) << text;
    EXPECT_NE(text.find("Heading level 2: Words\n\nGlossary, 1 term.\n\nantigen: A marker."), std::string::npos) << text;
}

TEST(screen_reader_text, glossary_terms_are_read_in_the_language_alphabetical_order) {
    const std::string body =
        "<glossary id=\"g\"><title>Words</title>"
        "<entry id=\"o\"><term>oreja</term><definition>o</definition></entry>"
        "<entry id=\"ny\"><term>ñame</term><definition>ñ</definition></entry>"
        "<entry id=\"n\"><term>nube</term><definition>n</definition></entry></glossary>";
    const auto spanish = render_in("es", body);
    EXPECT_LT(spanish.find("nube:"), spanish.find("ñame:")) << spanish;
    EXPECT_LT(spanish.find("ñame:"), spanish.find("oreja:"));
    // English treats "ñ" as a variant of "n": "ñame" comes before "nube".
    const auto english = render_in("en", body);
    EXPECT_LT(english.find("ñame:"), english.find("nube:")) << english;
}

TEST(screen_reader_text, right_to_left_lines_start_with_a_direction_mark_and_numbers_use_the_locale_digits) {
    const auto arabic = render_in("ar", "<ol><li>PD-1 أولًا</li><li>ثانيًا</li></ol>");
    // Arabic-Indic digits, as in every count ICU writes for Arabic readers.
    EXPECT_NE(arabic.find("\u200F١. PD-1 أولًا\n\u200F٢. ثانيًا"), std::string::npos) << arabic;
    const auto english = render("<p>x</p>");
    EXPECT_EQ(english.find("\u200F"), std::string::npos);
}

TEST(screen_reader_text, the_output_ends_with_one_newline_and_has_no_trailing_spaces) {
    const auto text = render("<p>a <em>b</em> </p><ul><li>x <ul><li>y</li></ul></li></ul>");
    // The nested item is the last thing said (a list has no closing announcement); the spaces
    // before "</p>" and before the nested list are dropped, not left at the ends of lines.
    EXPECT_EQ(after(text, "a b"), "a b\n\nBulleted list, 1 item.\n- x\n  - y\n");
    EXPECT_FALSE(text.ends_with("\n\n"));
    EXPECT_EQ(text.find(" \n"), std::string::npos) << text;
}

}  // namespace
}  // namespace folio::render::text
