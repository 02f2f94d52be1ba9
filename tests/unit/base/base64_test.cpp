#include "base/base64.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(base64, rfc_4648_test_vectors) {
    // RFC 4648 §10, with padding, on one line.
    EXPECT_EQ(base64(""), "");
    EXPECT_EQ(base64("f"), "Zg==");
    EXPECT_EQ(base64("fo"), "Zm8=");
    EXPECT_EQ(base64("foo"), "Zm9v");
    EXPECT_EQ(base64("foob"), "Zm9vYg==");
    EXPECT_EQ(base64("fooba"), "Zm9vYmE=");
    EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
    EXPECT_EQ(base64(std::string("\0\xff\xfe", 3)), "AP/+");
    EXPECT_EQ(base64(std::string(300, 'a')).find('\n'), std::string::npos);
}

}  // namespace
}  // namespace folio
