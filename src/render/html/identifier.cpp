#include "render/html/identifier.hpp"

#include "base/utc_time.hpp"
#include "base/digest.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <span>

namespace folio::render::html {

auto uuid_v5(std::string_view name) -> std::string {
    // The URL namespace of RFC 4122 appendix C: 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    static constexpr std::uint8_t url_namespace[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                                       0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    std::string input(reinterpret_cast<const char*>(url_namespace), sizeof url_namespace);
    input += name;
    auto hash = sha1(input);  // version 5 is defined on SHA-1
    hash[6] = static_cast<std::uint8_t>((hash[6] & 0x0F) | 0x50);  // version 5
    hash[8] = static_cast<std::uint8_t>((hash[8] & 0x3F) | 0x80);  // RFC 4122 variant
    const std::span<const std::uint8_t> bytes(hash.data(), 16);
    return lower_hex(bytes.subspan(0, 4)) + '-' + lower_hex(bytes.subspan(4, 2)) + '-' + lower_hex(bytes.subspan(6, 2)) +
           '-' + lower_hex(bytes.subspan(8, 2)) + '-' + lower_hex(bytes.subspan(10, 6));
}

auto iso_timestamp(std::int64_t epoch) -> std::string { return iso8601_utc(epoch); }

}  // namespace folio::render::html
