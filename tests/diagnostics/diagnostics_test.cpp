// The diagnostics suite: every folder under tests/diagnostics/cases/ holds a bad input and, in
// expected.txt, the exact stderr of `folio check` on it (message, line, column, code, hint) after
// a header giving the exit code ("# exit: 3") and optionally the arguments ("# args: check x.xml";
// default "check en.xml"). The command runs inside the case's folder.
// FOLIO_ACCEPT=1 rewrites expected.txt from the actual output: review the diff before committing.

#include "support/run_process.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

const fs::path cases_dir = fs::path(FOLIO_SOURCE_DIR) / "tests/diagnostics/cases";

auto case_names() -> std::vector<std::string> {
    std::vector<std::string> names;
    if (!fs::is_directory(cases_dir)) return names;
    for (const auto& entry : fs::directory_iterator(cases_dir))
        if (entry.is_directory()) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
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

class diagnostics_case : public ::testing::TestWithParam<std::string> {};

TEST_P(diagnostics_case, prints_the_expected_diagnostics_and_exit_code) {
    const fs::path dir = cases_dir / GetParam();
    const auto expected_path = dir / "expected.txt";
    ASSERT_TRUE(fs::exists(expected_path)) << "missing " << expected_path;
    const auto expected = parse_expected(folio::testing::read_file(expected_path));
    ASSERT_GE(expected.exit_code, 0) << expected_path << " has no '# exit: N' line";

    const auto result = folio::testing::run_process(FOLIO_EXECUTABLE, expected.args, dir);
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

INSTANTIATE_TEST_SUITE_P(cases, diagnostics_case, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// The bad inputs must stay bad for the schema too where the schema can tell: every case the
// schema's own invalid fixtures cover is also refused by the loader.
TEST(schema_fixtures, every_invalid_schema_fixture_is_refused_by_the_loader) {
    const fs::path dir = fs::path(FOLIO_SOURCE_DIR) / "tests/schema/invalid";
    for (const auto& entry : fs::directory_iterator(dir)) {
        const auto result = folio::testing::run_process(FOLIO_EXECUTABLE, {"check", entry.path().string()}, dir);
        EXPECT_EQ(result.exit_code, 3) << entry.path().filename() << "\n" << result.err;
    }
}

}  // namespace
