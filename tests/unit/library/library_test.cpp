// Folio's C++ API (include/folio/) as a program uses it: through the shared library, nothing
// else linked. Load, check, make in memory, export to files; diagnostics as values.
#include <folio/folio.hpp>

#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace {

namespace fs = std::filesystem;

const std::string leaflet =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<document version=\"1\"><meta><title>Flu vaccine</title><language>en</language><identifier>urn:x</identifier>\n"
    "<published>2026-11-26</published><translation status=\"original\"/></meta>\n"
    "<body><section id=\"a\"><title>About</title><p>Come in October.</p></section></body></document>\n";

/// The checkout's data and the build's catalogs, as an installed library would find its own.
auto shipped_settings() -> folio::settings {
    folio::settings given;
    given.data_folders = {FOLIO_SOURCE_DIR};
    given.messages_dir = FOLIO_MESSAGES_DIR;
    given.source_date_epoch = 0;
    return given;
}

auto messages(const std::vector<folio::diagnostic>& all) -> std::string {
    std::string out;
    for (const auto& d : all) out += folio::format(d) + "\n";
    return out;
}

TEST(library, names_its_version_the_libraries_it_uses_and_its_editions) {
    EXPECT_EQ(folio::version(), FOLIO_VERSION_STRING);
    const auto used = folio::components();
    for (const auto* name : {"ICU", "HarfBuzz", "libharu", "libzip", "pugixml"}) {
        const auto found = std::find_if(used.begin(), used.end(), [&](const folio::component& c) { return c.name == name; });
        ASSERT_NE(found, used.end()) << name;
        EXPECT_FALSE(found->version.empty()) << name;
    }
    std::vector<std::string> available;
    for (const auto& e : folio::editions())
        if (e.available) available.push_back(e.name + "=" + e.suffix + (e.print ? " (print)" : ""));
    EXPECT_EQ(available, (std::vector<std::string>{"brochure=brochure.pdf (print)", "large-print=large-print.pdf (print)",
                                                   "ebook=ebook.epub", "screen-reader=screen-reader.txt",
                                                   "web=web.html", "braille=braille.brf", "braille-text=braille-text.txt"}));
}

TEST(library, loads_a_document_from_memory_and_makes_editions_without_files) {
    const folio::engine engine(shipped_settings());
    ASSERT_EQ(engine.data_folder(), fs::path(FOLIO_SOURCE_DIR));
    const auto loaded = engine.load(leaflet, "flu/en.xml");
    ASSERT_TRUE(loaded.document) << messages(loaded.diagnostics);
    EXPECT_EQ(loaded.result, folio::status::success);
    EXPECT_EQ(loaded.document->name(), "flu");
    EXPECT_EQ(loaded.document->language(), "en");
    EXPECT_EQ(loaded.document->title(), "Flu vaccine");
    EXPECT_EQ(loaded.document->file(), "flu/en.xml");

    const auto text = engine.make(*loaded.document, "screen-reader");
    ASSERT_TRUE(text.bytes) << messages(text.diagnostics);
    EXPECT_EQ(text.bytes->substr(0, text.bytes->find('\n')), "Flu vaccine");
    const auto pdf = engine.make(*loaded.document, "brochure");
    ASSERT_TRUE(pdf.bytes) << messages(pdf.diagnostics);
    EXPECT_EQ(pdf.bytes->substr(0, 5), "%PDF-");
    const auto epub = engine.make(*loaded.document, "ebook");
    ASSERT_TRUE(epub.bytes) << messages(epub.diagnostics);
    EXPECT_EQ(epub.bytes->substr(30, 8), "mimetype");
    // The same document, the same bytes: made twice by one engine (its fonts loaded once).
    EXPECT_EQ(engine.make(*loaded.document, "brochure").bytes, pdf.bytes);

    const auto web = engine.make(*loaded.document, "web");
    ASSERT_TRUE(web.bytes) << messages(web.diagnostics);
    EXPECT_EQ(web.bytes->substr(0, 15), "<!DOCTYPE html>");

    const auto braille = engine.make(*loaded.document, "braille");
    ASSERT_TRUE(braille.bytes) << messages(braille.diagnostics);
    EXPECT_TRUE(braille.bytes->ends_with("\f"));

    for (const auto* wrong : {"brail", "poster"}) {
        const auto refused = engine.make(*loaded.document, wrong);
        EXPECT_EQ(refused.result, folio::status::usage) << wrong;
        EXPECT_FALSE(refused.bytes);
        EXPECT_NE(messages(refused.diagnostics).find("no edition '" + std::string(wrong) + "'"), std::string::npos);
    }
}

