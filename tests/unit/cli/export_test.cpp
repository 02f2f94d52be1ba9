#include "cli/run_folio.hpp"

#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace folio::cli {
namespace {

namespace fs = std::filesystem;

using folio::testing::read_file;

const std::string good_document =
    "<document version=\"1\"><meta><title>Leaflet</title><language>en</language><identifier>urn:x</identifier>"
    "<published>2026-11-26</published><translation status=\"original\"/></meta>"
    "<body><section id=\"a\"><title>About</title><p>Hello.</p></section></body></document>\n";

/// Runs folio in-process inside a scratch folder holding content/leaflet/en.xml.
class export_command : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(dir / "content/leaflet");
        write_content(good_document);
        // The print editions read styles/ and fonts/ from the working folder, as in the repository.
        fs::create_directory_symlink(fs::path(FOLIO_SOURCE_DIR) / "styles", dir / "styles");
        fs::create_directory_symlink(fs::path(FOLIO_SOURCE_DIR) / "fonts", dir / "fonts");
    }
    void write_content(const std::string& xml) const { std::ofstream(dir / "content/leaflet/en.xml") << xml; }
    auto run(std::vector<std::string> args) -> int {
        out.str("");
        err.str("");
        const auto previous = fs::current_path();
        fs::current_path(dir);
        const int code = run_folio(args, {FOLIO_MESSAGES_DIR, &out, &err});
        fs::current_path(previous);
        return code;
    }
    auto output_files() const -> std::vector<std::string> {
        std::vector<std::string> names;
        if (!fs::exists(dir / "out")) return names;
        for (const auto& e : fs::recursive_directory_iterator(dir / "out"))
            if (e.is_regular_file()) names.push_back(e.path().lexically_relative(dir).string());
        std::sort(names.begin(), names.end());
        return names;
    }
    folio::testing::scratch_directory scratch;
    const fs::path& dir = scratch.path();
    std::ostringstream out, err;
};

TEST_F(export_command, writes_every_available_edition_where_the_readme_says) {
    EXPECT_EQ(run({"export"}), 0) << err.str();
    EXPECT_EQ(output_files(), (std::vector<std::string>{"out/leaflet/en/leaflet-braille-text.txt", "out/leaflet/en/leaflet-braille.brf", "out/leaflet/en/leaflet-brochure.pdf", "out/leaflet/en/leaflet-ebook.epub",
                                                        "out/leaflet/en/leaflet-large-print.pdf", "out/leaflet/en/leaflet-screen-reader.txt", "out/leaflet/en/leaflet-web.html"}));
    EXPECT_NE(read_file(dir / "out/leaflet/en/leaflet-screen-reader.txt").find("Heading level 2: About"), std::string::npos);
    EXPECT_TRUE(read_file(dir / "out/leaflet/en/leaflet-brochure.pdf").starts_with("%PDF-1.7"));
    EXPECT_TRUE(read_file(dir / "out/leaflet/en/leaflet-ebook.epub").starts_with(std::string("PK\x03\x04", 4)));
    EXPECT_EQ(out.str(), "out/leaflet/en/leaflet-brochure.pdf\nout/leaflet/en/leaflet-large-print.pdf\n"
                         "out/leaflet/en/leaflet-ebook.epub\nout/leaflet/en/leaflet-screen-reader.txt\n"
                         "out/leaflet/en/leaflet-web.html\nout/leaflet/en/leaflet-braille.brf\n"
                         "out/leaflet/en/leaflet-braille-text.txt\n");
    EXPECT_TRUE(read_file(dir / "out/leaflet/en/leaflet-web.html").starts_with("<!DOCTYPE html>"));
    EXPECT_TRUE(read_file(dir / "out/leaflet/en/leaflet-braille.brf").ends_with("\f"));
}

