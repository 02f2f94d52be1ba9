// Golden files: the screen-reader edition of every shipped document, verbatim. The golden files
// under tests/golden/ are reviewed text; FOLIO_ACCEPT=1 rewrites them from the actual output, and
// the diff must be read before it is committed.
//
// The expected outputs come from the explicit list in tests/shipped-documents.txt, never from
// what the export happens to write: a listed document × language that is not written, a golden
// file that no listed output matches, and an output that has no golden file each fail.

#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"
#include "support/shipped_documents.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>

namespace {

namespace fs = std::filesystem;

const fs::path source = FOLIO_SOURCE_DIR;
const fs::path golden_dir = source / "tests/golden";
constexpr std::string_view golden_suffix = "-screen-reader.txt";

auto golden_name(const folio::testing::shipped_file& f) -> std::string {
    return f.document + "-" + f.language + std::string(golden_suffix);
}

auto shipped() -> std::vector<folio::testing::shipped_file> {
    return folio::testing::read_shipped_documents(source / "tests/shipped-documents.txt");
}

TEST(golden, screen_reader_edition_of_every_shipped_document_and_language) {
    const auto expected = shipped();
    const folio::testing::scratch_directory scratch;
    const fs::path out = scratch.path() / "out";
    // The whole content folder, so that a document or language added there is exported too and
    // is noticed below if the list does not name it.
    const auto result = folio::testing::run_process(
        FOLIO_EXECUTABLE, {"export", "content", "-o", out.string(), "--edition", "screen-reader"}, source);
    ASSERT_EQ(result.exit_code, 0) << result.err;

    const bool accept = std::getenv("FOLIO_ACCEPT") != nullptr;
    for (const auto& f : expected) {
        const auto actual_path = out / f.document / f.language / (f.document + "-screen-reader.txt");
        const auto golden_path = golden_dir / golden_name(f);
        if (!fs::is_regular_file(actual_path)) {
            ADD_FAILURE() << "no screen-reader edition was written for " << f.document << "/" << f.language
                          << " (expected " << actual_path << ")";
            continue;
        }
        const auto actual = folio::testing::read_file(actual_path);
        if (accept) std::ofstream(golden_path, std::ios::binary) << actual;
        if (!fs::is_regular_file(golden_path)) {
            ADD_FAILURE() << "no golden file " << golden_path << " for " << f.document << "/" << f.language
                          << " (FOLIO_ACCEPT=1 writes it; review it before committing)";
            continue;
        }
        EXPECT_EQ(actual, folio::testing::read_file(golden_path)) << "differs from " << golden_path;
    }

    // A shipped language without a golden file: an output the list does not name.
    for (const auto& document : fs::directory_iterator(out))
        for (const auto& language : fs::directory_iterator(document.path())) {
            const folio::testing::shipped_file f{document.path().filename().string(),
                                                 language.path().filename().string()};
            EXPECT_NE(std::find(expected.begin(), expected.end(), f), expected.end())
                << f.document << "/" << f.language
                << " is exported but not listed in tests/shipped-documents.txt, so it has no golden file";
        }

    // A golden file without an output: one the list does not name.
    std::set<std::string> names;
    for (const auto& f : expected) names.insert(golden_name(f));
    std::size_t goldens = 0;
    for (const auto& entry : fs::directory_iterator(golden_dir)) {
        const auto name = entry.path().filename().string();
        if (!name.ends_with(golden_suffix)) continue;
        ++goldens;
        EXPECT_TRUE(names.contains(name)) << "golden file " << entry.path()
                                          << " belongs to no document and language in tests/shipped-documents.txt";
    }
    EXPECT_EQ(goldens, expected.size()) << "one golden screen-reader file per shipped document and language";
}

// The author report of the sample handout (every language) as JSON: its figures (readability by
// section) and findings are reviewed like the editions; a change of wording or of the counting
// rules shows up here as a diff to read.
TEST(golden, author_report_of_the_sample_handout_as_json) {
    const auto result = folio::testing::run_process(FOLIO_EXECUTABLE,
                                                    {"check", "--report", "--format", "json", "content/immunotherapy"}, source);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // Whether the optional CJK fonts were fetched (`make fonts`) is the machine's, not the
    // content's: that warning is left out of the comparison.
    auto report = nlohmann::ordered_json::parse(result.out);
    auto& diagnostics = report["diagnostics"];
    const auto before = diagnostics.size();
    diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(),
                                     [](const auto& d) { return d["code"] == "font-not-fetched"; }),
                      diagnostics.end());
    report["summary"]["warnings"] = report["summary"]["warnings"].get<int>() - static_cast<int>(before - diagnostics.size());
    const auto actual = report.dump(2) + "\n";
    const auto golden_path = golden_dir / "immunotherapy-check-report.json";
    if (std::getenv("FOLIO_ACCEPT") != nullptr) std::ofstream(golden_path, std::ios::binary) << actual;
    ASSERT_TRUE(fs::is_regular_file(golden_path)) << "FOLIO_ACCEPT=1 writes " << golden_path << "; review it before committing";
    EXPECT_EQ(actual, folio::testing::read_file(golden_path)) << "differs from " << golden_path;
}

// The first pages of the English handout in braille (issue 17), as an embosser gets them: the
// title page, the contents, and the first body pages with a print page indicator. A change of
// liblouis's tables or of a formats rule shows up here as a diff to read (tests/golden/README.md
// says how to read BRF).
TEST(golden, first_braille_pages_of_the_english_handout) {
    const folio::testing::scratch_directory scratch;
    const fs::path out = scratch.path() / "out";
    const auto result = folio::testing::run_process(
        FOLIO_EXECUTABLE, {"export", "content/immunotherapy", "-o", out.string(), "--lang", "en", "--edition", "braille"}, source);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto brf = folio::testing::read_file(out / "immunotherapy/en/immunotherapy-braille.brf");
    // Five pages: p1, p2, then braille pages 1 to 3.
    std::size_t end = 0;
    for (int page = 0; page < 5 && end != std::string::npos; ++page) end = brf.find('\f', end == 0 ? 0 : end + 1);
    ASSERT_NE(end, std::string::npos) << "fewer than five pages";
    const auto actual = brf.substr(0, end + 1);
    const auto golden_path = golden_dir / "immunotherapy-en-braille-first-pages.brf";
    if (std::getenv("FOLIO_ACCEPT") != nullptr) std::ofstream(golden_path, std::ios::binary) << actual;
    ASSERT_TRUE(fs::is_regular_file(golden_path)) << "FOLIO_ACCEPT=1 writes " << golden_path << "; review it before committing";
    EXPECT_EQ(actual, folio::testing::read_file(golden_path)) << "differs from " << golden_path;
}

}  // namespace
