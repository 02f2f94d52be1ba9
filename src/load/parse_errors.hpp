#pragma once

#include "load/source_map.hpp"
#include "model/diagnostics.hpp"

#include <pugixml.hpp>

#include <string_view>

namespace folio::load {

/// Reports a pugixml parse failure as one malformed-xml diagnostic that points where an author
/// would look (the '<' of a bad end tag, the name of a bad attribute) and names the element
/// still open. `text` is the file as read (before in-place parsing changed it).
void report_parse_error(const pugi::xml_parse_result& result, std::string_view text, std::string_view file,
                        const source_map& map, model::diagnostics& sink);

}  // namespace folio::load
