#pragma once

// Internal to render/html: XML and HTML documents with pugixml, serialized readably without changing what
// they say.

#include <pugixml.hpp>

#include <string>

namespace folio::render::html {

/// A new document with the XML declaration (version 1.0, UTF-8).
auto new_xml_document() -> pugi::xml_document;

/// Starts an XHTML content document in `doc`: the HTML5 doctype and an `html` element with the
/// XHTML and EPUB namespaces, `lang` and `xml:lang`, and `dir="rtl"` for right-to-left
/// languages. Returns the `html` element.
auto start_xhtml(pugi::xml_document& doc, const std::string& language) -> pugi::xml_node;

/// Starts an HTML5 page (the web edition) in `doc`: the doctype and an `html` element with `lang`,
/// and `dir="rtl"` for right-to-left languages. Returns the `html` element.
auto start_html(pugi::xml_document& doc, const std::string& language) -> pugi::xml_node;

/// The page as HTML5 text (UTF-8), laid out as serialize() lays out XML: every element that is not
/// void is closed explicitly (`<span></span>`: an HTML parser reads `<span/>` as an open tag), and
/// the text of `<style>` is written as it is (CSS is raw text in HTML: `>` stays `>`).
auto serialize_html(pugi::xml_document& doc) -> std::string;

/// The document as UTF-8 text. Structural elements (html, body, section, lists, tables, the
/// package's metadata...) get their children on lines of their own; elements holding text are
/// written exactly as built, since whitespace inside them would be read as a space.
auto serialize(pugi::xml_document& doc) -> std::string;

}  // namespace folio::render::html
