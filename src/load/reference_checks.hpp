#pragma once

#include "load/xml_reader.hpp"

namespace folio::load {

/// Checks, once the whole file is read, that every xref and "#id" link names an id of the file,
/// and that an xref names something it can refer to (section, table, figure, glossary entry).
void check_references(const xml_reader& reader);

}  // namespace folio::load