TEST(library, problems_are_values_with_their_file_line_and_column) {
    const folio::engine engine(shipped_settings());
    const auto broken = engine.load("<document version=\"1\">\n  <meta><title>Oops</title></meta>\n  <body><p>x</body>\n</document>",
                                    "broken/en.xml");
    EXPECT_FALSE(broken.document);
    EXPECT_EQ(broken.result, folio::status::content_error);
    ASSERT_FALSE(broken.diagnostics.empty());
    const auto& first = broken.diagnostics.front();
    EXPECT_EQ(first.level, folio::severity::error);
    EXPECT_EQ(first.code, "malformed-xml");
    EXPECT_EQ(first.file, "broken/en.xml");
    EXPECT_EQ(first.line, 3U);
    EXPECT_GT(first.column, 1U);
    EXPECT_EQ(folio::count_errors(broken.diagnostics), broken.diagnostics.size());

    // A character no font of the brochure has: an error of that edition, at its line, no bytes.
    std::string emoji = leaflet;
    emoji.replace(emoji.find("October"), 7, "October \U0001F600");
    const auto loaded = engine.load(emoji, "emoji/en.xml");
    ASSERT_TRUE(loaded.document) << messages(loaded.diagnostics);
    const auto pdf = engine.make(*loaded.document, "brochure");
    EXPECT_FALSE(pdf.bytes);
    EXPECT_EQ(pdf.result, folio::status::content_error);
    ASSERT_EQ(folio::count_errors(pdf.diagnostics), 1U) << messages(pdf.diagnostics);
    EXPECT_EQ(pdf.diagnostics.front().code, "uncovered-character");
    EXPECT_EQ(pdf.diagnostics.front().line, 4U);
    // The text edition has no fonts to lack.
    EXPECT_TRUE(engine.make(*loaded.document, "screen-reader").bytes);
}

TEST(library, a_handout_with_only_its_review_date_makes_every_edition) {
    std::string reviewed = leaflet;
    const std::string published = "<published>2026-11-26</published>";
    reviewed.replace(reviewed.find(published), published.size(), "<last-reviewed>2026-10-01</last-reviewed>");
    const folio::engine engine(shipped_settings());
    const auto loaded = engine.load(reviewed, "flu/en.xml");
    ASSERT_TRUE(loaded.document) << messages(loaded.diagnostics);
    for (const auto& e : folio::editions()) {
        if (!e.available) continue;
        const auto made = engine.make(*loaded.document, e.name);
        EXPECT_TRUE(made.bytes) << e.name << ": " << messages(made.diagnostics);
    }
    const auto text = engine.make(*loaded.document, "screen-reader");
    ASSERT_TRUE(text.bytes);
    EXPECT_NE(text.bytes->find("Last reviewed: October 1, 2026"), std::string::npos) << *text.bytes;
    EXPECT_EQ(text.bytes->find("Published"), std::string::npos) << "no publication date is made up";
}

TEST(library, formats_diagnostics_as_the_command_line_prints_them) {
    EXPECT_EQ(folio::format({folio::severity::error, "no-content", {}, 0, 0, "no content file for language 'xx'", {}}),
              "folio: error: no content file for language 'xx' [no-content]");
    EXPECT_EQ(folio::format({folio::severity::warning, "w", "a\nb.xml", 3, 7, "odd", "do this"}),
              "a\\nb.xml:3:7: warning: odd [w]\n  hint: do this");
    EXPECT_EQ(folio::format({folio::severity::note, {}, {}, 0, 0, "said", {}}), "folio: note: said");
}

class library_export : public ::testing::Test {
protected:
    void SetUp() override {
        for (const auto* name : {"alpha", "beta", "gamma"}) {
            fs::create_directories(dir / "content" / name);
            std::string text = leaflet;
            text.replace(text.find("Flu vaccine"), 11, name);
            std::ofstream(dir / "content" / name / "en.xml") << text;
        }
        fs::create_directories(dir / "content/broken");
        std::ofstream(dir / "content/broken/en.xml") << "<document version=\"1\"><meta><title>Broken</title></meta>\n";
    }
    auto request(unsigned jobs) const -> folio::export_request {
        folio::export_request r;
        r.paths = {dir / "content", dir / "missing"};
        r.out_dir = dir / ("out-" + std::to_string(jobs));
        r.editions = {"screen-reader", "brochure"};
        r.jobs = jobs;
        return r;
    }
    folio::testing::scratch_directory scratch;
    const fs::path& dir = scratch.path();
};

