#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace folio::testing {

struct process_result {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Runs `program args...` in `working_dir` (no shell) and captures its output and exit code.
auto run_process(const std::filesystem::path& program, const std::vector<std::string>& args,
                 const std::filesystem::path& working_dir) -> process_result;

/// The whole content of a file ("" if it cannot be read).
auto read_file(const std::filesystem::path& path) -> std::string;

}  // namespace folio::testing
