#include "cli/atomic_file.hpp"

#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace folio::cli {
namespace {

namespace fs = std::filesystem;

using folio::testing::read_file;

class atomic_file : public ::testing::Test {
protected:
    auto entries() const -> std::vector<std::string> {
        std::vector<std::string> names;
        for (const auto& e : fs::recursive_directory_iterator(dir)) names.push_back(e.path().lexically_relative(dir).string());
        std::sort(names.begin(), names.end());
        return names;
    }
    folio::testing::scratch_directory scratch;
    const fs::path& dir = scratch.path();
};

TEST_F(atomic_file, writes_new_files_and_their_folders) {
    write_file_atomically(dir / "a/b/out.txt", "hello");
    EXPECT_EQ(read_file(dir / "a/b/out.txt"), "hello");
    EXPECT_EQ(entries(), (std::vector<std::string>{"a", "a/b", "a/b/out.txt"}));  // no temporary left
}

TEST_F(atomic_file, replaces_an_existing_file_whole) {
    write_file_atomically(dir / "out.txt", std::string(100000, 'x'));
    write_file_atomically(dir / "out.txt", "short");
    EXPECT_EQ(read_file(dir / "out.txt"), "short");
}

TEST_F(atomic_file, gives_outputs_ordinary_permissions) {
    const mode_t old = ::umask(022);
    write_file_atomically(dir / "out.txt", "x");
    ::umask(old);
    struct stat st {};
    ASSERT_EQ(::stat((dir / "out.txt").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0644U);
}

TEST_F(atomic_file, a_failed_write_keeps_the_previous_file_and_leaves_no_temporary) {
    write_file_atomically(dir / "out.txt", "good");
    // A file-size limit makes write() fail half-way (EFBIG), as a full disk would, even as root.
    struct rlimit old {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previous_handler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 1000;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    EXPECT_THROW(write_file_atomically(dir / "out.txt", std::string(100000, 'x')), write_error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous_handler);
    EXPECT_EQ(read_file(dir / "out.txt"), "good");
    EXPECT_EQ(entries(), (std::vector<std::string>{"out.txt"}));
}

TEST_F(atomic_file, a_target_that_cannot_be_replaced_keeps_it_and_leaves_no_temporary) {
    // A folder in the way: the rename fails after the bytes were written to the temporary file.
    fs::create_directories(dir / "out.txt/inside");
    EXPECT_THROW(write_file_atomically(dir / "out.txt", "new"), write_error);
    EXPECT_TRUE(fs::is_directory(dir / "out.txt/inside"));
    EXPECT_EQ(entries(), (std::vector<std::string>{"out.txt", "out.txt/inside"}));
}

TEST_F(atomic_file, reports_a_folder_that_cannot_be_made) {
    std::ofstream(dir / "file") << "x";
    try {
        write_file_atomically(dir / "file/sub/out.txt", "x");
        FAIL() << "expected write_error";
    } catch (const write_error& e) {
        EXPECT_NE(std::string(e.what()).find("failed to create folder"), std::string::npos);
    }
}

}  // namespace
}  // namespace folio::cli
