#include "load/content_discovery.hpp"
#include "load/xml_input.hpp"

#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include <sys/stat.h>

namespace folio::load {
namespace {

namespace fs = std::filesystem;

class content_discovery : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(root / "content/leaflet");
        fs::create_directories(root / "content/schema");
        fs::create_directories(root / "content/book");
        for (const auto* f : {"content/leaflet/en.xml", "content/leaflet/es.xml", "content/book/en.xml",
                              "content/schema/not-a-document.xml"})
            std::ofstream(root / f) << "<document/>";
    }
    folio::testing::scratch_directory scratch;
    const fs::path& root = scratch.path();
};

TEST_F(content_discovery, finds_every_document_of_a_content_folder_but_the_schema) {
    model::diagnostics sink;
    const auto docs = discover_documents({root / "content"}, sink);
    EXPECT_FALSE(sink.has_errors());
    ASSERT_EQ(docs.size(), 2U);
    EXPECT_EQ(docs[0].name, "book");
    EXPECT_EQ(docs[1].name, "leaflet");
    ASSERT_EQ(docs[1].files.size(), 2U);
    EXPECT_EQ(docs[1].files[0].filename(), "en.xml");
    EXPECT_EQ(docs[1].files[1].filename(), "es.xml");
}

TEST_F(content_discovery, takes_a_document_folder_or_a_single_file) {
    model::diagnostics sink;
    const auto folder = discover_documents({root / "content/leaflet/"}, sink);
    ASSERT_EQ(folder.size(), 1U);
    EXPECT_EQ(folder[0].name, "leaflet");
    const auto file = discover_documents({root / "content/book/en.xml"}, sink);
    ASSERT_EQ(file.size(), 1U);
    EXPECT_EQ(file[0].name, "book");
    EXPECT_FALSE(sink.has_errors());
}

TEST_F(content_discovery, reports_paths_that_hold_no_content) {
    model::diagnostics sink;
    (void)discover_documents({root / "nope", root / "content/schema/../../content/leaflet/en.txt"}, sink);
    ASSERT_EQ(sink.all().size(), 2U);
    EXPECT_EQ(sink.all()[0].code, "no-content");
}

}  // namespace
}  // namespace folio::load

namespace folio::load {
namespace {

TEST(content_discovery_hostile, a_named_pipe_is_refused_by_name_and_never_opened) {
    // Opening a FIFO for reading blocks until a writer comes: discovery and the file reader
    // both refuse it (this test would hang otherwise).
    const folio::testing::scratch_directory scratch;
    const auto pipe = scratch.path() / "en.xml";
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
    model::diagnostics sink;
    EXPECT_TRUE(discover_documents({pipe}, sink).empty());
    ASSERT_EQ(sink.all().size(), 1U);
    EXPECT_NE(sink.all().front().message.find("is not a regular file or folder (a named pipe)"), std::string::npos)
        << sink.all().front().message;
    model::diagnostics read_sink;
    EXPECT_FALSE(read_file_bytes(pipe, read_sink));
    ASSERT_EQ(read_sink.all().size(), 1U);
    EXPECT_EQ(read_sink.all().front().code, "unreadable-file");
}

TEST(content_discovery_hostile, a_file_over_the_size_limit_is_refused_before_it_is_read) {
    const folio::testing::scratch_directory scratch;
    const auto big = scratch.path() / "en.xml";
    std::ofstream(big) << "<";
    std::filesystem::resize_file(big, max_xml_file_bytes + 1);  // sparse: no 16 MiB written
    model::diagnostics sink;
    EXPECT_FALSE(read_file_bytes(big, sink));
    ASSERT_EQ(sink.all().size(), 1U);
    EXPECT_EQ(sink.all().front().code, "file-too-large");
    EXPECT_NE(sink.all().front().message.find("up to 16 MiB"), std::string::npos) << sink.all().front().message;
}

}  // namespace
}  // namespace folio::load
