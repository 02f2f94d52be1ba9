#pragma once

#include "load/source_map.hpp"
#include "model/diagnostics.hpp"

#include <string_view>

namespace folio::load {

/// Checks the raw markup for what an XML parser would silently accept or skip but Folio forbids:
/// a DOCTYPE (and with it entity declarations, a way to pull in outside files) and references to
/// entities other than XML's five predefined ones and numeric character references.
void prescan_markup(std::string_view text, std::string_view file, const source_map& map,
                    model::diagnostics& sink);

}  // namespace folio::load
