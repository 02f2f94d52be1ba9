#include "support/scratch_directory.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

namespace folio::testing {

scratch_directory::scratch_directory() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("folio-" + std::to_string(::getpid()) + "-" + (test != nullptr ? test->name() : "scratch"));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

scratch_directory::~scratch_directory() {
    std::error_code ec;
    // A test may have taken write permission away to provoke a failure.
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path_, ec);
}

}  // namespace folio::testing
