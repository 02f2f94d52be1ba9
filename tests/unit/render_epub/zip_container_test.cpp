// The OCF container: mimetype first and stored, fixed order and dates, the same bytes every time.

#include "compose/resolved_document.hpp"
#include "epub_test_support.hpp"

#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <cstdlib>
#include <ctime>
#include <fstream>

namespace folio::render::epub {
namespace {

using namespace testing;

auto le16(const std::string& bytes, std::size_t at) -> unsigned {
    return static_cast<unsigned char>(bytes.at(at)) | (static_cast<unsigned char>(bytes.at(at + 1)) << 8U);
}

auto epub_of(const std::string& body, std::int64_t epoch) -> std::string {
    const auto doc = load(document_xml("en", body));
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, "en");
    epub_options options;
    options.source_date_epoch = epoch;
    model::diagnostics sink;
    return write_epub(compose::resolve(doc, messages), messages, options, sink);
}

const std::string body = "<section id=\"s\"><title>S</title><p>Text.</p><figure id=\"f\"><image src=\"pixel.png\" alt=\"A dot.\"/></figure></section>";

TEST(zip_container, mimetype_comes_first_stored_without_extra_field) {
    const auto epub = epub_of(body, 1795651200);
    ASSERT_GT(epub.size(), 100U);
    EXPECT_EQ(epub.substr(0, 4), std::string("PK\x03\x04", 4));
    EXPECT_EQ(le16(epub, 8), 0U) << "mimetype must be stored, not deflated";
    EXPECT_EQ(le16(epub, 26), 8U);
    EXPECT_EQ(le16(epub, 28), 0U) << "no extra field before the mimetype's bytes";
    EXPECT_EQ(epub.substr(30, 8), "mimetype");
    EXPECT_EQ(epub.substr(38, 20), "application/epub+zip");
    // DOS date and time: 2026-11-26 00:00:00, in UTC whatever the machine's zone.
    EXPECT_EQ(le16(epub, 10), 0U);
    EXPECT_EQ(le16(epub, 12), ((2026U - 1980U) << 9U) | (11U << 5U) | 26U);
}

TEST(zip_container, entries_are_in_a_fixed_order_and_readable_by_unzip) {
    const auto epub = epub_of(body, 1795651200);
    const folio::testing::scratch_directory scratch;
    const auto file = scratch.path() / "book.epub";
    std::ofstream(file, std::ios::binary) << epub;
    const auto test = folio::testing::run_process("/usr/bin/unzip", {"-t", file.string()}, scratch.path());
    EXPECT_EQ(test.exit_code, 0) << test.out << test.err;
    const auto list = folio::testing::run_process("/usr/bin/unzip", {"-Z1", file.string()}, scratch.path());
    EXPECT_EQ(list.out, "mimetype\nMETA-INF/container.xml\nEPUB/package.opf\nEPUB/nav.xhtml\nEPUB/style.css\n"
                        "EPUB/text/00-title.xhtml\nEPUB/text/01-s.xhtml\nEPUB/media/image-1.png\n");
}

TEST(zip_container, the_same_input_gives_the_same_bytes_in_any_time_zone) {
    const auto first = epub_of(body, 1795651200);
    const char* saved = std::getenv("TZ");
    const std::string previous = saved != nullptr ? saved : "";
    ::setenv("TZ", "Pacific/Kiritimati", 1);
    ::tzset();
    const auto second = epub_of(body, 1795651200);
    if (saved != nullptr) ::setenv("TZ", previous.c_str(), 1);
    else ::unsetenv("TZ");
    ::tzset();
    EXPECT_TRUE(first == second);
    // Another SOURCE_DATE_EPOCH is another modification date.
    EXPECT_FALSE(first == epub_of(body, 1795651200 + 86400));
}

}  // namespace
}  // namespace folio::render::epub