TEST_F(export_command, a_large_print_style_that_breaks_the_rules_refuses_that_edition_only) {
    fs::remove(dir / "styles");
    fs::create_directories(dir / "styles");
    fs::copy_file(fs::path(FOLIO_SOURCE_DIR) / "styles/brochure.xml", dir / "styles/brochure.xml");
    fs::copy_file(fs::path(FOLIO_SOURCE_DIR) / "styles/braille.xml", dir / "styles/braille.xml");
    std::string large = read_file(fs::path(FOLIO_SOURCE_DIR) / "styles/large-print.xml");
    const std::string body = "<body size=\"18\"";
    large.replace(large.find(body), body.size(), "<body size=\"12\"");
    std::ofstream(dir / "styles/large-print.xml") << large;
    EXPECT_EQ(run({"export"}), 3);
    EXPECT_NE(err.str().find("large-print body text must be at least 18 pt [large-print-rule]"), std::string::npos) << err.str();
    EXPECT_EQ(output_files(), (std::vector<std::string>{"out/leaflet/en/leaflet-braille-text.txt", "out/leaflet/en/leaflet-braille.brf", "out/leaflet/en/leaflet-brochure.pdf", "out/leaflet/en/leaflet-ebook.epub",
                                                        "out/leaflet/en/leaflet-screen-reader.txt", "out/leaflet/en/leaflet-web.html"}));
}

/// The braille pages of a BRF file: its lines (CR LF ends) page by page (form feeds).
auto brf_pages(const std::string& brf) -> std::vector<std::vector<std::string>> {
    std::vector<std::vector<std::string>> pages(1);
    for (std::size_t at = 0; at < brf.size();) {
        if (brf[at] == '\f') {
            pages.emplace_back();
            ++at;
            continue;
        }
        const auto end = brf.find("\r\n", at);
        if (end == std::string::npos) break;
        pages.back().push_back(brf.substr(at, end - at));
        at = end + 2;
    }
    if (pages.back().empty()) pages.pop_back();
    return pages;
}

TEST_F(export_command, the_braille_style_sets_the_cells_of_a_line_and_the_lines_of_a_page) {
    fs::remove(dir / "styles");
    fs::create_directories(dir / "styles");
    for (const auto* name : {"brochure.xml", "large-print.xml"})
        fs::copy_file(fs::path(FOLIO_SOURCE_DIR) / "styles" / name, dir / "styles" / name);
    std::ofstream(dir / "styles/braille.xml") << "<style version=\"1\" edition=\"braille\"><page cells=\"32\" lines=\"12\"/></style>\n";
    std::string doc = good_document;
    std::string long_text;
    for (int i = 0; i < 40; ++i) long_text += "Ask your care team about the treatment and its side effects. ";
    doc.replace(doc.find("Hello."), 6, long_text);
    write_content(doc);
    ASSERT_EQ(run({"export", "--edition", "braille"}), 0) << err.str();
    const auto pages = brf_pages(read_file(dir / "out/leaflet/en/leaflet-braille.brf"));
    ASSERT_GT(pages.size(), 3U);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        EXPECT_EQ(pages[p].size(), 12U) << "page " << p + 1;
        for (const auto& line : pages[p]) EXPECT_LE(line.size(), 32U) << line;
    }
    // The page number stands at the right of the last line, at cell 32.
    EXPECT_EQ(pages[1].back().size(), 32U) << pages[1].back();
}

