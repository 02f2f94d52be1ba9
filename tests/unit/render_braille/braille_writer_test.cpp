// The braille edition as pages (issue 17): pagination and the contents page's entries, then the
// writer on small documents — the title and contents pages, print page indicators at the word,
// phrases in other languages, characters a code cannot write.
#include "render/braille/braille_pages.hpp"
#include "render/braille/braille_tables.hpp"
#include "render/braille/braille_writer.hpp"
#include "render/braille/louis_translator.hpp"

#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "load/load_document.hpp"
#include "model/edition_failure.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace folio::render::braille {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

auto lines_of(std::size_t count, const std::string& text) -> std::vector<std::string> { return std::vector<std::string>(count, text); }

TEST(braille_pages, a_group_that_fits_moves_whole_and_running_text_goes_on) {
    const page_setup setup{20, 6};  // five lines of text a page
    // Three lines, then a table entry of three lines: it moves whole to page 2.
    std::vector<line_group> groups{{lines_of(3, "A"), false, false, true}, {lines_of(3, "B"), false, false, false}};
    auto laid = paginate(groups, setup);
    ASSERT_EQ(laid.pages.size(), 2U);
    EXPECT_EQ(laid.pages[0], lines_of(3, "A"));
    EXPECT_EQ(laid.pages[1], lines_of(3, "B"));
    EXPECT_EQ(laid.page_of_group, (std::vector<std::size_t>{0, 1}));
    // Running text goes on over the page break instead.
    groups[1].divisible = true;
    laid = paginate(groups, setup);
    ASSERT_EQ(laid.pages.size(), 2U);
    EXPECT_EQ(laid.pages[0].size(), 5U);
    EXPECT_EQ(laid.pages[1], lines_of(1, "B"));
    // A group longer than a page is divided where the page ends.
    laid = paginate({{lines_of(12, "C"), false, false, false}}, setup);
    ASSERT_EQ(laid.pages.size(), 3U);
    EXPECT_EQ(laid.pages[2].size(), 2U);
}

TEST(braille_pages, a_heading_is_never_the_last_line_of_a_page) {
    const page_setup setup{20, 6};
    // Four lines of text, then a heading kept with the paragraph after it: on page 1 the heading
    // would be line 5 with its paragraph on page 2, so it moves, with a blank line dropped.
    const std::vector<line_group> groups{{lines_of(4, "A"), false, false, true},
                                         {{"HEAD"}, true, true, false},
                                         {lines_of(2, "B"), false, false, true}};
    const auto laid = paginate(groups, setup);
    ASSERT_EQ(laid.pages.size(), 2U);
    EXPECT_EQ(laid.pages[0], lines_of(4, "A"));
    EXPECT_EQ(laid.pages[1], (std::vector<std::string>{"HEAD", "B", "B"}));
    EXPECT_EQ(laid.page_of_group[1], 1U);
    // A print page indicator kept with the text after it, with a boxing line kept in turn: all
    // three move together.
    const std::vector<line_group> chain{{lines_of(3, "A"), false, false, true},
                                        {{"---#B"}, true, false, false},
                                        {{"7777"}, true, false, false},
                                        {lines_of(2, "B"), false, false, false}};
    const auto moved = paginate(chain, setup);
    ASSERT_EQ(moved.pages.size(), 2U);
    EXPECT_EQ(moved.pages[1].front(), "---#B");
}

TEST(braille_pages, contents_entries_lead_with_guide_dots_to_the_page_at_the_margin) {
    auto entry = contents_entry(",SIDE E6ECTS", "#AA", 40, 0);
    ASSERT_EQ(entry.size(), 1U);
    EXPECT_EQ(entry[0].size(), 40U);
    EXPECT_TRUE(entry[0].starts_with(",SIDE E6ECTS \"\"")) << entry[0];
    EXPECT_TRUE(entry[0].ends_with("\" #AA")) << entry[0];
    // A long entry: runovers two cells in, stopping five cells short of the margin; the page
    // number on its last line.
    entry = contents_entry("AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ", "#I", 40, 2);
    ASSERT_EQ(entry.size(), 2U);
    EXPECT_TRUE(entry[0].starts_with("  AAAA")) << entry[0];
    EXPECT_LE(entry[0].size(), 35U);
    EXPECT_TRUE(entry[1].starts_with("    ")) << entry[1];
    EXPECT_TRUE(entry[1].ends_with(" #I")) << entry[1];
    EXPECT_EQ(entry[1].size(), 40U);
}

