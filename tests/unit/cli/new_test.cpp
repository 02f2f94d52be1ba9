// `folio new`: a starting document in each language Folio has one for, which check passes with
// no warning, which shows every element of the format, and which is never written over a file.
#include "cli/run_folio.hpp"

#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace folio::cli {
namespace {

namespace fs = std::filesystem;
const fs::path source = FOLIO_SOURCE_DIR;

auto read(const fs::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class new_command : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directory_symlink(source / "styles", dir / "styles");
        fs::create_directory_symlink(source / "fonts", dir / "fonts");
        fs::create_directory_symlink(source / "templates", dir / "templates");
    }
    auto run(std::vector<std::string> args) -> int {
        out.str("");
        err.str("");
        const auto previous = fs::current_path();
        fs::current_path(dir);
        environment env{FOLIO_MESSAGES_DIR, &out, &err};
        env.source_date_epoch = 1798761600;  // 2027-01-01
        const int code = run_folio(args, env);
        fs::current_path(previous);
        return code;
    }
    folio::testing::scratch_directory scratch;
    const fs::path& dir = scratch.path();
    std::ostringstream out, err;
};

auto template_languages() -> std::vector<std::string> {
    std::vector<std::string> languages;
    for (const auto& entry : fs::directory_iterator(source / "templates/new"))
        if (entry.path().extension() == ".xml") languages.push_back(entry.path().stem().string());
    return languages;
}

TEST_F(new_command, every_starting_document_passes_check_and_its_report_without_a_warning) {
    const auto languages = template_languages();
    ASSERT_FALSE(languages.empty());
    for (const auto& language : languages) {
        const auto folder = "content/start-" + language;
        ASSERT_EQ(run({"new", folder, "--lang", language}), 0) << language << ": " << err.str();
        EXPECT_NE(out.str().find("wrote " + folder + "/" + language + ".xml"), std::string::npos) << out.str();
        const auto xml = read(dir / folder / (language + ".xml"));
        EXPECT_NE(xml.find("<language>" + language + "</language>"), std::string::npos) << language;
        std::string lower = language;
        for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        EXPECT_NE(xml.find("<identifier>urn:folio:start-" + lower + "</identifier>"), std::string::npos) << language;
        EXPECT_NE(xml.find("<last-reviewed>2027-01-01</last-reviewed>"), std::string::npos) << language;
        EXPECT_EQ(xml.find("{{"), std::string::npos) << language << ": a placeholder was left";
        EXPECT_EQ(run({"check", "--report", folder}), 0) << language << ": " << err.str();
        std::istringstream lines(err.str());
        for (std::string line; std::getline(lines, line);) {
            if (line.find("[font-not-fetched]") != std::string::npos) continue;  // the machine's, not the document's
            EXPECT_EQ(line.find(": error:"), std::string::npos) << language << ": " << line;
            EXPECT_EQ(line.find(": warning:"), std::string::npos) << language << ": " << line;
        }
    }
}

TEST_F(new_command, the_english_starting_document_shows_every_element_of_the_format) {
    ASSERT_EQ(run({"new", "content/start"}), 0) << err.str();
    const auto xml = read(dir / "content/start/en.xml");
    const auto schema = read(source / "content/schema/folio.rng");
    const std::regex element(R"(<element name="([a-z-]+)\")");
    std::set<std::string> names;
    for (auto it = std::sregex_iterator(schema.begin(), schema.end(), element); it != std::sregex_iterator(); ++it)
        names.insert((*it)[1].str());
    ASSERT_GT(names.size(), 40U);
    for (const auto& name : names) EXPECT_NE(xml.find("<" + name), std::string::npos) << "no <" << name << "> in the starting document";
    // Every numbering style is named in a comment, and every callout kind is used.
    for (const auto* kind : {"warning", "ask-your-care-team", "tip"})
        EXPECT_NE(xml.find(std::string("kind=\"") + kind + "\""), std::string::npos) << kind;
}

TEST_F(new_command, never_writes_over_a_file_and_names_the_languages_it_has) {
    fs::create_directories(dir / "content/mine");
    std::ofstream(dir / "content/mine/en.xml") << "my own work";
    EXPECT_EQ(run({"new", "content/mine"}), 2);
    EXPECT_NE(err.str().find("already exists: folio new never overwrites a content file [file-exists]"), std::string::npos) << err.str();
    EXPECT_EQ(read(dir / "content/mine/en.xml"), "my own work");
    EXPECT_FALSE(fs::exists(dir / "content/mine/images"));
    EXPECT_EQ(run({"new", "content/other", "--lang", "tlh"}), 2);
    EXPECT_NE(err.str().find("there is no starting document in 'tlh' yet"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("choose one of: "), std::string::npos);
    EXPECT_FALSE(fs::exists(dir / "content/other"));
    // Tags are compared ignoring case, and the file takes the tag's usual form.
    if (fs::exists(source / "templates/new/zh-Hans.xml")) {
        EXPECT_EQ(run({"new", "content/zh", "--lang", "zh-hans"}), 0) << err.str();
        EXPECT_TRUE(fs::exists(dir / "content/zh/zh-Hans.xml"));
    }
}

}  // namespace
}  // namespace folio::cli
