#pragma once

#include "layout/block_layout.hpp"

namespace folio::layout {

/// A table: its caption above it, then its rows in columns sized from their content as browsers
/// size them (each column at least its widest unbreakable word, the room left shared by how much
/// more each column's text wants), header rows repeated where the table goes on over a page.
/// Where even the widest words cannot fit side by side, or (in large print) a column would be
/// squeezed below about twelve characters, the table is stacked instead: each row a block of
/// "header: value" lines, so that no word is ever cut.
void layout_table(layout_context& c, const model::table& table, const std::string& id,
                  const model::source_position& at, std::vector<flow_item>& out);

}  // namespace folio::layout