TEST(braille_pages, pages_end_with_their_number_and_a_form_feed) {
    const auto text = render_pages({{"AB", "C  "}}, {"#A"}, {10, 4}, false);
    EXPECT_EQ(text, "AB\r\nC\r\n\r\n        #A\r\n\f");
    EXPECT_EQ(render_pages({{"A"}}, {"#A"}, {4, 2}, true), "\u2801\n\u2800\u2800\u283C\u2801\n\f");
}

/// The braille of a small English document (or in `language`) with this body.
struct brailled {
    std::vector<std::vector<std::string>> pages;  ///< each page's lines, the number line last
    model::diagnostics problems;
};

auto braille_of(const std::string& body, braille_options options = {}, const std::string& language = "en") -> brailled {
    const std::string xml = "<document version=\"1\"><meta><title>Leaflet</title><language>" + language +
                            "</language><identifier>urn:x</identifier><published>2026-11-26</published>"
                            "<translation status=\"original\"/></meta><body>" +
                            body + "</body></document>";
    model::diagnostics sink;
    const auto doc = load::load_document_from_bytes(xml, source_dir / "tests/unit/render_braille/doc.xml", sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, language);
    const auto resolved = compose::resolve(*doc, messages);
    brailled out;
    const auto text = write_braille(resolved, options, out.problems);
    std::size_t from = 0;
    for (auto end = text.find('\f'); end != std::string::npos; from = end + 1, end = text.find('\f', from)) {
        std::vector<std::string> lines;
        const auto page = text.substr(from, end - from);
        for (std::size_t at = 0; at < page.size();) {
            const auto stop = page.find("\r\n", at);
            lines.push_back(page.substr(at, stop - at));
            at = stop + 2;
        }
        out.pages.push_back(std::move(lines));
    }
    return out;
}

auto ueb(std::string_view text) -> std::string { return louis_translator(*braille_code_for("en")).translate(text); }

auto trimmed(std::string line) -> std::string {
    line.erase(0, line.find_first_not_of(' '));
    return line;
}

TEST(braille_writer, title_page_then_contents_numbered_as_preliminary_pages) {
    const auto out = braille_of("<section id=\"a\"><title>Side effects</title><p>Some text.</p></section>"
                                "<section id=\"b\"><title>Words to know</title><p>More text.</p></section>");
    ASSERT_EQ(out.pages.size(), 3U);
    const auto& title = out.pages[0];
    EXPECT_EQ(trimmed(title[0]), ueb("Leaflet"));
    EXPECT_NE(std::find(title.begin(), title.end(), ueb("Transcribed from the print edition")), title.end());
    EXPECT_EQ(trimmed(title.back()), "P#A");
    const auto& contents = out.pages[1];
    EXPECT_EQ(trimmed(contents[0]), ueb("Contents"));
    EXPECT_TRUE(contents[1].starts_with(ueb("Side effects") + " \"\"")) << contents[1];
    EXPECT_TRUE(contents[1].ends_with(" #A")) << contents[1];
    EXPECT_EQ(trimmed(contents.back()), "P#B");
    EXPECT_EQ(trimmed(out.pages[2].front()), ueb("Side effects"));
    EXPECT_EQ(trimmed(out.pages[2].back()), "#A");
    for (const auto& page : out.pages) {
        EXPECT_EQ(page.size(), 25U);
        for (const auto& line : page) EXPECT_LE(line.size(), 40U);
    }
}

TEST(braille_writer, a_print_page_indicator_stands_where_the_page_begins_in_a_paragraph) {
    braille_options options;
    // The brochure's page 2 begins at "wash" (offset 14); page 3 inside "hands" (offset 26): its
    // indicator follows the word, which print divided between the pages.
    options.print_pages = {{"1", "p1", 0}, {"2", "p1", 14}, {"3", "p1", 26}};
    const auto out = braille_of("<p id=\"p1\">Always check, wash your hands well.</p>", options);
    ASSERT_EQ(out.pages.size(), 3U);
    const auto& body = out.pages[2];
    EXPECT_EQ(body[0], "  " + ueb("Always check,"));
    EXPECT_EQ(body[1], std::string(38, '-') + "#B");
    EXPECT_EQ(body[2], ueb("wash your hands"));
    EXPECT_EQ(body[3], std::string(38, '-') + "#C");
    EXPECT_EQ(body[4], ueb("well."));
}

