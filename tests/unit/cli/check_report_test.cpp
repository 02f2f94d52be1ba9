// `folio check --report` on the command line: limits from options and from folio-check.conf,
// exit status by severity, colours only on a terminal, the machine formats on stdout.
#include "cli/run_folio.hpp"

#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace folio::cli {
namespace {

namespace fs = std::filesystem;

/// Two sections: one at about grade 3, one of long words at a far higher grade (each over the 100
/// words a part needs to be scored), a warning callout for action content, and one 27-word sentence.
auto document() -> std::string {
    std::string easy;
    for (int i = 0; i < 30; ++i) easy += "We can help you. ";
    std::string hard;
    for (int i = 0; i < 25; ++i) hard += "Treatment decisions involve considerable individual consideration. ";
    std::string long_sentence = "This";
    for (int i = 1; i < 27; ++i) long_sentence += " word";
    return "<document version=\"1\"><meta><title>Leaflet</title><language>en</language><identifier>urn:x</identifier>"
           "<published>2026-11-26</published><translation status=\"original\"/></meta><body>"
           "<callout kind=\"warning\"><p>Call us if you feel unwell.</p></callout>"
           "<section id=\"easy\"><title>Easy</title><p>" + easy + long_sentence + ".</p></section>"
           "<section id=\"hard\"><title>Hard</title><p>" + hard + "</p></section></body></document>\n";
}

class check_report_command : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(dir / "content/leaflet");
        std::ofstream(dir / "content/leaflet/en.xml") << document();
        fs::create_directory_symlink(fs::path(FOLIO_SOURCE_DIR) / "styles", dir / "styles");
        fs::create_directory_symlink(fs::path(FOLIO_SOURCE_DIR) / "fonts", dir / "fonts");
    }
    auto run(std::vector<std::string> args, bool terminal = false) -> int {
        out.str("");
        err.str("");
        const auto previous = fs::current_path();
        fs::current_path(dir);
        environment env{FOLIO_MESSAGES_DIR, &out, &err};
        env.out_is_terminal = terminal;
        const int code = run_folio(args, env);
        fs::current_path(previous);
        return code;
    }
    void write_limits(const std::string& text) const { std::ofstream(dir / "content/leaflet/folio-check.conf") << text; }
    folio::testing::scratch_directory scratch;
    const fs::path& dir = scratch.path();
    std::ostringstream out, err;
};

TEST_F(check_report_command, warns_at_the_hard_section_and_exits_by_severity) {
    EXPECT_EQ(run({"check", "--report", "content"}), 0) << err.str();
    EXPECT_NE(err.str().find("section 'Hard' reads at US grade"), std::string::npos) << err.str();
    EXPECT_EQ(err.str().find("section 'Easy' reads"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("this sentence has 27 words, more than 25 [long-sentence]"), std::string::npos);
    EXPECT_NE(out.str().find("Hard: grade"), std::string::npos) << out.str();
    // Warnings fail the run only when asked to.
    EXPECT_EQ(run({"check", "--report", "--fail-on", "warning", "content"}), 3);
    // Without --report, the same file is clean.
    EXPECT_EQ(run({"check", "content"}), 0);
    EXPECT_EQ(err.str().find("[long-sentence]"), std::string::npos);
    EXPECT_EQ(out.str(), "");
}

TEST_F(check_report_command, limits_come_from_options_then_the_folders_file) {
    write_limits("# this clinic's bar\nmax-grade = 40   # the hard section passes\nmax-sentence-words = 30\n");
    EXPECT_EQ(run({"check", "--report", "--fail-on", "warning", "content"}), 0) << err.str();
    // An option wins over the file.
    EXPECT_EQ(run({"check", "--report", "--fail-on", "warning", "--max-sentence-words", "20", "content"}), 3);
    EXPECT_NE(err.str().find("more than 20 [long-sentence]"), std::string::npos) << err.str();
    EXPECT_EQ(err.str().find("[reading-grade]"), std::string::npos) << err.str();
    // The limits used are in the JSON report.
    EXPECT_EQ(run({"check", "--report", "--format", "json", "content"}), 0);
    EXPECT_NE(out.str().find("\"max_grade\": 40.0"), std::string::npos) << out.str();
}

TEST_F(check_report_command, a_bad_limits_file_is_an_error_at_its_line_and_column) {
    write_limits("max-grade = eight\nmax-words = 3\nmin-inflesz\n");
    EXPECT_EQ(run({"check", "--report", "content"}), 3);
    const auto text = err.str();
    EXPECT_NE(text.find("content/leaflet/folio-check.conf:1:13: error: 'eight' is not a valid value for 'max-grade'"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("content/leaflet/folio-check.conf:2:1: error: unknown limit 'max-words'"), std::string::npos) << text;
    EXPECT_NE(text.find("content/leaflet/folio-check.conf:3:1: error: 'min-inflesz' has no value"), std::string::npos) << text;
}

TEST_F(check_report_command, colours_only_on_a_terminal_and_machine_formats_on_stdout_only) {
    EXPECT_EQ(run({"check", "--report", "content"}, false), 0);
    EXPECT_EQ(out.str().find('\033'), std::string::npos);
    EXPECT_EQ(run({"check", "--report", "content"}, true), 0);
    EXPECT_NE(out.str().find("\033[31m"), std::string::npos) << out.str();  // the hard section in red
    EXPECT_EQ(run({"check", "--report", "--format", "sarif", "content"}, true), 0);
    EXPECT_EQ(out.str().find('\033'), std::string::npos);
    EXPECT_EQ(out.str().rfind("{\n  \"$schema\"", 0), 0U) << out.str();
    // The diagnostics are in the SARIF; stderr keeps only the summary line.
    EXPECT_EQ(err.str().find("[long-sentence]"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("folio: checked 1 file"), std::string::npos);
}

}  // namespace
}  // namespace folio::cli
