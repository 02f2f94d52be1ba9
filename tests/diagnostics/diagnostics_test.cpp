// The diagnostics suite: every case (a folder under tests/bad-input/, listed in case_names
// below) holds a bad input and, in expected.txt, the exact stderr of `folio check` on it (message,
// line, column, code, hint) after a header giving the exit code ("# exit: 3") and optionally the
// arguments ("# args: check x.xml"; default "check en.xml"). The command runs inside the case's
// folder. FOLIO_ACCEPT=1 rewrites expected.txt from the actual output: review the diff before
// committing.

#include "support/run_process.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path cases_dir = fs::path(FOLIO_SOURCE_DIR) / "tests/bad-input";

// Every case, listed rather than found in the folder: a case whose folder is deleted fails (no
// expected.txt) instead of silently not running, and a folder nobody listed fails
// every_case_folder_is_listed.
const std::vector<std::string> case_names = {
    "alt-and-decorative", "bad-callout-kind", "book-metadata", "bad-href", "bare-ampersand", "doctype-forbidden",
    "duplicate-id", "empty-alt", "empty-title", "entity-declaration", "file-ends-early", "heading-skip",
    "image-absolute-path", "image-corrupt", "image-extension-mismatch", "image-parent-dir", "image-symlink-out",
    "image-too-large", "image-truncated", "invalid-date", "invalid-date-wrapped",
    "invalid-id", "invalid-language", "invalid-reference", "invalid-span-lang", "invalid-utf8",
    "invalid-utf8-column", "language-mismatch", "language-underscore", "li-text-then-block",
    "malformed-attribute", "malformed-xml", "malformed-xml-closed-child", "many-problems",
    "misplaced-element", "misplaced-text", "misplaced-text-crlf", "missing-alt", "missing-file",
    "missing-image", "missing-language", "missing-meta", "markdown-in-text", "missing-identifier", "missing-dates", "non-canonical-language",
    "title-after-content", "missing-title", "nested-link", "ragged-table", "reserved-id", "section-too-deep",
    "source-href-not-http", "source-lang-underscore", "table-without-caption", "text-after-nested-list",
    "text-after-root", "text-in-page-break", "th-without-scope", "translation-parity",
    "translation-parity-one-file", "list-start-too-large", "list-numbering", "abbr-spelled-out-value", "missing-parts", "uncovered-character-in-title", "image-zero-size", "image-jpeg-junk", "image-jpeg-zero-frame", "image-png-huge-claim", "nul-byte", "image-address", "translation-parity-unnamed", "translation-without-source-lang", "unknown-attribute", "unknown-element",
    "unknown-entity", "unknown-link-anchor", "unknown-reference", "unsupported-image", "utf16-file",
    "utf16-no-bom", "wrong-root", "wrong-version", "nesting-too-deep", "control-character", "uncovered-character", "text-too-long",
    // Not well-formed XML that pugixml would take (xmllint refuses each).
    "xml-declaration-not-first", "duplicate-attribute", "two-byte-order-marks", "xml-version-2",
    "double-hyphen-in-comment", "cdata-end-in-text", "xml-declaration-mid-file", "utf32-file",
    // Folio's styles given with --styles: the braille style, with one mistake of each kind.
    "braille-style-errors",
};

/// The fixtures of the schema's invalid-document tests, as tests/CMakeLists.txt lists them.
auto schema_invalid_fixtures() -> std::vector<std::string> {
    std::vector<std::string> names;
    std::istringstream list(FOLIO_SCHEMA_INVALID_FIXTURES);
    for (std::string name; std::getline(list, name, ',');) names.push_back(name);
    return names;
}

struct expectation {
    int exit_code = -1;
    std::vector<std::string> args = {"check", "en.xml"};
    std::string header;
    std::string err;
};

auto parse_expected(const std::string& text) -> expectation {
    expectation e;
    std::istringstream in(text);
    std::string line;
    std::ostringstream body;
    while (std::getline(in, line)) {
        if (line.starts_with("# exit: ")) {
            e.exit_code = std::stoi(line.substr(8));
            e.header += line + '\n';
        } else if (line.starts_with("# args: ")) {
            e.args.clear();
            std::istringstream words(line.substr(8));
            for (std::string w; words >> w;) e.args.push_back(w);
            e.header += line + '\n';
        } else {
            body << line << '\n';
        }
    }
    e.err = body.str();
    return e;
}

/// `check` and `export` lay out the print editions (a character no font has is found there): the
/// cases run in their own folders, with the repository's styles and fonts.
auto with_repository_styles(std::vector<std::string> args) -> std::vector<std::string> {
    if (args.empty() || (args[0] != "check" && args[0] != "export")) return args;
    if (std::find(args.begin(), args.end(), "--styles") != args.end()) return args;
    const fs::path source = FOLIO_SOURCE_DIR;
    args.insert(args.begin() + 1, {"--styles", (source / "styles").string(), "--fonts", (source / "fonts").string()});
    return args;
}

class diagnostics_case : public ::testing::TestWithParam<std::string> {};

TEST_P(diagnostics_case, prints_the_expected_diagnostics_and_exit_code) {
    const fs::path dir = cases_dir / GetParam();
    const auto expected_path = dir / "expected.txt";
    ASSERT_TRUE(fs::exists(expected_path)) << "missing " << expected_path;
    const auto expected = parse_expected(folio::testing::read_file(expected_path));
    ASSERT_GE(expected.exit_code, 0) << expected_path << " has no '# exit: N' line";

    const auto result = folio::testing::run_process(FOLIO_EXECUTABLE, with_repository_styles(expected.args), dir);
    if (std::getenv("FOLIO_ACCEPT") != nullptr) {
        std::ofstream(expected_path) << "# exit: " << result.exit_code << '\n'
                                     << (expected.header.find("# args:") != std::string::npos
                                             ? expected.header.substr(expected.header.find("# args:"))
                                             : std::string{})
                                     << result.err;
        GTEST_SKIP() << "accepted new output for " << GetParam();
    }
    EXPECT_EQ(result.err, expected.err);
    EXPECT_EQ(result.exit_code, expected.exit_code);
    EXPECT_EQ(result.out, "") << "check writes nothing to stdout";
}

INSTANTIATE_TEST_SUITE_P(cases, diagnostics_case, ::testing::ValuesIn(case_names),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(diagnostics_cases, every_case_folder_is_listed) {
    for (const auto& entry : fs::directory_iterator(cases_dir))
        EXPECT_NE(std::find(case_names.begin(), case_names.end(), entry.path().filename().string()), case_names.end())
            << entry.path() << " is not in case_names, so it never runs";
}

// The bad inputs must stay bad for the schema too where the schema can tell: every case the
// schema's own invalid fixtures cover is also refused by the loader.
TEST(schema_fixtures, every_invalid_schema_fixture_is_refused_by_the_loader) {
    const fs::path dir = fs::path(FOLIO_SOURCE_DIR) / "tests/schema/invalid";
    const auto fixtures = schema_invalid_fixtures();
    ASSERT_FALSE(fixtures.empty()) << "tests/CMakeLists.txt passed no fixture";
    for (const auto& name : fixtures) {
        const auto file = dir / (name + ".xml");
        ASSERT_TRUE(fs::is_regular_file(file)) << file << " is missing";
        const auto result = folio::testing::run_process(FOLIO_EXECUTABLE, with_repository_styles({"check", file.string()}), dir);
        EXPECT_EQ(result.exit_code, 3) << file.filename() << "\n" << result.err;
    }
}

}  // namespace
