// The OCF container: mimetype first and stored, fixed order and dates, the same bytes every time.

#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "epub_test_support.hpp"

#include "base/c_handle.hpp"
#include "render/html/zip_container.hpp"
#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>

namespace folio::render::html {
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
    return write_epub(compose::resolve(doc, messages), options, sink);
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

TEST(zip_container, dates_outside_what_dos_can_hold_are_clamped) {
    // Before 1980: 1980-01-01 00:00:00.
    const auto early = epub_of(body, 0);
    EXPECT_EQ(le16(early, 10), 0U);
    EXPECT_EQ(le16(early, 12), (0U << 9U) | (1U << 5U) | 1U);
    // After 2107: 2107-12-31 23:59:58 (DOS time counts two-second steps).
    const auto late = epub_of(body, 100000000000);
    EXPECT_EQ(le16(late, 10), (23U << 11U) | (59U << 5U) | 29U);
    EXPECT_EQ(le16(late, 12), (127U << 9U) | (12U << 5U) | 31U);
}

/// A libzip source over a few bytes that fails at one step, counting how often it is opened and
/// closed.
struct scripted_source {
    std::string bytes = "0123456789";
    zip_uint64_t offset = 0;
    zip_source_cmd_t fail_at = ZIP_SOURCE_FREE;  // never asked for while reading
    int opened = 0;
    int closed = 0;
    zip_error_t error{};
};

auto scripted(void* user, void* data, zip_uint64_t length, zip_source_cmd_t command) -> zip_int64_t {
    auto& s = *static_cast<scripted_source*>(user);
    if (command == s.fail_at) {
        zip_error_set(&s.error, ZIP_ER_READ, 5);
        return -1;
    }
    switch (command) {
    case ZIP_SOURCE_OPEN:
        ++s.opened;
        s.offset = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const auto n = std::min<zip_uint64_t>(length, s.bytes.size() - s.offset);
        std::memcpy(data, s.bytes.data() + s.offset, n);
        s.offset += n;
        return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
        ++s.closed;
        return 0;
    case ZIP_SOURCE_STAT: {
        auto* stat = static_cast<zip_stat_t*>(data);
        zip_stat_init(stat);
        stat->size = s.bytes.size();
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&s.error, data, length);
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_SEEK: {
        const zip_int64_t to = zip_source_seek_compute_offset(s.offset, s.bytes.size(), data, length, &s.error);
        if (to < 0) return -1;
        s.offset = static_cast<zip_uint64_t>(to);
        return 0;
    }
    case ZIP_SOURCE_TELL:
        return static_cast<zip_int64_t>(s.offset);
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL,
                                              ZIP_SOURCE_SUPPORTS, -1);
    default:
        zip_error_set(&s.error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

/// read_all on a source failing at `step`: the error it throws ("" when it throws none, else the
/// message), and the source's own state afterwards.
auto read_back_failing_at(zip_source_cmd_t step, scripted_source& state) -> std::string {
    state.fail_at = step;
    zip_error_init(&state.error);
    const c_handle<zip_source_t, zip_source_free> source{zip_source_function_create(scripted, &state, nullptr)};
    EXPECT_NE(source, nullptr);
    std::string outcome;
    try {
        outcome = "read " + read_all(source.get());
    } catch (const std::runtime_error& e) {
        outcome = e.what();
    }
    zip_error_fini(&state.error);
    return outcome;
}

TEST(zip_container, reading_the_archive_back_reads_every_byte) {
    scripted_source state;
    EXPECT_EQ(read_back_failing_at(ZIP_SOURCE_FREE, state), "read 0123456789");
    EXPECT_EQ(state.opened, 1);
    EXPECT_EQ(state.closed, 1);
}

TEST(zip_container, every_step_of_reading_back_is_checked_and_the_source_closed_again) {
    for (const auto& [step, name] : {std::pair{ZIP_SOURCE_SEEK, "seek"}, std::pair{ZIP_SOURCE_TELL, "tell"},
                                     std::pair{ZIP_SOURCE_READ, "read"}}) {
        scripted_source state;
        const auto outcome = read_back_failing_at(step, state);
        EXPECT_TRUE(outcome.starts_with(std::string("failed to write the EPUB zip (read back, ") + name + ": Read error"))
            << outcome;
        EXPECT_EQ(state.opened, 1) << name;
        EXPECT_EQ(state.closed, 1) << name << ": an opened source is closed again on failure";
    }
    scripted_source state;
    const auto outcome = read_back_failing_at(ZIP_SOURCE_OPEN, state);
    EXPECT_TRUE(outcome.starts_with("failed to write the EPUB zip (read back, open: ")) << outcome;
    EXPECT_EQ(state.opened, 0);
    EXPECT_EQ(state.closed, 0);
}

TEST(zip_container, a_failing_entry_names_its_path_and_leaks_nothing) {
    // libzip refuses a second entry of the same name: the entry's source and the whole archive
    // are freed on the way out (AddressSanitizer builds check that).
    const std::vector<entry> entries = {{"mimetype", "application/epub+zip", false}, {"a.txt", "one", true},
                                        {"a.txt", "two", true}};
    try {
        static_cast<void>(zip_container(entries, 1795651200));
        ADD_FAILURE() << "a duplicate entry must fail";
    } catch (const std::runtime_error& e) {
        EXPECT_TRUE(std::string_view(e.what()).starts_with("failed to write the EPUB zip (a.txt: ")) << e.what();
    }
}

}  // namespace
}  // namespace folio::render::html
