#include "render/braille/louis_translator.hpp"

#include "base/utf8.hpp"
#include "render/braille/brf_cells.hpp"

#include <liblouis.h>

#include <mutex>
#include <stdexcept>

namespace folio::render::braille {
namespace {

std::mutex louis_mutex;  // liblouis's table cache and buffers are process-wide

auto to_widechars(std::string_view utf8) -> std::vector<widechar> {
    std::vector<widechar> out;
    for (std::size_t at = 0; at < utf8.size();) {
        const auto [c, length] = decode_utf8(utf8, at);
        out.push_back(static_cast<widechar>(c));
        at += length == 0 ? 1 : length;
    }
    return out;
}

auto to_utf8(const std::vector<widechar>& chars, int length) -> std::string {
    std::string out;
    for (int i = 0; i < length; ++i) append_utf8(out, static_cast<char32_t>(chars[static_cast<std::size_t>(i)]));
    return out;
}

}  // namespace

louis_translator::louis_translator(braille_code code) : code_(std::move(code)), tables_("en-us-brf.dis," + code_.table) {}

auto louis_translator::translate(const std::vector<styled_text>& runs) const -> std::string {
    // Only BRF leaves here. liblouis passes no-break spaces through as they are: in braille they
    // are spaces. Some tables (Russian) give their cells as Unicode braille whatever the display
    // table: those are mapped to BRF. Anything else a table lets through (a letter it writes as
    // itself, an eight-dot cell) has no place in a BRF file and is left out, as an undefined
    // character is (undefined_characters names it).
    std::string brf;
    for (const auto c : raw_translation(runs, noUndefined)) {
        if (c == 0xA0 || c == 0x202F || c == 0x2007) brf += ' ';
        else if (c >= U' ' && c <= U'_') brf += static_cast<char>(c);
        else if (const auto cell = brf_character(c)) brf += *cell;
    }
    return brf;
}

auto louis_translator::raw_translation(const std::vector<styled_text>& runs, int mode) const -> std::u32string {
    std::vector<widechar> in;
    std::vector<formtype> forms;
    for (const auto& run : runs) {
        const auto chars = to_widechars(run.text);
        in.insert(in.end(), chars.begin(), chars.end());
        forms.insert(forms.end(), chars.size(), static_cast<formtype>(run.style));
    }
    if (in.empty()) return {};
    // Contractions rarely grow text; signs and indicators can, up to a few cells a character.
    std::vector<widechar> out(in.size() * 4 + 16);
    // liblouis rewrites the typeforms for the output: the array must be as long as it.
    forms.resize(out.size(), 0);
    int in_length = static_cast<int>(in.size());
    int out_length = static_cast<int>(out.size());
    const std::lock_guard lock(louis_mutex);
    if (lou_translateString(tables_.c_str(), in.data(), &in_length, out.data(), &out_length, forms.data(), nullptr, mode) == 0)
        throw std::runtime_error("liblouis could not translate with " + tables_);
    return {out.begin(), out.begin() + out_length};
}

auto louis_translator::undefined_characters(std::string_view text) const -> std::u32string {
    std::u32string out;
    for (std::size_t at = 0; at < text.size();) {
        const auto [c, length] = decode_utf8(text, at);
        at += length == 0 ? 1 : length;
        if (c <= U' ' || out.find(c) != std::u32string::npos) continue;
        std::string one;
        append_utf8(one, c);
        // Left out (no BRF for it in noUndefined mode), though the table writes something for it
        // without that mode: its code point, or the letter passed through. A character the table
        // deliberately writes as nothing (Bharati braille's nukta) gives nothing either way.
        const auto raw = raw_translation({{one}}, 0);
        if (translate(one).find_first_not_of(' ') == std::string::npos && raw.find_first_not_of(U' ') != std::u32string::npos) out += c;
    }
    return out;
}

auto louis_translator::undefined_in(std::string_view text, char32_t c) const -> bool {
    // The character with the one before it (a combining mark's base): liblouis writes something
    // for an undefined character only without noUndefined (its code point, or itself), so the
    // two modes differ exactly when it is undefined there.
    std::size_t previous = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto [here, length] = decode_utf8(text, at);
        const std::size_t next = at + (length == 0 ? 1 : length);
        if (here == c) {
            const std::vector<styled_text> pair{{std::string(text.substr(previous, next - previous))}};
            return raw_translation(pair, 0) != raw_translation(pair, noUndefined);
        }
        previous = at;
        at = next;
    }
    return false;
}

auto louis_translator::back_translate(std::string_view brf) const -> std::string {
    auto in = to_widechars(brf);
    if (in.empty()) return {};
    std::vector<widechar> out(in.size() * 8 + 16);
    int in_length = static_cast<int>(in.size());
    int out_length = static_cast<int>(out.size());
    const std::lock_guard lock(louis_mutex);
    if (lou_backTranslateString(tables_.c_str(), in.data(), &in_length, out.data(), &out_length, nullptr, nullptr, 0) == 0)
        throw std::runtime_error("liblouis could not back-translate with " + tables_);
    return to_utf8(out, out_length);
}

}  // namespace folio::render::braille
