// Golden files: the screen-reader edition of every shipped document, verbatim. The golden files
// under tests/golden/ are reviewed text; FOLIO_ACCEPT=1 rewrites them from the actual output, and
// the diff must be read before it is committed.

#include "support/run_process.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

TEST(golden, screen_reader_edition_of_the_immunotherapy_handout) {
    const fs::path source = FOLIO_SOURCE_DIR;
    const fs::path out = fs::temp_directory_path() / ("folio-golden-" + std::to_string(::getpid()));
    const auto result = folio::testing::run_process(
        FOLIO_EXECUTABLE, {"export", "content/immunotherapy", "-o", out.string(), "--edition", "screen-reader"}, source);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const auto& entry : fs::directory_iterator(out / "immunotherapy")) {
        const auto lang = entry.path().filename().string();
        const auto actual = folio::testing::read_file(entry.path() / ("immunotherapy-screen-reader.txt"));
        const auto golden_path = source / "tests/golden" / ("immunotherapy-" + lang + "-screen-reader.txt");
        if (std::getenv("FOLIO_ACCEPT") != nullptr) std::ofstream(golden_path, std::ios::binary) << actual;
        EXPECT_EQ(actual, folio::testing::read_file(golden_path)) << "differs from " << golden_path;
    }
    fs::remove_all(out);
}

}  // namespace
