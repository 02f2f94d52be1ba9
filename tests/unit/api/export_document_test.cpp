#include "api/export_document.hpp"

#include "i18n/message_catalog.hpp"
#include "load/load_document.hpp"
#include "model/edition_failure.hpp"
#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace folio::api {
namespace {

namespace fs = std::filesystem;

auto leaflet(const std::string& name) -> model::document {
    const std::string xml =
        "<document version=\"1\"><meta><title>" + name + "</title><language>en</language><identifier>urn:" + name +
        "</identifier><published>2026-11-26</published><translation status=\"original\"/></meta>"
        "<body><section id=\"a\"><title>About</title><p>Hello.</p></section></body></document>\n";
    model::diagnostics sink;
    auto doc = load::load_document_from_bytes(xml, fs::path("content") / name / "en.xml", sink);
    EXPECT_TRUE(doc && !sink.has_errors());
    return *doc;
}

/// A writer that fails for one document, for a reason outside the content (as libharu or libzip
/// failing would), and works for every other.
auto failing_for(std::string name) -> edition {
    return {"flaky", "flaky.txt", false,
            [name](const compose::resolved_document& resolved, const edition_inputs&) -> std::optional<std::string> {
                if (resolved.doc().name == name) throw model::edition_failure("failed to write flaky (disk on fire)");
                return "made for " + resolved.doc().name;
            }};
}

TEST(export_document, a_writer_failure_fails_that_edition_alone_and_other_documents_are_written) {
    folio::testing::scratch_directory scratch;
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, "en");
    const edition flaky = failing_for("first");
    const edition* text = nullptr;
    for (const auto& e : all_editions())
        if (e.name == "screen-reader") text = &e;
    ASSERT_NE(text, nullptr);
    const std::vector<const edition*> chosen{&flaky, text};
    const auto first = export_document(leaflet("first"), messages, chosen, {}, scratch.path(), std::nullopt);
    const auto second = export_document(leaflet("second"), messages, chosen, {}, scratch.path(), std::nullopt);
    EXPECT_EQ(first.result, status::output_error);
    EXPECT_EQ(second.result, status::success);
    EXPECT_EQ(second.diagnostics.size(), 0U);

    ASSERT_EQ(first.diagnostics.size(), 1U);
    EXPECT_EQ(format(first.diagnostics[0]), "folio: error: the 'flaky' edition of 'content/first/en.xml' is not written to '" +
                                                (scratch.path() / "first/en/first-flaky.txt").string() +
                                                "' (failed to write flaky (disk on fire)) [edition-failed]");
    EXPECT_EQ(first.written, std::vector<fs::path>{scratch.path() / "first/en/first-screen-reader.txt"});
    EXPECT_FALSE(fs::exists(scratch.path() / "first/en/first-flaky.txt"));
    // The failing document's other edition, and every edition of the next document, are written.
    EXPECT_TRUE(fs::exists(scratch.path() / "first/en/first-screen-reader.txt"));
    EXPECT_EQ(folio::testing::read_file(scratch.path() / "second/en/second-flaky.txt"), "made for second");
    EXPECT_TRUE(fs::exists(scratch.path() / "second/en/second-screen-reader.txt"));
}

TEST(export_document, a_bug_in_a_writer_is_not_taken_for_an_edition_failure) {
    folio::testing::scratch_directory scratch;
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, "en");
    const edition buggy{"buggy", "buggy.txt", false,
                        [](const compose::resolved_document&, const edition_inputs&) -> std::optional<std::string> {
                            throw std::logic_error("an invariant broke");
                        }};
    // Any other exception than model::edition_failure is a bug too (exit 1), even a runtime_error.
    const edition overflowing{"overflowing", "overflowing.txt", false,
                              [](const compose::resolved_document&, const edition_inputs&) -> std::optional<std::string> {
                                  throw std::overflow_error("a count went past its type");
                              }};
    EXPECT_THROW(export_document(leaflet("first"), messages, {&buggy}, {}, scratch.path(), std::nullopt), std::logic_error);
    EXPECT_THROW(export_document(leaflet("first"), messages, {&overflowing}, {}, scratch.path(), std::nullopt),
                 std::overflow_error);
}

}  // namespace
}  // namespace folio::api
