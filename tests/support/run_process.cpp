#include "support/run_process.hpp"

#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace folio::testing {

namespace {
auto temp_file(const char* tag) -> std::filesystem::path {
    return std::filesystem::temp_directory_path() /
           ("folio-test-" + std::to_string(::getpid()) + "-" + tag);
}
}  // namespace

auto read_file(const std::filesystem::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

auto run_process(const std::filesystem::path& program, const std::vector<std::string>& args,
                 const std::filesystem::path& working_dir) -> process_result {
    const auto out_path = temp_file("out");
    const auto err_path = temp_file("err");
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::chdir(working_dir.c_str()) != 0) _exit(127);
        if (!std::freopen(out_path.c_str(), "w", stdout) || !std::freopen(err_path.c_str(), "w", stderr)) _exit(127);
        std::vector<char*> argv;
        std::string program_string = program.string();
        argv.push_back(program_string.data());
        std::vector<std::string> copies = args;
        for (auto& a : copies) argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(program_string.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    process_result result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    std::filesystem::remove(out_path);
    std::filesystem::remove(err_path);
    return result;
}

}  // namespace folio::testing
