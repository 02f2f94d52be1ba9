#pragma once

// Internal to render/epub: XML documents with pugixml, serialized readably without changing what
// they say.

#include <pugixml.hpp>

#include <string>

namespace folio::render::epub {

/// A new document with the XML declaration (version 1.0, UTF-8).
auto new_xml_document() -> pugi::xml_document;

/// The document as UTF-8 text. Structural elements (html, body, section, lists, tables, the
/// package's metadata...) get their children on lines of their own; elements holding text are
/// written exactly as built, since whitespace inside them would be read as a space.
auto serialize(pugi::xml_document& doc) -> std::string;

}  // namespace folio::render::epub
