#include "base/code_point_ranges.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace folio {

namespace {
constexpr char32_t last_code_point = 0x10FFFF;

auto hex(std::uint32_t value) -> std::string {
    char buffer[16];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, 16).ptr;
    return {buffer, end};
}

/// Reads a hex number at the front of `text`, advancing past it.
auto read_hex(std::string_view& text) -> std::optional<std::uint32_t> {
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    if (ec != std::errc{} || end == text.data()) return std::nullopt;
    text.remove_prefix(static_cast<std::size_t>(end - text.data()));
    return value;
}
}  // namespace

auto code_point_ranges::from_code_points(std::vector<char32_t> code_points) -> code_point_ranges {
    std::sort(code_points.begin(), code_points.end());
    code_points.erase(std::unique(code_points.begin(), code_points.end()), code_points.end());
    code_point_ranges out;
    for (const char32_t c : code_points) {
        if (!out.ranges_.empty() && out.ranges_.back().second + 1 == c)
            out.ranges_.back().second = c;
        else
            out.ranges_.emplace_back(c, c);
    }
    return out;
}

auto code_point_ranges::contains(char32_t c) const -> bool {
    const auto after = std::upper_bound(ranges_.begin(), ranges_.end(), c,
                                        [](char32_t value, const auto& range) { return value < range.first; });
    return after != ranges_.begin() && c <= std::prev(after)->second;
}

auto code_point_ranges::size() const -> std::size_t {
    std::size_t n = 0;
    for (const auto& [first, last] : ranges_) n += last - first + 1;
    return n;
}

auto code_point_ranges::encode() const -> std::string {
    std::string out;
    std::int64_t previous_end = -1;
    for (const auto& [first, last] : ranges_) {
        if (!out.empty()) out += ' ';
        out += hex(static_cast<std::uint32_t>(static_cast<std::int64_t>(first) - previous_end - 1));
        if (last != first) out += '+' + hex(last - first);
        previous_end = last;
    }
    return out;
}

auto code_point_ranges::decode(std::string_view text) -> std::optional<code_point_ranges> {
    code_point_ranges out;
    std::int64_t previous_end = -1;
    while (!text.empty()) {
        const auto gap = read_hex(text);
        if (!gap) return std::nullopt;
        std::uint32_t extra = 0;
        if (!text.empty() && text.front() == '+') {
            text.remove_prefix(1);
            const auto length = read_hex(text);
            if (!length) return std::nullopt;
            extra = *length;
        }
        const std::int64_t first = previous_end + 1 + *gap;
        const std::int64_t last = first + extra;
        if (last > last_code_point) return std::nullopt;
        // A gap of 0 after a range would make two adjacent ranges: the encoder never writes it.
        if (!out.ranges_.empty() && *gap == 0) return std::nullopt;
        out.ranges_.emplace_back(static_cast<char32_t>(first), static_cast<char32_t>(last));
        previous_end = last;
        if (!text.empty()) {
            if (text.front() != ' ') return std::nullopt;
            text.remove_prefix(1);
            if (text.empty()) return std::nullopt;
        }
    }
    return out;
}

}  // namespace folio