TEST_F(library_export, reports_each_file_in_order_as_it_is_done_whatever_the_threads) {
    const folio::engine engine(shipped_settings());
    std::vector<std::string> seen;
    std::vector<std::string> run_messages;
    std::size_t progress_calls = 0;
    folio::export_observer observer;
    observer.file_done = [&](const folio::file_report& f) { seen.push_back(f.document); };
    observer.run_diagnostic = [&](const folio::diagnostic& d) { run_messages.push_back(folio::format(d)); };
    observer.progress = [&](std::size_t done, std::size_t total) {
        EXPECT_LE(done, total);
        EXPECT_EQ(total, 4U);
        ++progress_calls;
    };
    const auto serial = engine.export_files(request(1), observer);
    EXPECT_EQ(seen, (std::vector<std::string>{"alpha", "beta", "broken", "gamma"}));
    EXPECT_GE(progress_calls, 4U);
    // A missing path is an input error of the run; the broken file a content error of its own.
    EXPECT_EQ(serial.result, folio::status::input_error);
    ASSERT_EQ(run_messages.size(), 1U);
    EXPECT_EQ(messages(serial.diagnostics), run_messages.front() + "\n");
    EXPECT_NE(run_messages.front().find("missing"), std::string::npos) << run_messages.front();
    ASSERT_EQ(serial.files.size(), 4U);
    EXPECT_EQ(serial.files[2].result, folio::status::content_error);
    EXPECT_TRUE(serial.files[2].written.empty());
    EXPECT_GT(folio::count_errors(serial.files[2].diagnostics), 0U);
    EXPECT_EQ(serial.files[0].written, (std::vector<fs::path>{dir / "out-1/alpha/en/alpha-brochure.pdf",
                                                               dir / "out-1/alpha/en/alpha-screen-reader.txt"}));
    for (const auto& path : serial.files[0].written) EXPECT_TRUE(fs::is_regular_file(path)) << path;

    const auto parallel = engine.export_files(request(3));
    ASSERT_EQ(parallel.files.size(), serial.files.size());
    for (std::size_t i = 0; i < serial.files.size(); ++i) {
        EXPECT_EQ(parallel.files[i].document, serial.files[i].document);
        EXPECT_EQ(messages(parallel.files[i].diagnostics), messages(serial.files[i].diagnostics));
        EXPECT_EQ(parallel.files[i].written.size(), serial.files[i].written.size());
        for (std::size_t w = 0; w < serial.files[i].written.size(); ++w)
            EXPECT_EQ(folio::testing::read_file(parallel.files[i].written[w]), folio::testing::read_file(serial.files[i].written[w]));
    }
}

TEST_F(library_export, requests_and_observers_are_written_with_designated_initializers) {
    // The README's form: every field has a default, so naming a few compiles without warnings
    // (-Wextra, -Werror in CI) and the others keep theirs.
    std::size_t files = 0;
    const auto report = folio::engine(shipped_settings())
                            .export_files({.paths = {dir / "content/alpha"}, .out_dir = dir / "out-d", .editions = {"screen-reader"}},
                                          {.file_done = [&](const folio::file_report&) { ++files; }});
    EXPECT_EQ(report.result, folio::status::success) << messages(report.diagnostics);
    EXPECT_EQ(files, 1U);
    EXPECT_TRUE(fs::is_regular_file(dir / "out-d/alpha/en/alpha-screen-reader.txt"));
}

TEST_F(library_export, shards_split_the_files_and_a_wrong_request_is_a_usage_error_that_writes_nothing) {
    const folio::engine engine(shipped_settings());
    std::vector<std::string> documents;
    for (std::size_t k = 0; k < 2; ++k) {
        auto r = request(1);
        r.shard = {k, 2};
        for (const auto& f : engine.export_files(r).files) documents.push_back(f.document);
    }
    std::sort(documents.begin(), documents.end());
    EXPECT_EQ(documents, (std::vector<std::string>{"alpha", "beta", "broken", "gamma"}));

    auto bad_shard = request(9);
    bad_shard.shard = {3, 3};
    auto bad_edition = request(9);
    bad_edition.editions = {"braile"};
    auto bad_language = request(9);
    bad_language.languages = {"english"};
    for (const auto& wrong : {bad_shard, bad_edition, bad_language}) {
        const auto report = engine.export_files(wrong);
        EXPECT_EQ(report.result, folio::status::usage) << messages(report.diagnostics);
        EXPECT_EQ(folio::count_errors(report.diagnostics), 1U) << messages(report.diagnostics);
        EXPECT_TRUE(report.files.empty());
    }
    EXPECT_FALSE(fs::exists(dir / "out-9"));
}

