#include "load/parse_errors.hpp"

#include <cctype>
#include <string>
#include <vector>

namespace folio::load {

namespace {
auto parse_error_message(pugi::xml_parse_status status) -> std::string {
    switch (status) {
    case pugi::status_unrecognized_tag: return "this markup is not a valid tag";
    case pugi::status_bad_pi: return "this processing instruction or XML declaration is malformed";
    case pugi::status_bad_comment: return "this comment is malformed (it must end with '-->')";
    case pugi::status_bad_cdata: return "this CDATA section is malformed";
    case pugi::status_bad_doctype: return "this document type declaration is malformed";
    case pugi::status_bad_pcdata: return "this text is malformed";
    case pugi::status_bad_start_element: return "this start tag is malformed";
    case pugi::status_bad_attribute: return "this attribute is malformed (values need quotes)";
    case pugi::status_bad_end_element: return "this end tag is malformed";
    case pugi::status_end_element_mismatch: return "this end tag does not match the element that is open";
    case pugi::status_no_document_element: return "the file holds no element";
    default: return "the XML is malformed";
    }
}

auto is_name_char(char c) -> bool {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == ':' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
}

/// The elements still open at `end`, outermost first, by scanning the (well-formed) text before
/// the error: pugixml's partial tree cannot tell a closed child from an open one.
auto open_elements(std::string_view text, std::size_t end) -> std::vector<std::string> {
    std::vector<std::string> stack;
    std::size_t i = 0;
    auto skip_past = [&](std::string_view close) {
        const auto at = text.find(close, i);
        i = at == std::string_view::npos || at >= end ? end : at + close.size();
    };
    while (i < end) {
        if (text[i] != '<') {
            ++i;
            continue;
        }
        const auto rest = text.substr(i, end - i);
        if (rest.starts_with("<!--")) { skip_past("-->"); continue; }
        if (rest.starts_with("<![CDATA[")) { skip_past("]]>"); continue; }
        if (rest.starts_with("<?") || rest.starts_with("<!")) { skip_past(">"); continue; }
        const bool closing = rest.starts_with("</");
        std::size_t name_end = i + (closing ? 2 : 1);
        while (name_end < end && is_name_char(text[name_end])) ++name_end;
        const std::string name(text.substr(i + (closing ? 2 : 1), name_end - i - (closing ? 2 : 1)));
        // Find the end of the tag, minding quoted attribute values.
        std::size_t j = name_end;
        char quote = 0;
        while (j < end && (quote != 0 || text[j] != '>')) {
            if (quote == 0 && (text[j] == '"' || text[j] == '\'')) quote = text[j];
            else if (quote != 0 && text[j] == quote) quote = 0;
            ++j;
        }
        if (j >= end) break;  // the tag the error is in
        const bool self_closing = text[j - 1] == '/';
        if (closing) {
            if (!stack.empty()) stack.pop_back();
        } else if (!self_closing) {
            stack.push_back(name);
        }
        i = j + 1;
    }
    return stack;
}
}  // namespace

void report_parse_error(const pugi::xml_parse_result& result, std::string_view text, std::string_view file,
                        const source_map& map, model::diagnostics& sink) {
    auto offset = static_cast<std::size_t>(result.offset);
    std::string message = "failed to parse XML: " + parse_error_message(result.status);
    std::string hint;
    if (result.status == pugi::status_end_element_mismatch || result.status == pugi::status_bad_end_element) {
        // pugixml points inside the end tag, or near the end of the file when elements are left
        // open; point at the tag's '<'.
        const bool at_end = text.find_first_not_of(" \t\r\n", offset) == std::string_view::npos;
        const auto open = at_end ? std::string::npos : text.rfind("</", offset);
        const auto stack = open_elements(text, open == std::string::npos ? text.size() : open);
        if (at_end) {
            offset = text.size();
            message = "failed to parse XML: the file ends while elements are still open";
            if (!stack.empty()) hint = "close '" + stack.back() + "' with </" + stack.back() + ">";
        } else {
            if (open != std::string::npos) offset = open;
            if (!stack.empty()) hint = "the open element is '" + stack.back() + "'; close it with </" + stack.back() + ">";
        }
    } else if (result.status == pugi::status_bad_attribute && offset < text.size()) {
        // pugixml points at the value; the author looks for the attribute's name.
        std::size_t i = offset;
        while (i > 0 && (text[i - 1] == '=' || text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
        while (i > 0 && is_name_char(text[i - 1])) --i;
        if (i < offset && text[i] != '<') offset = i;
    }
    sink.error("malformed-xml", file, map.position_of(offset), message, hint);
}

}  // namespace folio::load