TEST_F(export_command, a_braille_style_with_errors_refuses_the_braille_editions_alone) {
    const auto styles = dir / "my-styles";
    fs::create_directories(styles);
    for (const auto* name : {"brochure.xml", "large-print.xml"})
        fs::copy_file(fs::path(FOLIO_SOURCE_DIR) / "styles" / name, styles / name);
    std::ofstream(styles / "braille.xml") << "<style version=\"1\" edition=\"braille\">\n"
                                             "  <page cells=\"8\"/>\n"
                                             "</style>\n";
    EXPECT_EQ(run({"export", "--styles", styles.string()}), 3);
    EXPECT_NE(err.str().find(styles.string() + "/braille.xml:2:9: error: 8 cells is outside what 'page.cells' allows"),
              std::string::npos) << err.str();
    EXPECT_NE(err.str().find("the 'braille' edition is not written: its style has errors"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("the 'braille-text' edition is not written: its style has errors"), std::string::npos) << err.str();
    EXPECT_EQ(output_files(), (std::vector<std::string>{"out/leaflet/en/leaflet-brochure.pdf", "out/leaflet/en/leaflet-ebook.epub",
                                                        "out/leaflet/en/leaflet-large-print.pdf", "out/leaflet/en/leaflet-screen-reader.txt",
                                                        "out/leaflet/en/leaflet-web.html"}));
    // check reports it the same way, once.
    EXPECT_EQ(run({"check", "--styles", styles.string(), "content"}), 3);
    const auto message = err.str();
    const auto first = message.find("8 cells is outside what 'page.cells' allows");
    ASSERT_NE(first, std::string::npos) << message;
    EXPECT_EQ(message.find("8 cells is outside", first + 1), std::string::npos) << message;
}

TEST_F(export_command, honours_output_folder_language_and_edition_options) {
    EXPECT_EQ(run({"export", "content/leaflet", "-o", "elsewhere", "--lang", "en", "--edition", "screen-reader"}), 0) << err.str();
    EXPECT_TRUE(fs::exists(dir / "elsewhere/leaflet/en/leaflet-screen-reader.txt"));
    EXPECT_EQ(run({"export", "--lang", "es"}), 4);
    EXPECT_NE(err.str().find("no content file for language 'es'"), std::string::npos);
}

TEST_F(export_command, a_failed_run_keeps_the_previous_good_output_and_writes_nothing_partial) {
    ASSERT_EQ(run({"export"}), 0);
    const auto before = read_file(dir / "out/leaflet/en/leaflet-screen-reader.txt");
    write_content("<document version=\"1\"><meta><title>Broken</title></meta><body><p>x</p></body></document>");
    EXPECT_EQ(run({"export"}), 3);
    EXPECT_NE(err.str().find("error: the document does not say its language [missing-language]"), std::string::npos) << err.str();
    EXPECT_EQ(read_file(dir / "out/leaflet/en/leaflet-screen-reader.txt"), before);
    EXPECT_EQ(output_files().size(), 7U);
}

TEST_F(export_command, malformed_xml_gives_the_content_exit_code_and_no_output) {
    write_content("<document version=\"1\">\n<meta>\n</document>\n");
    EXPECT_EQ(run({"export"}), 3);
    EXPECT_TRUE(output_files().empty());
    EXPECT_NE(err.str().find("content/leaflet/en.xml:3:1: error: failed to parse XML"), std::string::npos) << err.str();
}

TEST_F(export_command, check_writes_nothing) {
    EXPECT_EQ(run({"check", "content"}), 0) << err.str();
    EXPECT_TRUE(output_files().empty());
    EXPECT_NE(err.str().find("folio: checked 1 file: 0 errors, 0 warnings"), std::string::npos);
}

TEST_F(export_command, usage_errors_exit_2_with_a_clear_message) {
    EXPECT_EQ(run({"export", "--edition", "poster"}), 2);
    EXPECT_NE(err.str().find("poster"), std::string::npos);
    EXPECT_EQ(run({"export", "--lang", "en_US"}), 2);
    EXPECT_NE(err.str().find("did you mean 'en-US'?"), std::string::npos) << err.str();
    EXPECT_EQ(run({"frobnicate"}), 2);
    EXPECT_EQ(run({"check"}), 2);
}

TEST_F(export_command, the_ebook_reads_the_brochure_style_for_its_page_list) {
    EXPECT_EQ(run({"export", "--edition", "ebook"}), 0) << err.str();
    EXPECT_EQ(output_files(), (std::vector<std::string>{"out/leaflet/en/leaflet-ebook.epub"}));
    EXPECT_EQ(err.str(), "");
    const auto epub = read_file(dir / "out/leaflet/en/leaflet-ebook.epub");
    EXPECT_NE(epub.find("EPUB/text/01-a.xhtml"), std::string::npos);
}

TEST_F(export_command, without_a_readable_brochure_style_the_ebook_has_no_page_list_but_is_written) {
    fs::remove(dir / "styles");
    fs::create_directories(dir / "styles");
    std::ofstream(dir / "styles/brochure.xml") << "<style version=\"1\" edition=\"brochure\"><body size=\"-3\"/></style>\n";
    EXPECT_EQ(run({"export", "--edition", "ebook,brochure"}), 3);
    EXPECT_NE(err.str().find("the 'brochure' edition is not written: its style has errors"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("warning: the e-book has no page list: the brochure style could not be read [no-page-list]"),
              std::string::npos) << err.str();
    EXPECT_EQ(output_files(), (std::vector<std::string>{"out/leaflet/en/leaflet-ebook.epub"}));
}

TEST_F(export_command, run_where_folios_data_is_not_is_an_installation_error_not_a_content_error) {
    // Good content, no styles/ or fonts/ in the working folder: exit 6 (installation), the print
    // and braille editions named as missing data, and the editions that need no style still written.
    fs::remove(dir / "styles");
    fs::remove(dir / "fonts");
    EXPECT_EQ(run({"check", "content"}), 6);
    EXPECT_NE(err.str().find("Folio's style for the brochure edition is missing: no 'brochure.xml' in 'styles' [missing-data]"),
              std::string::npos) << err.str();
    EXPECT_EQ(run({"export", "content"}), 6);
    EXPECT_NE(err.str().find("the 'large-print' edition is not written: Folio's data for it is missing"), std::string::npos)
        << err.str();
    EXPECT_NE(err.str().find("Folio's style for the braille editions is missing: no 'braille.xml' in 'styles' [missing-data]"),
              std::string::npos) << err.str();
    EXPECT_NE(err.str().find("the 'braille' edition is not written: Folio's data for it is missing"), std::string::npos)
        << err.str();
    EXPECT_EQ(output_files(), (std::vector<std::string>{"out/leaflet/en/leaflet-ebook.epub", "out/leaflet/en/leaflet-screen-reader.txt", "out/leaflet/en/leaflet-web.html"}));
    // A style whose fonts are not there is missing data too.
    fs::create_directories(dir / "styles");
    fs::copy_file(fs::path(FOLIO_SOURCE_DIR) / "styles/brochure.xml", dir / "styles/brochure.xml");
    EXPECT_EQ(run({"check", "content"}), 6);
    EXPECT_NE(err.str().find("[missing-font]"), std::string::npos) << err.str();
}

TEST_F(export_command, warns_when_the_reader_language_has_no_catalog) {
    std::string french = good_document;
    french.replace(french.find("<language>en</language>"), 23, "<language>sv</language>");
    std::ofstream(dir / "content/leaflet/sv.xml") << french;
    EXPECT_EQ(run({"export", "--lang", "sv", "--edition", "screen-reader"}), 0) << err.str();
    EXPECT_NE(err.str().find("content/leaflet/sv.xml: warning: Folio has no message catalog for 'sv'"), std::string::npos) << err.str();
    EXPECT_TRUE(fs::exists(dir / "out/leaflet/sv/leaflet-screen-reader.txt"));
}

// Issue 17: braille in a language liblouis has no table for. An export of every edition (what
// `make` runs) writes the others, warns and succeeds; asking for braille by name fails that
// edition alone; check says so before any export.
TEST_F(export_command, braille_in_a_language_without_a_table_is_left_out_with_a_warning_or_fails_alone_when_asked_for) {
    std::string klingon = good_document;
    klingon.replace(klingon.find("<language>en</language>"), 23, "<language>tlh</language>");
    std::ofstream(dir / "content/leaflet/tlh.xml") << klingon;
    EXPECT_EQ(run({"export", "--lang", "tlh"}), 0) << err.str();
    EXPECT_NE(err.str().find("content/leaflet/tlh.xml: warning: the 'braille' edition is not written: liblouis has no braille "
                             "table for the language 'tlh'"),
              std::string::npos)
        << err.str();
    EXPECT_TRUE(fs::exists(dir / "out/leaflet/tlh/leaflet-brochure.pdf"));
    EXPECT_TRUE(fs::exists(dir / "out/leaflet/tlh/leaflet-screen-reader.txt"));
    EXPECT_FALSE(fs::exists(dir / "out/leaflet/tlh/leaflet-braille.brf"));
    EXPECT_FALSE(fs::exists(dir / "out/leaflet/tlh/leaflet-braille-text.txt"));
    fs::remove_all(dir / "out");
    EXPECT_EQ(run({"export", "--edition", "braille,screen-reader"}), 5) << err.str();
    EXPECT_NE(err.str().find("content/leaflet/tlh.xml: error: the 'braille' edition is not written"), std::string::npos) << err.str();
    EXPECT_TRUE(fs::exists(dir / "out/leaflet/tlh/leaflet-screen-reader.txt"));
    EXPECT_TRUE(fs::exists(dir / "out/leaflet/en/leaflet-braille.brf"));  // English has its table
    EXPECT_EQ(run({"check", "content"}), 0) << err.str();
    EXPECT_NE(err.str().find("content/leaflet/tlh.xml: warning: the 'braille-text' edition is not written"), std::string::npos)
        << err.str();
}

TEST_F(export_command, a_character_no_font_has_is_an_error_not_a_blank_box) {
    std::string doc = good_document;
    doc.replace(doc.find("Hello."), 6, "Hello \U0001F600.");
    write_content(doc);
    EXPECT_EQ(run({"export", "--edition", "brochure,screen-reader"}), 3);
    // At the character itself (column in code points), named, with no id the author did not write.
    const auto column = std::to_string(doc.substr(0, doc.find("\U0001F600")).size() + 1);  // all ASCII before it
    EXPECT_NE(err.str().find("content/leaflet/en.xml:1:" + column + ": error: the brochure edition cannot draw U+1F600 GRINNING FACE"),
              std::string::npos) << err.str();
    EXPECT_EQ(err.str().find("a.p1"), std::string::npos) << err.str();
    // A content error in one edition: no edition of the file is written, not even the text.
    EXPECT_NE(err.str().find("no edition of 'content/leaflet/en.xml' is written: it has errors"), std::string::npos) << err.str();
    EXPECT_EQ(output_files(), std::vector<std::string>{});
}

TEST_F(export_command, check_finds_every_character_no_font_has_where_export_would_fail) {
    // A Private Use Area character written as a reference inside bold text on a later line, and
    // a Hebrew phrase, which the shipped styles cover: check names the first (at its own line
    // and column, in both print editions), passes the second, and export agrees.
    std::string doc = good_document;
    doc.replace(doc.find("<p>Hello.</p>"), 13,
                "<p>Hello <span lang=\"he\">\u05E9\u05DC\u05D5\u05DD</span>,\n  and <strong>a &#xE000; b</strong>.</p>");
    write_content(doc);
    EXPECT_EQ(run({"check", "content"}), 3) << err.str();
    for (const std::string edition : {"brochure", "large-print"})
        EXPECT_NE(err.str().find("content/leaflet/en.xml:2:17: error: the " + edition + " edition cannot draw U+E000 (a private-use character"),
                  std::string::npos) << err.str();
    EXPECT_EQ(err.str().find("U+05E"), std::string::npos) << err.str();  // Hebrew is covered
    EXPECT_NE(err.str().find("2 errors"), std::string::npos) << err.str();
    err.str("");
    EXPECT_EQ(run({"export"}), 3) << err.str();
    EXPECT_NE(err.str().find("content/leaflet/en.xml:2:17: error: the brochure edition cannot draw U+E000"), std::string::npos) << err.str();

    // Without the bad character, check passes and export writes every edition.
    doc.replace(doc.find("&#xE000;"), 8, "x");
    write_content(doc);
    err.str("");
    EXPECT_EQ(run({"check", "content"}), 0) << err.str();
    EXPECT_EQ(run({"export"}), 0) << err.str();
    EXPECT_EQ(output_files().size(), 7U);
}

TEST_F(export_command, a_content_error_keeps_every_previous_output_as_it_was) {
    ASSERT_EQ(run({"export"}), 0) << err.str();
    const auto before = output_files();
    std::vector<std::string> bytes;
    for (const auto& f : before) bytes.push_back(read_file(dir / f));
    std::string doc = good_document;
    doc.replace(doc.find("Hello."), 6, "Hello again \U0001F600.");
    write_content(doc);
    EXPECT_EQ(run({"export"}), 3);
    EXPECT_EQ(out.str(), "") << "nothing may be reported as written";
    ASSERT_EQ(output_files(), before);
    for (std::size_t i = 0; i < before.size(); ++i) EXPECT_EQ(read_file(dir / before[i]), bytes[i]) << before[i];
}

TEST_F(export_command, an_output_that_cannot_be_written_fails_alone) {
    // A second document, and a folder standing where the first one's brochure must go.
    fs::create_directories(dir / "content/other");
    std::string other = good_document;
    other.replace(other.find("Leaflet"), 7, "Other");
    std::ofstream(dir / "content/other/en.xml") << other;
    fs::create_directories(dir / "out/leaflet/en/leaflet-brochure.pdf");
    std::ofstream(dir / "out/leaflet/en/leaflet-brochure.pdf/occupied") << "x";
    EXPECT_EQ(run({"export"}), 5) << err.str();
    EXPECT_NE(err.str().find("folio: error: the 'brochure' edition of 'content/leaflet/en.xml' is not written to "
                             "'out/leaflet/en/leaflet-brochure.pdf' ("),
              std::string::npos)
        << err.str();
    EXPECT_NE(err.str().find(") [edition-failed]"), std::string::npos) << err.str();
    EXPECT_EQ(output_files(),
              (std::vector<std::string>{"out/leaflet/en/leaflet-braille-text.txt", "out/leaflet/en/leaflet-braille.brf", "out/leaflet/en/leaflet-brochure.pdf/occupied", "out/leaflet/en/leaflet-ebook.epub",
                                        "out/leaflet/en/leaflet-large-print.pdf", "out/leaflet/en/leaflet-screen-reader.txt",
                                        "out/leaflet/en/leaflet-web.html", "out/other/en/other-braille-text.txt", "out/other/en/other-braille.brf", "out/other/en/other-brochure.pdf", "out/other/en/other-ebook.epub",
                                        "out/other/en/other-large-print.pdf", "out/other/en/other-screen-reader.txt", "out/other/en/other-web.html"}));
}

TEST_F(export_command, a_brochure_font_that_cannot_be_read_fails_the_brochure_alone) {
    // A font file that exists but cannot be read (reading /proc/self/mem fails, even as root).
    fs::remove(dir / "fonts");
    fs::create_directories(dir / "fonts");
    for (const auto& entry : fs::directory_iterator(fs::path(FOLIO_SOURCE_DIR) / "fonts"))
        if (entry.is_directory()) fs::create_directory_symlink(entry.path(), dir / "fonts" / entry.path().filename());
    fs::create_symlink("/proc/self/mem", dir / "fonts/broken.ttf");
    fs::remove(dir / "styles");
    fs::create_directories(dir / "styles");
    fs::copy_file(fs::path(FOLIO_SOURCE_DIR) / "styles/large-print.xml", dir / "styles/large-print.xml");
    fs::copy_file(fs::path(FOLIO_SOURCE_DIR) / "styles/braille.xml", dir / "styles/braille.xml");
    std::string brochure = read_file(fs::path(FOLIO_SOURCE_DIR) / "styles/brochure.xml");
    const std::string regular = "regular=\"noto/NotoSans-Regular.ttf\"";
    ASSERT_NE(brochure.find(regular), std::string::npos);
    brochure.replace(brochure.find(regular), regular.size(), "regular=\"broken.ttf\"");
    std::ofstream(dir / "styles/brochure.xml") << brochure;

    EXPECT_EQ(run({"export"}), 5) << err.str();
    EXPECT_NE(err.str().find("folio: error: the 'brochure' edition of 'content/leaflet/en.xml' is not written"), std::string::npos)
        << err.str();
    EXPECT_NE(err.str().find("the e-book has no page list: the brochure cannot be laid out"), std::string::npos) << err.str();
    EXPECT_EQ(output_files(), (std::vector<std::string>{"out/leaflet/en/leaflet-braille-text.txt", "out/leaflet/en/leaflet-braille.brf", "out/leaflet/en/leaflet-ebook.epub", "out/leaflet/en/leaflet-large-print.pdf",
                                                        "out/leaflet/en/leaflet-screen-reader.txt", "out/leaflet/en/leaflet-web.html"}));
}

TEST_F(export_command, links_to_an_untitled_section_or_glossary_go_where_it_starts) {
    std::string doc = good_document;
    doc.replace(doc.find("<p>Hello.</p>"), 13,
                "<p>See <xref to=\"plain\">the part below</xref> and <xref to=\"words\">the words</xref>.</p>"
                "<section id=\"plain\"><p>No title here.</p></section>"
                "<glossary id=\"words\"><entry id=\"w\"><term>word</term><definition><p>A unit.</p></definition></entry></glossary>");
    write_content(doc);
    EXPECT_EQ(run({"export"}), 0) << err.str();
    EXPECT_EQ(output_files().size(), 7U) << err.str();
}

TEST_F(export_command, missing_paths_exit_4) {
    EXPECT_EQ(run({"check", "nowhere"}), 4);
    EXPECT_NE(err.str().find("nowhere: error: 'nowhere' does not exist [no-content]"), std::string::npos) << err.str();
}

TEST_F(export_command, help_and_version) {
    EXPECT_EQ(run({"--help"}), 0);
    EXPECT_NE(out.str().find("export"), std::string::npos);
    EXPECT_EQ(run({"--version"}), 0);
    EXPECT_TRUE(out.str().starts_with("folio "));
    // The libraries that decide what the editions look like, each with a version number.
    for (const auto* library : {"ICU ", "HarfBuzz ", "libharu ", "libzip ", "pugixml "}) {
        const auto at = out.str().find(library);
        ASSERT_NE(at, std::string::npos) << library << " in " << out.str();
        EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(out.str().at(at + std::string(library).size())))) << out.str();
    }
}

