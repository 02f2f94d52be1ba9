#pragma once

// The one hashing library (OpenSSL's EVP, included in digest.cpp only): SHA-1 where a standard
// demands it (name-based UUIDs), SHA-256 for everything else. Neither is used for security here:
// they make stable, platform-independent ids from bytes.

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace folio {

/// A SHA-1 digest (20 bytes).
using sha1_digest = std::array<std::uint8_t, 20>;
/// A SHA-256 digest (32 bytes).
using sha256_digest = std::array<std::uint8_t, 32>;

/// SHA-1 (FIPS 180-4) of `bytes`. Only for what a standard defines on SHA-1, such as UUID
/// version 5 (RFC 4122 §4.3); use sha256 for anything else.
auto sha1(std::string_view bytes) -> sha1_digest;

/// SHA-256 (FIPS 180-4) of `bytes`: the digest for content ids (the PDF's /ID, font subset tags);
/// take its first bytes where a shorter id is needed.
auto sha256(std::string_view bytes) -> sha256_digest;

/// Lower-case hexadecimal digits of `bytes`, two per byte ("00ff").
auto lower_hex(std::span<const std::uint8_t> bytes) -> std::string;

}  // namespace folio
