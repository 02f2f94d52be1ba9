// Folio finds its own styles and fonts from where libfolio is, so it runs from any working folder.

#include "api/data_folders.hpp"

#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace folio::api {
namespace {

namespace fs = std::filesystem;
const fs::path source_dir = FOLIO_SOURCE_DIR;
const fs::path folio = FOLIO_EXECUTABLE;

const std::string leaflet =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<document version=\"1\"><meta><title>Leaflet</title><language>en</language><identifier>urn:x</identifier>"
    "<published>2026-11-26</published><translation status=\"original\"/></meta>"
    "<body><section id=\"a\"><title>About</title><p>Hello.</p></section></body></document>\n";

TEST(data_folders, installed_data_then_the_source_tree_then_the_working_folder_or_the_explicit_one_alone) {
    const folio::testing::scratch_directory dir;
    const auto build = dir.path() / "build";
    fs::create_directories(build);
    // Installed: <prefix>/share/folio for <prefix>/<libdir>/libfolio.so.0, and never the checkout.
    const auto installed = fs::path("/opt/folio") / FOLIO_INSTALL_LIBDIR / "libfolio.so.0";
    EXPECT_EQ(installed_data_folder(installed), "/opt/folio/share/folio");
    EXPECT_EQ(data_folder_candidates(installed, std::nullopt, "/src/folio", build), (std::vector<fs::path>{"/opt/folio/share/folio", "."}));
    EXPECT_EQ(data_folder_candidates(installed, std::string("/data"), "/src/folio", build), (std::vector<fs::path>{"/data"}));
    // From its build tree: the checkout it was built from, before the working folder.
    EXPECT_EQ(data_folder_candidates(build / "libfolio.so.0", std::nullopt, "/src/folio", build),
              (std::vector<fs::path>{installed_data_folder(build / "libfolio.so.0"), "/src/folio", "."}));
    fs::create_directories(dir.path() / "a/styles");  // no fonts/: not a data folder
    fs::create_directories(dir.path() / "b/styles");
    fs::create_directories(dir.path() / "b/fonts");
    EXPECT_EQ(find_data_folder({dir.path() / "a", dir.path() / "b"}), dir.path() / "b");
    EXPECT_EQ(find_data_folder({dir.path() / "a"}), std::nullopt);
}

TEST(data_folders, folio_exports_every_edition_from_any_working_folder) {
    const folio::testing::scratch_directory dir;
    fs::create_directories(dir.path() / "leaflet");
    std::ofstream(dir.path() / "leaflet/en.xml") << leaflet;
    const auto run = folio::testing::run_process(folio, {"export", "leaflet", "-o", "out"}, dir.path());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    for (const auto* edition : {"brochure.pdf", "large-print.pdf", "ebook.epub", "screen-reader.txt"})
        EXPECT_TRUE(fs::exists(dir.path() / "out/leaflet/en" / (std::string("leaflet-") + edition))) << edition;
}

TEST(data_folders, an_explicit_data_folder_without_the_data_is_an_installation_error_naming_it) {
    const folio::testing::scratch_directory dir;
    std::ofstream(dir.path() / "en.xml") << leaflet;
    const auto run = folio::testing::run_process("/usr/bin/env", {"FOLIO_DATA_DIR=/nowhere", folio.string(), "check", "en.xml"}, dir.path());
    EXPECT_EQ(run.exit_code, 6) << run.err;
    EXPECT_NE(run.err.find("Folio's data (styles/ and fonts/) is in none of: '/nowhere'"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("no 'brochure.xml' in '/nowhere/styles' [missing-data]"), std::string::npos) << run.err;
}

TEST(data_folders, an_installed_layout_is_preferred_to_the_source_tree) {
    // <prefix>/bin/folio and <prefix>/<libdir>/libfolio.so.0 with <prefix>/share/folio: the
    // installed style is the one read (here a brochure style that is broken on purpose, so that
    // the error names where it was found).
    const folio::testing::scratch_directory prefix;
    fs::create_directories(prefix.path() / "bin");
    fs::copy_file(folio, prefix.path() / "bin/folio");
    const auto libdir = prefix.path() / FOLIO_INSTALL_LIBDIR;
    fs::create_directories(libdir);
    fs::copy_file(fs::canonical(folio.parent_path() / "libfolio.so.0"), libdir / "libfolio.so.0");
    const auto data = prefix.path() / "share/folio";
    fs::create_directories(data / "styles");
    fs::copy(folio.parent_path() / "messages", data / "messages", fs::copy_options::recursive);
    fs::create_directory_symlink(source_dir / "fonts", data / "fonts");
    fs::copy_file(source_dir / "styles/large-print.xml", data / "styles/large-print.xml");
    fs::copy_file(source_dir / "styles/braille.xml", data / "styles/braille.xml");
    std::ofstream(data / "styles/brochure.xml") << "<style version=\"1\" edition=\"large-print\"><fonts/></style>\n";
    std::ofstream(prefix.path() / "en.xml") << leaflet;
    // The copy's run path still names the build tree: LD_LIBRARY_PATH comes first.
    const auto run = folio::testing::run_process(
        "/usr/bin/env", {"LD_LIBRARY_PATH=" + libdir.string(), (prefix.path() / "bin/folio").string(), "check", "en.xml"}, prefix.path());
    EXPECT_EQ(run.exit_code, 3) << run.err;
    EXPECT_NE(run.err.find((data / "styles/brochure.xml").string()), std::string::npos) << run.err;
}

}  // namespace
}  // namespace folio::api
