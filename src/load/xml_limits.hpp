#pragma once

// Internal to the load stage: what every parsed Folio XML file must respect before a reader walks
// it (docs/content-format.md, "Limits"): a nesting depth the readers, which recurse, can always
// take, and only characters XML 1.0 allows (pugixml lets C0 controls and U+FFFE through).

#include "load/xml_input.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace folio::load {

/// The deepest element nesting Folio reads (the root is depth 1). A handout nests a few levels
/// (sections, lists, callouts); the limit keeps every recursive walk far inside its stack.
inline constexpr std::size_t max_element_depth = 64;

/// The longest metadata field (title, subtitle, names, keywords, the source note) and alt text,
/// in characters: they become PDF strings, which hold at most 65,535 bytes, and a reader hears
/// them whole. Long text belongs in the body.
inline constexpr std::size_t max_field_characters = 1000;

/// The message for a field longer than max_field_characters, or nothing when it is not.
auto field_too_long(std::string_view text, std::string_view what) -> std::optional<std::string>;

/// Reports elements nested deeper than max_element_depth, once, at the first one; false then:
/// the file must not be read further.
auto check_xml_limits(const xml_input& input, std::string_view file, model::diagnostics& sink) -> bool;

/// Reports every character XML 1.0 forbids (C0 controls other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF) where the file has it (up to 20).
auto check_characters(const xml_input& input, std::string_view file, model::diagnostics& sink) -> void;

}  // namespace folio::load
