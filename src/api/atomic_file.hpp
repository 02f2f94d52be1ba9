#pragma once

#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace folio::api {

/// An output file could not be written; the previous file, if any, is untouched.
class write_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Writes `bytes` to `path` so that readers see either the old file or the whole new one, never a
/// part: the bytes go to a temporary file in the same folder, are flushed to disk, and the
/// temporary file is renamed over `path`. Creates missing parent folders. Throws write_error.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace folio::api
