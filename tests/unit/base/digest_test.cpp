// Digests against the FIPS 180-4 example vectors, and the hex form ids are written in.

#include "base/digest.hpp"

#include <gtest/gtest.h>

#include <string>

namespace folio {
namespace {

const std::string two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

TEST(digest, sha1_matches_the_standard_vectors) {
    EXPECT_EQ(lower_hex(sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    EXPECT_EQ(lower_hex(sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
    EXPECT_EQ(lower_hex(sha1(two_blocks)), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    EXPECT_EQ(lower_hex(sha1(std::string(1000000, 'a'))), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST(digest, sha256_matches_the_standard_vectors) {
    EXPECT_EQ(lower_hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(lower_hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(lower_hex(sha256(two_blocks)), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    // Bytes, not C strings: an embedded NUL counts.
    EXPECT_NE(sha256(std::string("a\0b", 3)), sha256("a"));
}

TEST(digest, lower_hex_writes_two_digits_per_byte) {
    const std::uint8_t bytes[] = {0x00, 0x0f, 0xa0, 0xff};
    EXPECT_EQ(lower_hex(bytes), "000fa0ff");
    EXPECT_EQ(lower_hex({}), "");
}

}  // namespace
}  // namespace folio
