#include "render/epub/identifier.hpp"

#include "base/digest.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <span>

namespace folio::render::epub {

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

auto iso_timestamp(std::int64_t epoch) -> std::string {
    using namespace std::chrono;
    // 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    const sys_seconds at{seconds{std::clamp<std::int64_t>(epoch, -62135596800, 253402300799)}};
    const auto day = floor<days>(at);
    const year_month_day date{day};
    const hh_mm_ss time{at - day};
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return text;
}

}  // namespace folio::render::epub