TEST(braille_writer, other_languages_in_their_own_code_or_a_transcribers_note) {
    const auto out = braille_of("<p>Say <span lang=\"es\">señor</span> and <span lang=\"tlh\">Qapla'</span>.</p>"
                                "<p lang=\"es\">Llame al médico.</p>");
    ASSERT_EQ(out.pages.size(), 3U);
    std::string body;
    for (const auto& line : out.pages[2]) body += line + " ";
    // A Spanish word in English text: UEB, uncontracted (Rules of UEB §13.1), not Spanish braille.
    const auto uncontracted = louis_translator(*braille_code_for("en", 1)).translate("señor");
    EXPECT_NE(uncontracted, louis_translator(*braille_code_for("es")).translate("señor"));
    EXPECT_NE(body.find(uncontracted), std::string::npos) << body;
    // Klingon has no braille table: a transcriber's note names the language, and its words are left out.
    EXPECT_NE(body.find("@.<"), std::string::npos) << body;
    EXPECT_NE(body.find("@.>"), std::string::npos) << body;
    EXPECT_EQ(body.find("QAPLA"), std::string::npos) << body;
    // A Spanish paragraph: in Spanish braille, after a transcriber's note saying so.
    EXPECT_NE(body.find("@.<" + ueb("In Spanish:") + "@.>"), std::string::npos) << body;
    EXPECT_NE(body.find(louis_translator(*braille_code_for("es")).translate("Llame al médico.")), std::string::npos) << body;
    EXPECT_FALSE(out.problems.has_errors());
}

TEST(braille_writer, a_character_the_code_cannot_write_is_reported_once_at_its_block) {
    const auto out = braille_of("<p>Hebrew ש here.</p>\n<p>And ש again.</p>");
    ASSERT_EQ(out.problems.all().size(), 1U);
    const auto& d = out.problems.all().front();
    EXPECT_EQ(d.code, "braille-no-sign");
    EXPECT_NE(d.message.find("U+05E9"), std::string::npos) << d.message;
    EXPECT_GT(d.position.line, 0U);
    EXPECT_FALSE(out.problems.has_errors());
    // Punjabi's table has no sign for the nukta alone, but writes "ਫ਼" (pha with nukta) whole:
    // nothing is left out, nothing reported.
    const auto punjabi = braille_of("<p lang=\"pa\">ਫ਼ੋਨ ਕਰੋ</p>");
    EXPECT_TRUE(punjabi.problems.all().empty()) << model::format_diagnostic(punjabi.problems.all().front());
}

TEST(braille_writer, table_entries_stay_whole_on_a_page_and_lines_keep_to_the_cell_count) {
    std::string rows;
    for (int r = 0; r < 12; ++r)
        rows += "<tr><td>Treatment number " + std::to_string(r) + "</td><td>Given into a vein every three weeks at the clinic</td></tr>";
    braille_options options;
    options.cells = 32;
    const auto out = braille_of("<table id=\"doses\"><caption>Doses</caption><thead><tr><th scope=\"col\">Drug</th><th scope=\"col\">How</th></tr></thead><tbody>" + rows +
                                    "</tbody></table>",
                                options);
    std::size_t entries = 0;
    for (std::size_t p = 2; p < out.pages.size(); ++p) {
        const auto& page = out.pages[p];
        for (const auto& line : page) EXPECT_LE(line.size(), 32U) << line;
        // An entry starts at cell 1 with the first column's header; its other lines are indented:
        // no page starts inside an entry.
        if (p > 2) {
            EXPECT_FALSE(page.front().starts_with(" ")) << "page " << p + 1 << " starts inside an entry: " << page.front();
        }
        entries += static_cast<std::size_t>(std::count_if(page.begin(), page.end(), [](const std::string& l) { return l.starts_with(",DRUG"); }));
    }
    EXPECT_EQ(entries, 12U);
}

TEST(braille_writer, chinese_words_are_written_apart) {
    const auto out = braille_of("<p>免疫疗法是一种癌症治疗方法。</p>", {}, "zh-Hans");
    const auto chinese = louis_translator(*braille_code_for("zh-Hans"));
    ASSERT_GE(out.pages.size(), 3U);
    EXPECT_EQ(trimmed(out.pages[2][0]), chinese.translate("免疫 疗法 是 一种 癌症 治疗 方法。"));
}

TEST(braille_writer, a_language_without_a_table_fails_its_braille_edition_alone) {
    EXPECT_FALSE(braille_code_for("tlh").has_value());
    try {
        (void)braille_of("<p>Qapla'</p>", {}, "tlh");
        ADD_FAILURE() << "no failure";
    } catch (const model::edition_failure& failure) {
        EXPECT_NE(std::string(failure.what()).find("'tlh'"), std::string::npos) << failure.what();
    }
}

}  // namespace
}  // namespace folio::render::braille
