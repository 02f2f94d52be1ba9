#include "api/atomic_file.hpp"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <string>
#include <unistd.h>

namespace folio::api {

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
/// The temporary files of `path` ("." + name + ".folio-<pid>-XXXXXX") that a run killed before
/// it could rename or remove them left behind: their process is gone. A live process's are its
/// own business (a concurrent run writing the same output).
void remove_stale_temporaries(const std::filesystem::path& folder, const std::filesystem::path& path) {
    const std::string prefix = "." + path.filename().string() + ".folio-";
    std::error_code ec;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) continue;
        const std::string_view rest = std::string_view(name).substr(prefix.size());
        pid_t pid = 0;
        const auto [stop, error] = std::from_chars(rest.data(), rest.data() + rest.size(), pid);
        if (error != std::errc{} || stop == rest.data() + rest.size() || *stop != '-' || pid <= 0) continue;
        if (::kill(pid, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to judge
        std::filesystem::remove(it->path(), ec);
        ec.clear();
    }
}
}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
    std::error_code ec;
    const auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    std::filesystem::create_directories(folder, ec);
    if (ec) throw write_error("failed to create folder '" + folder.string() + "' (" + ec.message() + ")");

    remove_stale_temporaries(folder, path);
    // A hidden name in the same folder, so the rename stays on one file system and is atomic; it
    // names this process, so that a later run can tell a killed run's leftovers from a live one's.
    std::string pattern =
        (folder / ("." + path.filename().string() + ".folio-" + std::to_string(::getpid()) + "-XXXXXX")).string();
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

}  // namespace folio::api
