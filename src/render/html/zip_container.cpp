#include "render/html/zip_container.hpp"

#include "base/utc_time.hpp"
#include "base/c_handle.hpp"
#include "model/edition_failure.hpp"

#include "render/html/epub_writer.hpp"

#include <zip.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>

namespace folio::render::html {

namespace {
using source_handle = c_handle<zip_source_t, zip_source_free>;
using archive_handle = c_handle<zip_t, zip_discard>;
/// Finalizes a zip_error_t (which owns the text zip_error_strerror makes) on every path.
using error_handle = c_handle<zip_error_t, zip_error_fini>;
/// Closes a source opened with zip_source_open, on every path (the source itself stays owned
/// elsewhere).
using opened_source = c_handle<zip_source_t, zip_source_close>;

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    throw model::edition_failure("failed to write the EPUB zip (" + what + ": " + zip_error_strerror(error) + ")");
}

[[noreturn]] void fail(const std::string& what, zip_t* archive) {
    throw model::edition_failure("failed to write the EPUB zip (" + what + ": " + zip_strerror(archive) + ")");
}

/// MS-DOS date and time (local time by definition; here UTC, so no machine's time zone counts),
/// from 1980-01-01 00:00:00 to 2107-12-31 23:59:58, the range the format holds.
auto dos_date_time(std::int64_t epoch) -> std::pair<zip_uint16_t, zip_uint16_t> {
    using namespace std::chrono;
    constexpr std::int64_t first = sys_seconds{sys_days{1980y / January / 1}}.time_since_epoch().count();
    constexpr std::int64_t last = sys_seconds{sys_days{2107y / December / 31} + 23h + 59min + 58s}.time_since_epoch().count();
    const auto t = utc_fields(std::clamp(epoch, first, last));
    const auto date = static_cast<zip_uint16_t>(((t.year - 1980) << 9) | (t.month << 5) | t.day);
    const auto time = static_cast<zip_uint16_t>((t.hour << 11) | (t.minute << 5) | (t.second / 2));
    return {time, date};
}
}  // namespace

auto read_all(zip_source* source) -> std::string {
    const auto step_failed = [source](const std::string& step) {
        // The text is made in a copy of the source's error: libzip 1.7 never frees the text that
        // zip_error_strerror leaves in a source's own error (LeakSanitizer found it).
        zip_error_t copy;
        zip_error_init(&copy);
        const error_handle finalized{&copy};
        const zip_error_t* own = zip_source_error(source);
        zip_error_set(&copy, zip_error_code_zip(own), zip_error_code_system(own));
        return model::edition_failure("failed to write the EPUB zip (read back, " + step + ": " + zip_error_strerror(&copy) + ")");
    };
    if (zip_source_open(source) < 0) throw step_failed("open");
    const opened_source opened{source};
    if (zip_source_seek(source, 0, SEEK_END) < 0) throw step_failed("seek");
    const zip_int64_t size = zip_source_tell(source);
    if (size < 0) throw step_failed("tell");
    if (zip_source_seek(source, 0, SEEK_SET) < 0) throw step_failed("seek");
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const zip_int64_t n = zip_source_read(source, bytes.data() + done, bytes.size() - done);
        if (n < 0) throw step_failed("read");
        if (n == 0) throw model::edition_failure("failed to write the EPUB zip (read back: short read)");
        done += static_cast<std::size_t>(n);
    }
    return bytes;
}

auto zip_container(const std::vector<entry>& entries, std::int64_t epoch) -> std::string {
    zip_error_t error_storage;
    zip_error_init(&error_storage);
    const error_handle error{&error_storage};
    const source_handle buffer{zip_source_buffer_create(nullptr, 0, 0, error.get())};
    if (!buffer) fail("buffer", error.get());
    // On success the archive takes over this reference to the buffer (and frees it on
    // close); on failure it stays ours.
    archive_handle archive{zip_open_from_source(buffer.get(), ZIP_TRUNCATE, error.get())};
    if (!archive) fail("open", error.get());
    zip_source_keep(buffer.get());  // a second reference, `buffer`'s own: read back after zip_close
    const auto [time, date] = dos_date_time(epoch);
    for (const auto& e : entries) {
        source_handle source{zip_source_buffer(archive.get(), e.bytes.data(), e.bytes.size(), 0)};
        if (!source) fail(e.path, archive.get());
        const zip_int64_t index = zip_file_add(archive.get(), e.path.c_str(), source.get(), ZIP_FL_ENC_UTF_8);
        if (index < 0) fail(e.path, archive.get());
        static_cast<void>(source.release());  // the archive owns it now
        const auto i = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive.get(), i, e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, e.compress ? 9 : 0) < 0 ||
            zip_file_set_dostime(archive.get(), i, time, date, 0) < 0)
            fail(e.path, archive.get());
    }
    // zip_close frees the archive when it succeeds; when it fails the archive is still ours.
    if (zip_close(archive.get()) < 0) fail("close", archive.get());
    static_cast<void>(archive.release());
    return read_all(buffer.get());
}

// Declared in epub_writer.hpp, the stage's public header; defined here, where libzip is.
auto libzip_version() -> std::string { return zip_libzip_version(); }

}  // namespace folio::render::html
