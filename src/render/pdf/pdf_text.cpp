#include "render/pdf/pdf_text.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <vector>

namespace folio::render::pdf {

auto format_number(double value, int decimals) -> std::string {
    static constexpr double scales[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    const double scale = decimals >= 0 && decimals <= 6 ? scales[decimals] : std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0 || !std::isfinite(rounded)) rounded = 0;  // no "-0"; nothing non-finite in a PDF
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded, std::chars_format::fixed,
                                      decimals);
    std::string text(buffer.data(), result.ptr);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text;
}

auto utf16be(std::string_view utf8) -> std::string {
    std::string out;
    out.reserve(utf8.size() * 2);
    const auto unit = [&out](std::uint32_t u) {
        out.push_back(static_cast<char>((u >> 8) & 0xFFu));
        out.push_back(static_cast<char>(u & 0xFFu));
    };
    for_each_code_point(utf8, [&](char32_t cp) {
        if (cp >= 0x10000) {
            const std::uint32_t v = static_cast<std::uint32_t>(cp) - 0x10000u;
            unit(0xD800u + (v >> 10));
            unit(0xDC00u + (v & 0x3FFu));
        } else {
            unit(static_cast<std::uint32_t>(cp));
        }
    });
    return out;
}

auto hex(std::string_view bytes) -> std::string {
    static constexpr std::string_view digits = "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0Fu]);
    }
    return out;
}

auto text_string_bytes(std::string_view utf8) -> std::string { return std::string("\xFE\xFF", 2) + utf16be(utf8); }

void append_utf8(std::string& out, char32_t cp) {
    const auto put = [&out](std::uint32_t b) { out.push_back(static_cast<char>(b)); };
    const auto v = static_cast<std::uint32_t>(cp);
    if (v < 0x80) {
        put(v);
    } else if (v < 0x800) {
        put(0xC0u | (v >> 6)), put(0x80u | (v & 0x3Fu));
    } else if (v < 0x10000) {
        put(0xE0u | (v >> 12)), put(0x80u | ((v >> 6) & 0x3Fu)), put(0x80u | (v & 0x3Fu));
    } else {
        put(0xF0u | (v >> 18)), put(0x80u | ((v >> 12) & 0x3Fu)), put(0x80u | ((v >> 6) & 0x3Fu)), put(0x80u | (v & 0x3Fu));
    }
}

auto reversed_code_points(std::string_view utf8) -> std::string {
    std::vector<char32_t> code_points;
    for_each_code_point(utf8, [&](char32_t cp) { code_points.push_back(cp); });
    std::string out;
    for (auto it = code_points.rbegin(); it != code_points.rend(); ++it) append_utf8(out, *it);
    return out;
}

auto extraction_text(std::string_view utf8, bool right_to_left) -> std::string {
    return right_to_left ? reversed_code_points(utf8) : std::string(utf8);
}

}  // namespace folio::render::pdf
