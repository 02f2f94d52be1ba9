#include "model/diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace folio::model {

namespace {
/// Text with its control characters shown as escapes ("\\n", "\\x1B"): a file or folder name
/// with a line feed in it must not forge a second diagnostic line, nor an escape drive a terminal.
auto visible(std::string_view text) -> std::string {
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != 0x7F) {
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            static constexpr char digits[] = "0123456789ABCDEF";
            out += "\\x";
            out += digits[u >> 4U];
            out += digits[u & 0xFU];
        }
    }
    return out;
}
}  // namespace

auto format_diagnostic(const diagnostic& d) -> std::string {
    std::string out = visible(d.file);
    if (d.position.line > 0) {
        out += ':' + std::to_string(d.position.line) + ':' + std::to_string(d.position.column);
    }
    out += d.level == severity::error ? ": error: " : d.level == severity::warning ? ": warning: " : ": note: ";
    out += visible(d.message);
    if (!d.code.empty()) out += " [" + d.code + ']';
    if (!d.hint.empty()) out += "\n  hint: " + visible(d.hint);
    return out;
}

void diagnostics::add(diagnostic d) {
    if (d.level == severity::error) ++error_count_;
    items_.push_back(std::move(d));
}

void diagnostics::error(std::string_view code, std::string_view file, source_position at,
                        std::string message, std::string hint) {
    add({severity::error, std::string(code), std::string(file), at, std::move(message),
         std::move(hint)});
}

void diagnostics::warning(std::string_view code, std::string_view file, source_position at,
                          std::string message, std::string hint) {
    add({severity::warning, std::string(code), std::string(file), at, std::move(message),
         std::move(hint)});
}

auto diagnostics::sorted() const -> std::vector<diagnostic> {
    auto out = items_;
    std::stable_sort(out.begin(), out.end(), [](const diagnostic& a, const diagnostic& b) {
        return std::tie(a.file, a.position.line, a.position.column) <
               std::tie(b.file, b.position.line, b.position.column);
    });
    return out;
}

}  // namespace folio::model
