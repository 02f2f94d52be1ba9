#include "load/markup_prescan.hpp"

#include <array>
#include <cctype>

namespace folio::load {

namespace {
constexpr std::array<std::string_view, 5> predefined_entities = {"amp", "lt", "gt", "quot", "apos"};

auto is_name_char(char c) -> bool {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.' ||
           c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

auto is_valid_character_reference(std::string_view body) -> bool {
    // body is "#123" or "#x1F"
    const bool hex = body.size() > 1 && (body[1] == 'x');
    const auto digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return false;
    unsigned long value = 0;
    for (const char c : digits) {
        const auto u = static_cast<unsigned char>(c);
        if (hex ? std::isxdigit(u) == 0 : std::isdigit(u) == 0) return false;
        value = value * (hex ? 16 : 10) +
                static_cast<unsigned long>(std::isdigit(u) != 0 ? c - '0' : std::tolower(u) - 'a' + 10);
    }
    // XML 1.0 Char production: no NUL or other C0 controls but tab/newline/CR, no surrogates.
    if (value < 0x20 && value != 0x9 && value != 0xA && value != 0xD) return false;
    if (value >= 0xD800 && value <= 0xDFFF) return false;
    return value <= 0x10FFFF && value != 0xFFFE && value != 0xFFFF;
}

void check_entity_reference(std::string_view text, std::size_t amp, std::string_view file,
                            const source_map& map, model::diagnostics& sink) {
    std::size_t end = amp + 1;
    if (end < text.size() && text[end] == '#') ++end;
    while (end < text.size() && is_name_char(text[end])) ++end;
    const auto at = map.position_of(amp);
    if (end >= text.size() || text[end] != ';' || end == amp + 1) {
        sink.error("malformed-xml", file, at, "a bare '&' is not allowed in XML",
                   "write '&amp;' for an ampersand");
        return;
    }
    const std::string_view body = text.substr(amp + 1, end - amp - 1);
    if (body.front() == '#') {
        if (!is_valid_character_reference(body)) {
            sink.error("malformed-xml", file, at,
                       "'&" + std::string(body) + ";' is not a valid character reference");
        }
        return;
    }
    for (const auto name : predefined_entities)
        if (body == name) return;
    std::string hint = "write the character itself (files are UTF-8), or a numeric reference such as '&#160;'";
    if (body == "nbsp") hint = "write U+00A0 NO-BREAK SPACE itself, or '&#160;'";
    sink.error("unknown-entity", file, at, "unknown entity '&" + std::string(body) + ";'", hint);
}
}  // namespace

void prescan_markup(std::string_view text, std::string_view file, const source_map& map,
                    model::diagnostics& sink) {
    std::size_t i = 0;
    // Skips a construct whose content holds no markup (comment, CDATA, processing instruction).
    auto skip_to = [&](std::string_view close) {
        const auto end = text.find(close, i);
        i = end == std::string_view::npos ? text.size() : end + close.size();
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == '<') {
            const auto rest = text.substr(i);
            if (rest.starts_with("<!--")) {
                // "--" may not occur inside a comment (XML 1.0, production 15).
                const auto end = text.find("-->", i + 4);
                const auto dashes = text.find("--", i + 4);
                if (dashes != std::string_view::npos && dashes < (end == std::string_view::npos ? text.size() : end))
                    sink.error("malformed-xml", file, map.position_of(dashes), "'--' inside a comment is not allowed in XML",
                               "write it differently (a single '-', or an en dash)");
                skip_to("-->");
            } else if (rest.starts_with("<![CDATA[")) {
                skip_to("]]>");
            } else if (rest.starts_with("<?xml") && (rest.size() == 5 || std::isspace(static_cast<unsigned char>(rest[5])) != 0 || rest[5] == '?')) {
                // The XML declaration: first in the file, version 1.0, once.
                const bool after_second_mark = i == 3 && text.starts_with("\xEF\xBB\xBF");  // reported on its own
                if (i != 0 && !after_second_mark)
                    sink.error("malformed-xml", file, map.position_of(i), "the XML declaration '<?xml ...?>' is only allowed at the very start of the file",
                               "remove it, or move it to the first line (nothing, not even a space, before it)");
                const auto end = text.find("?>", i);
                const auto declaration = text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
                const auto version = declaration.find("version");
                if (version != std::string_view::npos) {
                    const auto quote = declaration.find_first_of("\"'", version);
                    if (quote != std::string_view::npos && declaration.compare(quote + 1, 3, "1.0") != 0)
                        sink.error("malformed-xml", file, map.position_of(i + quote + 1), "Folio reads XML 1.0 only",
                                   "write version=\"1.0\"");
                }
                skip_to("?>");
            } else if (rest.starts_with("<?")) {
                skip_to("?>");
            } else if (rest.starts_with("<!DOCTYPE") || rest.starts_with("<!ENTITY")) {
                sink.error("doctype-forbidden", file, map.position_of(i),
                           "DOCTYPE and entity declarations are not allowed in Folio content",
                           "remove the declaration; Folio files are plain UTF-8 XML with no DTD");
                // Skip the declaration, including an internal subset in brackets.
                int depth = 0;
                for (; i < text.size(); ++i) {
                    if (text[i] == '[') ++depth;
                    if (text[i] == ']') --depth;
                    if (text[i] == '>' && depth <= 0) break;
                }
                ++i;
            } else {
                ++i;
            }
        } else if (c == '&') {
            check_entity_reference(text, i, file, map, sink);
            ++i;
        } else if (c == ']' && text.substr(i).starts_with("]]>")) {
            // Outside a CDATA section "]]>" may not appear in text (XML 1.0, production 14).
            sink.error("malformed-xml", file, map.position_of(i), "']]>' is not allowed in text",
                       "write ']]&gt;'");
            i += 3;
        } else if (i == 0 && text.starts_with("\xEF\xBB\xBF")) {
            // A second byte order mark (the first is removed before the scan).
            sink.error("malformed-xml", file, map.position_of(i), "the file starts with two byte order marks",
                       "save it as UTF-8 (one mark, or none)");
            i += 3;
        } else {
            ++i;
        }
    }
}

}  // namespace folio::load