TEST_F(export_command, same_input_gives_the_same_bytes) {
    ASSERT_EQ(run({"export"}), 0) << err.str();
    std::vector<std::string> first;
    for (const auto& f : output_files()) first.push_back(read_file(dir / f));
    ASSERT_EQ(run({"export"}), 0);
    std::vector<std::string> second;
    for (const auto& f : output_files()) second.push_back(read_file(dir / f));
    ASSERT_EQ(first.size(), 7U) << "the seven editions, compared";
    EXPECT_EQ(first, second);
}

/// A one-figure document; its src attribute is at line 2, column 23.
auto document_with_image(const std::string& identifier, const std::string& src) -> std::string {
    return "<document version=\"1\"><meta><title>Leaflet</title><language>en</language><identifier>" + identifier +
           "</identifier><published>2026-11-26</published><translation status=\"original\"/></meta>"
           "<body><section id=\"a\"><title>About</title><p>Hello.</p>\n<figure id=\"f\"><image src=\"" + src +
           "\" alt=\"A badge.\"/></figure></section></body></document>\n";
}

// The reproduction of issue 9: a JPEG saved as ".png" passed check and was packed as image/png;
// a PNG with bad data passed check, then export died inside libpng (exit 134) and wrote nothing.
// Run as a process, so that a crash fails the test instead of ending it.
TEST_F(export_command, a_damaged_or_misnamed_image_stops_its_document_only_with_a_located_error) {
    const fs::path tests = fs::path(FOLIO_SOURCE_DIR) / "tests";
    const auto jpeg = read_file(tests / "unit/load/badge.jpg");
    const auto damaged_png = read_file(tests / "bad-input/image-corrupt/images/diagram.png");
    ASSERT_FALSE(jpeg.empty());
    ASSERT_FALSE(damaged_png.empty());
    // The good document shows a JPEG named .jpg: it is exported, and its e-book says image/jpeg.
    fs::create_directories(dir / "content/leaflet/images");
    std::ofstream(dir / "content/leaflet/images/badge.jpg", std::ios::binary) << jpeg;
    write_content(document_with_image("urn:x", "images/badge.jpg"));
    fs::create_directories(dir / "content/broken/images");
    struct bad_image {
        std::string name;
        std::string bytes;
        std::string error;
    };
    const std::vector<bad_image> cases{
        {"photo.png", jpeg,
         "content/broken/en.xml:2:23: error: image 'images/photo.png' holds JPEG data but its name ends in '.png' "
         "[image-extension-mismatch]\n  hint: rename the file to 'images/photo.jpg' and write that name in src\n"},
        {"diagram.png", damaged_png,
         "content/broken/en.xml:2:23: error: image 'images/diagram.png' is damaged: its PNG data does not decode ("},
        {"cut.png", damaged_png.substr(0, 40),
         "content/broken/en.xml:2:23: error: image 'images/cut.png' is cut short: the PNG file ends before its image "
         "data does [image-truncated]\n"},
    };
    for (const auto& bad : cases) {
        SCOPED_TRACE(bad.name);
        std::ofstream(dir / "content/broken/images" / bad.name, std::ios::binary) << bad.bytes;
        std::ofstream(dir / "content/broken/en.xml") << document_with_image("urn:broken", "images/" + bad.name);
        for (const std::string command : {"check", "export"}) {
            const auto result = folio::testing::run_process(FOLIO_EXECUTABLE, {command, "content"}, dir);
            EXPECT_EQ(result.exit_code, 3) << command << "\n" << result.err;
            EXPECT_NE(result.err.find(bad.error), std::string::npos) << command << "\n" << result.err;
        }
        EXPECT_EQ(output_files(), (std::vector<std::string>{"out/leaflet/en/leaflet-braille-text.txt", "out/leaflet/en/leaflet-braille.brf", "out/leaflet/en/leaflet-brochure.pdf", "out/leaflet/en/leaflet-ebook.epub",
                                                            "out/leaflet/en/leaflet-large-print.pdf", "out/leaflet/en/leaflet-screen-reader.txt", "out/leaflet/en/leaflet-web.html"}));
    }
    const auto opf = folio::testing::run_process("/usr/bin/unzip", {"-p", "out/leaflet/en/leaflet-ebook.epub", "EPUB/package.opf"}, dir);
    ASSERT_EQ(opf.exit_code, 0) << opf.err;
    EXPECT_NE(opf.out.find("href=\"media/image-1.jpg\" media-type=\"image/jpeg\""), std::string::npos) << opf.out;
    const auto media = folio::testing::run_process("/usr/bin/unzip", {"-p", "out/leaflet/en/leaflet-ebook.epub", "EPUB/media/image-1.jpg"}, dir);
    EXPECT_EQ(media.out, jpeg) << "the e-book packs the very bytes";
}

}  // namespace
}  // namespace folio::cli
