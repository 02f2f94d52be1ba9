#include "load/xml_input.hpp"

#include "i18n/unicode_text.hpp"
#include "load/markup_prescan.hpp"
#include "load/parse_errors.hpp"
#include "load/xml_limits.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace folio::load {

auto special_file_kind(const std::filesystem::path& path) -> std::string {
    std::error_code ec;
    switch (std::filesystem::status(path, ec).type()) {
        case std::filesystem::file_type::fifo: return "a named pipe";
        case std::filesystem::file_type::socket: return "a socket";
        case std::filesystem::file_type::block:
        case std::filesystem::file_type::character: return "a device";
        case std::filesystem::file_type::not_found: return "a broken symbolic link";
        default: return "not a file";
    }
}

auto read_file_bytes(const std::filesystem::path& file, model::diagnostics& sink) -> std::optional<std::string> {
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        // A named pipe or device could block the run, or never end.
        sink.error("unreadable-file", file.string(), {},
                   std::filesystem::is_directory(status) ? "this is a folder, not a file"
                                                         : "this is not a regular file (" + special_file_kind(file) + ")");
        return std::nullopt;
    }
    if (const auto size = std::filesystem::file_size(file, ec); !ec && size > max_xml_file_bytes) {
        sink.error("file-too-large", file.string(), {},
                   "the file is " + std::to_string(size / (1024 * 1024)) + " MiB; Folio reads XML files of up to " +
                       std::to_string(max_xml_file_bytes / (1024 * 1024)) + " MiB",
                   "split the document (docs/robustness.md lists Folio's limits)");
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        sink.error("unreadable-file", file.string(), {}, "failed to open the file (" +
                   std::string(std::filesystem::exists(file) ? "permission denied" : "no such file") + ")");
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

auto parse_xml_input(std::string bytes, std::string_view file, unsigned options, model::diagnostics& sink)
    -> std::unique_ptr<xml_input> {
    // A UTF-8 byte order mark is harmless; UTF-16 is a common mistake worth naming.
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
    // UTF-32 (byte order mark FF FE 00 00 or 00 00 FE FF, or '<' padded with three NULs).
    const std::string_view start(bytes.data(), std::min<std::size_t>(bytes.size(), 4));
    if (start == std::string_view("\xFF\xFE\0\0", 4) || start == std::string_view("\0\0\xFE\xFF", 4) ||
        start == std::string_view("<\0\0\0", 4) || start == std::string_view("\0\0\0<", 4)) {
        sink.error("invalid-utf8", file, {1, 1}, "the file is UTF-32, not UTF-8",
                   "save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
        return nullptr;
    }
    // UTF-16 without a byte order mark shows as NUL bytes around the first '<'.
    const bool utf16_unmarked = bytes.size() >= 2 && (bytes[0] == '\0' || bytes[1] == '\0');
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") || utf16_unmarked) {
        sink.error("invalid-utf8", file, {1, 1}, "the file is UTF-16, not UTF-8",
                   "save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
        return nullptr;
    }
    auto input = std::make_unique<xml_input>(std::move(bytes));
    const std::string& text = input->text;
    if (const auto bad = i18n::find_invalid_utf8(text)) {
        static constexpr char digits[] = "0123456789ABCDEF";
        const auto b = static_cast<unsigned char>(text[*bad]);
        sink.error("invalid-utf8", file, input->map.position_of(*bad),
                   "the file is not valid UTF-8 (bad byte 0x" + std::string{digits[b >> 4U], digits[b & 0xFU]} + ")",
                   "save the file as UTF-8");
        return nullptr;
    }
    // A NUL byte ends the text for the parser, which would report whatever is left open there
    // (a line early, with a false hint): name the character instead, and parse nothing.
    if (text.find('\0') != std::string::npos) {
        check_characters(*input, file, sink);
        return nullptr;
    }
    prescan_markup(text, file, input->map, sink);
    const auto result =
        input->xml.load_buffer_inplace(input->buffer.data(), input->buffer.size(), options, pugi::encoding_utf8);
    if (!result) {
        report_parse_error(result, text, file, input->map, sink);
        return nullptr;
    }
    check_characters(*input, file, sink);
    if (!check_xml_limits(*input, file, sink)) return nullptr;
    return input;
}

}  // namespace folio::load
