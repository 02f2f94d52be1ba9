#pragma once

#include <filesystem>

namespace folio::testing {

/// An empty folder of its own for the running test (named after the test and the process),
/// removed with everything in it when the object goes away.
class scratch_directory {
public:
    scratch_directory();
    ~scratch_directory();
    scratch_directory(const scratch_directory&) = delete;
    auto operator=(const scratch_directory&) -> scratch_directory& = delete;

    [[nodiscard]] auto path() const -> const std::filesystem::path& { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace folio::testing
