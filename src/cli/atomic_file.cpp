#include "cli/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <string>
#include <unistd.h>

namespace folio::cli {

namespace {
auto describe_errno() -> std::string { return std::strerror(errno); }

/// Removes the temporary file unless the write completed.
struct temporary_file {
    std::filesystem::path path;
    int fd = -1;
    bool keep = false;
    ~temporary_file() {
        if (fd >= 0) ::close(fd);
        if (!keep && !path.empty()) ::unlink(path.c_str());
    }
};
}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
    std::error_code ec;
    const auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    std::filesystem::create_directories(folder, ec);
    if (ec) throw write_error("failed to create folder '" + folder.string() + "' (" + ec.message() + ")");

    // A hidden name in the same folder, so the rename stays on one file system and is atomic.
    std::string pattern = (folder / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    temporary_file tmp;
    tmp.fd = ::mkstemp(pattern.data());
    if (tmp.fd < 0) throw write_error("failed to write '" + path.string() + "' (" + describe_errno() + ")");
    tmp.path = pattern;

    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(tmp.fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw write_error("failed to write '" + path.string() + "' (" + describe_errno() + ")");
        written += static_cast<std::size_t>(n);
    }
    // mkstemp makes the file 0600; outputs are ordinary files, readable as umask allows.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(tmp.fd, 0666 & ~mask) != 0 || ::fsync(tmp.fd) != 0)
        throw write_error("failed to write '" + path.string() + "' (" + describe_errno() + ")");
    if (::close(tmp.fd) != 0) {
        tmp.fd = -1;
        throw write_error("failed to write '" + path.string() + "' (" + describe_errno() + ")");
    }
    tmp.fd = -1;
    if (::rename(tmp.path.c_str(), path.c_str()) != 0)
        throw write_error("failed to replace '" + path.string() + "' (" + describe_errno() + ")");
    tmp.keep = true;
}

}  // namespace folio::cli
