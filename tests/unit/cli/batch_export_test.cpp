// A batch export over several documents and languages: the same output whatever the number of
// threads, shards whose union is the whole export, and the progress report.
#include "cli/run_folio.hpp"

#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

namespace folio::cli {
namespace {

namespace fs = std::filesystem;

/// The outputs of a run: path under out/ → bytes.
using outputs = std::map<std::string, std::string>;

struct run_result {
    int code = 0;
    std::string out, err;
};

/// Folio's shipped content (every language), plus a document with a content error and one whose
/// brochure cannot be written (a folder stands where the file would go), in a scratch folder.
class batch_export : public ::testing::Test {
protected:
    void SetUp() override {
        fs::copy(fs::path(FOLIO_SOURCE_DIR) / "content", dir / "content", fs::copy_options::recursive);
        fs::create_directories(dir / "content/broken");
        std::ofstream(dir / "content/broken/en.xml") << "<document version=\"1\"><meta><title>Broken</title></meta>\n";
        fs::create_directories(dir / "content/leaflet");
        std::ofstream(dir / "content/leaflet/en.xml")
            << "<document version=\"1\"><meta><title>Leaflet</title><language>en</language><identifier>urn:x</identifier>"
               "<published>2026-11-26</published><translation status=\"original\"/></meta>"
               "<body><section id=\"a\"><title>About</title><p>Hello.</p></section></body></document>\n";
        fs::create_directory_symlink(fs::path(FOLIO_SOURCE_DIR) / "styles", dir / "styles");
        fs::create_directory_symlink(fs::path(FOLIO_SOURCE_DIR) / "fonts", dir / "fonts");
    }
    auto run(const std::vector<std::string>& args, environment env = {}) -> run_result {
        std::ostringstream out, err;
        if (env.catalog_directory.empty()) env.catalog_directory = FOLIO_MESSAGES_DIR;
        env.out = &out;
        env.err = &err;
        const auto previous = fs::current_path();
        fs::current_path(dir);
        const int code = run_folio(args, env);
        fs::current_path(previous);
        return {code, out.str(), err.str()};
    }
    /// Runs an export into out/<name> after making the leaflet's brochure unwritable there.
    auto export_into(const std::string& name, std::vector<std::string> more) -> run_result {
        fs::create_directories(dir / "out" / name / "leaflet/en/leaflet-brochure.pdf");
        // Quiet: a run slowed past the progress report's delay (a loaded machine, a sanitizer build)
        // must not add lines to the stderr compared between runs.
        std::vector<std::string> args{"export", "-q", "-o", "out/" + name};
        args.insert(args.end(), more.begin(), more.end());
        return run(args);
    }
    auto files_in(const std::string& name) const -> outputs {
        outputs found;
        for (const auto& e : fs::recursive_directory_iterator(dir / "out" / name))
            if (e.is_regular_file()) found[e.path().lexically_relative(dir / "out" / name).string()] = folio::testing::read_file(e.path());
        return found;
    }
    folio::testing::scratch_directory scratch;
    const fs::path& dir = scratch.path();
};

TEST_F(batch_export, every_number_of_threads_gives_the_same_bytes_and_the_same_messages) {
    const auto serial = export_into("serial", {"--jobs", "1"});
    const auto parallel = export_into("parallel", {"--jobs", "3"});
    // A content error (broken) and an edition that cannot be written (the leaflet's brochure).
    EXPECT_EQ(serial.code, 3) << serial.err;
    EXPECT_EQ(parallel.code, serial.code);
    EXPECT_NE(serial.err.find("content/broken/en.xml:"), std::string::npos) << serial.err;
    EXPECT_NE(serial.err.find("the 'brochure' edition of 'content/leaflet/en.xml' is not written"), std::string::npos) << serial.err;
    const auto serial_files = files_in("serial");
    const auto parallel_files = files_in("parallel");
    EXPECT_EQ(serial_files.size(), 7U * 7U + 6U);  // 6 + 1 shipped files, and the leaflet without its brochure
    ASSERT_EQ(parallel_files.size(), serial_files.size());
    for (const auto& [path, bytes] : serial_files) {
        ASSERT_TRUE(parallel_files.contains(path)) << path;
        EXPECT_TRUE(parallel_files.at(path) == bytes) << path << " differs";
    }
    // The messages, and the list of files written, in the same order: each file's in file order.
    auto without_folder = [](std::string text, const std::string& name) {
        for (auto at = text.find("out/" + name); at != std::string::npos; at = text.find("out/" + name)) text.replace(at, name.size() + 4, "out/*");
        return text;
    };
    EXPECT_EQ(without_folder(parallel.out, "parallel"), without_folder(serial.out, "serial"));
    EXPECT_EQ(without_folder(parallel.err, "parallel"), without_folder(serial.err, "serial"));
    EXPECT_LT(serial.out.find("immunotherapy/ar/"), serial.out.find("immunotherapy/zh-Hans/"));
    EXPECT_LT(serial.out.find("immunotherapy/zh-Hans/"), serial.out.find("language-help/en/"));
}

TEST_F(batch_export, the_shards_of_a_job_array_together_write_exactly_the_whole_export) {
    const auto whole = export_into("whole", {"--edition", "screen-reader,ebook"});
    const auto whole_files = files_in("whole");
    outputs joined;
    std::size_t written_lines = 0;
    for (int k = 0; k < 3; ++k) {
        const auto shard = export_into("shard", {"--edition", "screen-reader,ebook", "--shard", std::to_string(k) + "/3"});
        EXPECT_TRUE(shard.code == 0 || shard.code == 3) << shard.err;
        written_lines += static_cast<std::size_t>(std::count(shard.out.begin(), shard.out.end(), '\n'));
        for (auto& [path, bytes] : files_in("shard")) {
            EXPECT_FALSE(joined.contains(path)) << path << " written by two shards";
            joined[path] = bytes;
        }
        fs::remove_all(dir / "out/shard");
    }
    EXPECT_EQ(written_lines, static_cast<std::size_t>(std::count(whole.out.begin(), whole.out.end(), '\n')));
    ASSERT_EQ(joined.size(), whole_files.size());
    for (const auto& [path, bytes] : whole_files) EXPECT_TRUE(joined.contains(path) && joined.at(path) == bytes) << path;
}

TEST_F(batch_export, a_shard_and_a_number_of_threads_that_make_no_sense_are_usage_errors) {
    for (const std::string wrong : {"3/3", "1/0", "x/2", "1", "-1/2", "1/2/3"}) {
        const auto result = run({"export", "--shard", wrong});
        EXPECT_EQ(result.code, 2) << wrong;
        EXPECT_NE(result.err.find("folio: error:"), std::string::npos) << result.err;
        EXPECT_NE(result.err.find(wrong), std::string::npos) << result.err;
        EXPECT_FALSE(fs::exists(dir / "out")) << wrong;
    }
    EXPECT_NE(run({"export", "--shard", "3/3"}).err.find("the last of 3 is 2/3"), std::string::npos);
    EXPECT_EQ(run({"export", "--jobs", "0"}).code, 2);
    EXPECT_EQ(run({"export", "--jobs", "many"}).code, 2);
}

TEST_F(batch_export, missing_message_catalogs_stop_the_batch_as_an_installation_error) {
    // Met inside a worker thread (the catalog is opened when a file is resolved), and still
    // reported as for one file: exit 6, the folder named, nothing written for the file.
    environment broken;
    broken.catalog_directory = dir / "no-catalogs";
    const auto result = run({"export", "content/immunotherapy", "-j", "2"}, broken);
    EXPECT_EQ(result.code, 6) << result.err;
    EXPECT_NE(result.err.find("no-catalogs"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(dir / "out/immunotherapy/ar/immunotherapy-screen-reader.txt"));
}

TEST_F(batch_export, a_short_run_says_nothing_of_its_progress) {
    const auto result = run({"export", "content/immunotherapy", "--edition", "screen-reader"});
    EXPECT_EQ(result.code, 0) << result.err;
    EXPECT_EQ(result.err, "");
}

TEST_F(batch_export, a_long_run_reports_progress_in_lines_or_a_live_bar_and_quiet_silences_it) {
    environment log;  // stderr to a file: plain lines
    log.progress = {std::chrono::milliseconds(0), std::chrono::milliseconds(0), std::chrono::milliseconds(0)};
    const auto lines = run({"export", "content/immunotherapy", "--edition", "screen-reader"}, log);
    EXPECT_EQ(lines.code, 0) << lines.err;
    EXPECT_NE(lines.err.find("folio: 0 of 6 files exported (0%)\n"), std::string::npos) << lines.err;
    EXPECT_NE(lines.err.find("folio: 6 of 6 files exported (100%)\n"), std::string::npos) << lines.err;
    EXPECT_EQ(lines.err.find('\r'), std::string::npos);

    environment terminal = log;
    terminal.err_is_terminal = true;
    const auto bar = run({"export", "content/immunotherapy", "--edition", "screen-reader"}, terminal);
    EXPECT_NE(bar.err.find("\r\033[Kfolio: [###############...............] 3/6 files"), std::string::npos) << bar.err;
    EXPECT_TRUE(bar.err.ends_with("\r\033[K")) << bar.err;  // the bar is gone at the end

    const auto quiet = run({"export", "content/immunotherapy", "--edition", "screen-reader", "--quiet"}, terminal);
    EXPECT_EQ(quiet.err, "");
}

}  // namespace
}  // namespace folio::cli
