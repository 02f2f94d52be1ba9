#include "api/atomic_file.hpp"

#include "support/run_process.hpp"
#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace folio::api {
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

TEST_F(atomic_file, a_killed_writers_temporaries_go_at_the_next_write_and_a_live_ones_stay) {
    // Names as Folio makes them: "." + name + ".folio-<pid>-XXXXXX". A process number above the
    // kernel's largest (4194304) belongs to no process.
    std::ofstream(dir / ".out.txt.folio-4194999-abcdef") << "left by a killed run";
    const std::string own = ".out.txt.folio-" + std::to_string(::getpid()) + "-ghijkl";
    std::ofstream(dir / own) << "being written by a live run";
    std::ofstream(dir / ".other.txt.folio-4194999-abcdef") << "another output's: not this write's business";
    write_file_atomically(dir / "out.txt", "new");
    EXPECT_EQ(entries(), (std::vector<std::string>{".other.txt.folio-4194999-abcdef", own, "out.txt"}));
}

TEST_F(atomic_file, a_writer_killed_at_any_moment_leaves_the_old_or_the_new_file_whole) {
    // A child writes 4 MB outputs, all 'A' then all 'B', without end; it is SIGKILLed at 30
    // random moments. Each time the output is absent (before the first rename) or one of the two
    // whole; at most one temporary is left, and the next write removes it.
    const std::string a(4 << 20, 'A'), b(4 << 20, 'B');
    unsigned seed = 12345;
    for (int round = 0; round < 30; ++round) {
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            for (int k = 0;; ++k) write_file_atomically(dir / "out.txt", k % 2 == 0 ? a : b);
        }
        seed = seed * 1103515245U + 12345U;
        ::usleep(1000 + (seed >> 8) % 40000);
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        if (fs::exists(dir / "out.txt")) {
            const auto bytes = read_file(dir / "out.txt");
            EXPECT_TRUE(bytes == a || bytes == b) << "round " << round << ": " << bytes.size() << " bytes";
        }
        std::size_t temporaries = 0;
        for (const auto& e : fs::directory_iterator(dir)) temporaries += e.path().filename().string().starts_with(".out.txt.folio-");
        EXPECT_LE(temporaries, 1U) << "round " << round;
    }
    write_file_atomically(dir / "out.txt", "done");
    EXPECT_EQ(entries(), (std::vector<std::string>{"out.txt"}));
}

}  // namespace
}  // namespace folio::api
