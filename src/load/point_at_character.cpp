#include "load/point_at_character.hpp"

#include "load/source_map.hpp"

#include "base/utf8.hpp"

#include <charconv>
#include <optional>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <string>

namespace folio::load {

namespace {
/// The code point a character reference at `at` ("&#1513;" or "&#x5E9;") stands for, if it is one.
auto character_reference(std::string_view text, std::size_t at) -> std::optional<char32_t> {
    if (text.compare(at, 2, "&#") != 0) return std::nullopt;
    std::size_t digits = at + 2;
    int base = 10;
    if (digits < text.size() && (text[digits] == 'x' || text[digits] == 'X')) {
        base = 16;
        ++digits;
    }
    const auto end = text.find(';', digits);
    if (end == std::string_view::npos || end == digits || end - digits > 8) return std::nullopt;
    std::uint32_t value = 0;
    const auto [stop, error] = std::from_chars(text.data() + digits, text.data() + end, value, base);
    if (error != std::errc{} || stop != text.data() + end) return std::nullopt;
    return static_cast<char32_t>(value);
}
}  // namespace

void point_at_characters(std::vector<model::diagnostic>& diagnostics) {
    struct opened {
        std::string bytes;
        std::unique_ptr<source_map> map;  ///< null when the file could not be read
    };
    std::map<std::string, opened> files;
    for (auto& d : diagnostics) {
        if ((d.character == 0 && d.words.empty()) || d.position.line == 0 || d.file.empty()) continue;
        auto [it, fresh] = files.try_emplace(d.file);
        auto& file = it->second;
        if (fresh) {
            std::ifstream in(d.file, std::ios::binary);
            if (in) {
                file.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
                file.map = std::make_unique<source_map>(file.bytes);
            }
        }
        if (!file.map) continue;
        if (!d.words.empty()) {
            // Words are found as written (a word with a character reference in it stays put).
            const auto start = file.map->offset_of(d.position);
            if (const auto at = file.bytes.find(d.words, start); at != std::string::npos) d.position = file.map->position_of(at);
            continue;
        }
        for (std::size_t at = file.map->offset_of(d.position); at < file.bytes.size();) {
            const auto [c, length] = decode_utf8(file.bytes, at);
            if (c == d.character || character_reference(file.bytes, at) == d.character) {
                d.position = file.map->position_of(at);
                break;
            }
            at += length == 0 ? 1 : length;
        }
    }
}

}  // namespace folio::load
