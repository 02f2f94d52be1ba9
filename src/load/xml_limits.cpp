#include "load/xml_limits.hpp"

#include "base/utf8.hpp"
#include "i18n/unicode_text.hpp"

#include <cstdio>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace folio::load {

namespace {
void report_forbidden(char32_t c, model::source_position at, std::string_view file, model::diagnostics& sink) {
    sink.error("control-character", file, at,
               "the file holds " + i18n::describe_character(c) + ", which XML does not allow",
               "delete it: it is invisible, and would corrupt the e-book and send a terminal escape to the text edition");
}
}  // namespace

auto check_characters(const xml_input& input, std::string_view file, model::diagnostics& sink) -> void {
    // On the bytes as written, so each is found at its own line and column (character
    // references to them are refused by the markup pre-scan).
    const std::string_view text = input.text;
    std::size_t reported = 0;
    for (std::size_t i = 0; i < text.size() && reported < 20;) {
        const auto [c, length] = decode_utf8(text, i);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
            report_forbidden(c, input.map.position_of(i), file, sink);
            ++reported;
        }
        i += length == 0 ? 1 : length;
    }
}

auto field_too_long(std::string_view text, std::string_view what) -> std::optional<std::string> {
    const auto characters = i18n::count_code_points(text);
    if (characters <= max_field_characters) return std::nullopt;
    return std::string(what) + " is " + std::to_string(characters) + " characters long: Folio takes at most " +
           std::to_string(max_field_characters);
}

auto check_xml_limits(const xml_input& input, std::string_view file, model::diagnostics& sink) -> bool {
    // Depth first with an explicit stack: this walk must not recurse either.
    std::vector<std::pair<pugi::xml_node, std::size_t>> stack;
    for (auto child = input.xml.first_child(); child; child = child.next_sibling()) stack.emplace_back(child, 1);
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        if (node.type() == pugi::node_element && depth > max_element_depth) {
            sink.error("nesting-too-deep", file, input.map.position_of(static_cast<std::size_t>(node.offset_debug())),
                       "elements nested " + std::to_string(depth) + " deep: Folio reads at most " +
                           std::to_string(max_element_depth) + " levels",
                       "flatten the structure: a document's sections, lists and callouts nest a few levels, not dozens");
            return false;
        }
        // An attribute twice on one element is not well-formed XML (pugixml keeps both). Only an
        // element with two or more attributes is looked at (no set is built per element of the
        // file), and through a set, not pairs: a hostile element may carry thousands.
        if (node.first_attribute() && node.first_attribute().next_attribute()) {
            std::unordered_set<std::string_view> names;
            for (auto a = node.first_attribute(); a; a = a.next_attribute())
                if (!names.insert(a.name()).second) {
                    const auto offset = static_cast<std::size_t>(a.name() - input.buffer.data());
                    sink.error("malformed-xml", file, input.map.position_of(offset),
                               "attribute '" + std::string(a.name()) + "' is given twice", "keep one of them");
                }
        }
        for (auto child = node.last_child(); child; child = child.previous_sibling()) stack.emplace_back(child, depth + 1);
    }
    return true;
}

}  // namespace folio::load