TEST(library, without_its_data_an_engine_says_where_it_looked_and_print_editions_fail_as_an_installation_problem) {
    folio::settings given = shipped_settings();
    given.data_folders = {"/nowhere"};
    const folio::engine engine(given);
    EXPECT_FALSE(engine.data_folder());
    EXPECT_EQ(engine.data_folders(), std::vector<fs::path>{"/nowhere"});
    const auto loaded = engine.load(leaflet, "flu/en.xml");
    ASSERT_TRUE(loaded.document);
    const auto pdf = engine.make(*loaded.document, "brochure");
    EXPECT_EQ(pdf.result, folio::status::installation);
    EXPECT_NE(messages(pdf.diagnostics).find("folio: note: Folio's data (styles/ and fonts/) is in none of: '/nowhere'"),
              std::string::npos)
        << messages(pdf.diagnostics);
    EXPECT_TRUE(engine.make(*loaded.document, "screen-reader").bytes);
}

TEST(library, checks_files_as_export_would_and_writes_nothing) {
    folio::testing::scratch_directory scratch;
    fs::create_directories(scratch.path() / "flu");
    std::string emoji = leaflet;
    emoji.replace(emoji.find("October"), 7, "October \U0001F600");
    std::ofstream(scratch.path() / "flu/en.xml") << emoji;
    const auto report = folio::engine(shipped_settings()).check({scratch.path() / "flu"});
    EXPECT_EQ(report.files, 1U);
    EXPECT_EQ(report.result, folio::status::content_error);
    // Both print editions lack it, each at the character itself in the file.
    ASSERT_EQ(folio::count_errors(report.diagnostics), 2U) << messages(report.diagnostics);
    for (const auto& d : report.diagnostics) {
        EXPECT_EQ(d.code, "uncovered-character");
        EXPECT_EQ(d.line, 4U);
        EXPECT_EQ(d.column, emoji.substr(emoji.find("<body>")).find("\U0001F600") + 1);
    }
    EXPECT_EQ(std::distance(fs::directory_iterator(scratch.path()), fs::directory_iterator()), 1);
}

TEST(request_values, shards_are_k_of_n_counted_from_zero) {
    std::string problem;
    const auto part = folio::parse_shard("2/4", problem);
    ASSERT_TRUE(part);
    EXPECT_EQ(part->index, 2U);
    EXPECT_EQ(part->count, 4U);
    for (const auto* bad : {"4/4", "1/0", "x/2", "1", "-1/2", "1/2/3", ""}) {
        problem.clear();
        EXPECT_FALSE(folio::parse_shard(bad, problem)) << bad;
        EXPECT_FALSE(problem.empty()) << bad;
    }
    (void)folio::parse_shard("3/3", problem);
    EXPECT_EQ(problem, "'3/3': shards are counted from 0, so K must be less than N (the last of 3 is 2/3)");
}

TEST(request_values, source_date_epoch_is_whole_seconds_up_to_the_year_9999_and_nothing_else) {
    std::string problem;
    EXPECT_EQ(folio::parse_source_date_epoch("0", problem), 0);
    EXPECT_EQ(folio::parse_source_date_epoch("1764115200", problem), 1764115200);
    EXPECT_EQ(folio::parse_source_date_epoch("253402300799", problem), 253402300799);
    // Years like -1199 or 10000 would go into the e-book's dates.
    for (const std::string bad : {"-1", "253402300800", "99999999999999999999", "12abc", "1.5", " 1", ""})
        EXPECT_FALSE(folio::parse_source_date_epoch(bad, problem)) << bad;
    (void)folio::parse_source_date_epoch("253402300800", problem);
    EXPECT_EQ(problem, "SOURCE_DATE_EPOCH='253402300800' is after the year 9999 (at most 253402300799)");
}

TEST(request_values, language_tags_are_checked_with_a_suggestion) {
    EXPECT_EQ(folio::language_tag_problem("zh-Hant"), "");
    EXPECT_NE(folio::language_tag_problem("english").find("invalid language tag 'english'"), std::string::npos);
}

}  // namespace
