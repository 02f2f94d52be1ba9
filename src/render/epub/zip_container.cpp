#include "render/epub/zip_container.hpp"

#include "render/epub/identifier.hpp"

#include <zip.h>

#include <algorithm>
#include <stdexcept>

namespace folio::render::epub {

namespace {
[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    const std::string message = "failed to write the EPUB zip (" + what + ": " + zip_error_strerror(error) + ")";
    zip_error_fini(error);
    throw std::runtime_error(message);
}

/// MS-DOS date and time (local time by definition; here UTC, so no machine's time zone counts).
auto dos_date_time(std::int64_t epoch) -> std::pair<zip_uint16_t, zip_uint16_t> {
    auto t = to_civil(std::max<std::int64_t>(epoch, 315532800));  // DOS dates start in 1980
    if (t.year > 2107) t = {2107, 12, 31, 23, 59, 58};
    const auto date = static_cast<zip_uint16_t>(((t.year - 1980) << 9) | (t.month << 5) | t.day);
    const auto time = static_cast<zip_uint16_t>((t.hour << 11) | (t.minute << 5) | (t.second / 2));
    return {time, date};
}
}  // namespace

auto zip_container(const std::vector<entry>& entries, std::int64_t epoch) -> std::string {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (buffer == nullptr) fail("buffer", &error);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        zip_source_free(buffer);
        fail("open", &error);
    }
    zip_source_keep(buffer);  // read back after zip_close
    const auto [time, date] = dos_date_time(epoch);
    auto archive_error = [&](const std::string& what) {
        const std::string message = "failed to write the EPUB zip (" + what + ": " + zip_strerror(archive) + ")";
        zip_discard(archive);
        zip_source_free(buffer);
        throw std::runtime_error(message);
    };
    for (const auto& e : entries) {
        zip_source_t* source = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
        if (source == nullptr) archive_error(e.path);
        const zip_int64_t index = zip_file_add(archive, e.path.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            archive_error(e.path);
        }
        const auto i = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive, i, e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, e.compress ? 9 : 0) < 0 ||
            zip_file_set_dostime(archive, i, time, date, 0) < 0)
            archive_error(e.path);
    }
    if (zip_close(archive) < 0) archive_error("close");

    std::string bytes;
    if (zip_source_open(buffer) < 0) fail("read back", &error);
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    bytes.resize(static_cast<std::size_t>(std::max<zip_int64_t>(size, 0)));
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), bytes.size());
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    if (read != size) throw std::runtime_error("failed to write the EPUB zip (short read back)");
    return bytes;
}

}  // namespace folio::render::epub
