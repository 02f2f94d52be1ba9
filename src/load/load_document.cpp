#include "load/load_document.hpp"

#include "base/digest.hpp"
#include "i18n/language_tag.hpp"
#include "load/reference_checks.hpp"
#include "load/xml_input.hpp"
#include "load/xml_reader.hpp"

#include <pugixml.hpp>

namespace folio::load {

namespace {
auto language_from_file_name(const std::filesystem::path& file) -> std::string {
    const auto check = i18n::check_language_tag(file.stem().string());
    return check.valid ? check.canonical : std::string{};
}

void read_document(xml_reader& reader, const pugi::xml_node& root, const std::filesystem::path& file,
                   model::document& doc) {
    reader.check_attributes(root, {"version"});
    if (const auto version = root.attribute("version")) {
        if (std::string_view(version.value()) != "1")
            reader.error(reader.position(version), "invalid-value",
                         "content format version '" + std::string(version.value()) + "' is not supported",
                         "this Folio reads version=\"1\"");
    } else {
        reader.error(reader.position(root), "missing-attribute", "'document' needs version=\"1\"");
    }
    pugi::xml_node meta;
    pugi::xml_node body;
    for (const auto& child : reader.child_elements(root)) {
        const std::string_view name = child.name();
        if (name == "meta" && !meta && !body) meta = child;
        else if (name == "body" && !body) body = child;
        else reader.reject_element(child, root, {!meta ? "meta" : "body"});
    }
    if (meta) {
        read_metadata(reader, meta, doc.meta);
    } else {
        reader.error(reader.position(root), "missing-title", "the document has no 'meta', so no title",
                     "start the document with <meta> holding <title> and <language>");
        reader.error(reader.position(root), "missing-language", "the document has no 'meta', so no language");
    }
    if (!body) {
        reader.error(reader.position(root), "missing-element", "the document has no 'body'",
                     "add <body> after </meta>, holding the handout's paragraphs and sections");
        return;
    }
    reader.check_attributes(body, {});
    doc.body = read_block_content(reader, body, "body", 0);
    if (doc.body.empty())
        reader.error(reader.position(body), "missing-element", "the document's body is empty",
                     "add at least one paragraph (<p>…</p>) or section; 'folio new' writes a document that shows them all");
    check_references(reader);

    const auto named = language_from_file_name(file);
    if (!named.empty() && !doc.meta.language.empty()) {
        if (!i18n::same_language(named, doc.meta.language)) {
            const auto language = meta.child("language");
            reader.error(reader.position(language.first_child() ? language.first_child() : language), "language-mismatch",
                         "the file is named for '" + named + "' but declares the language '" + doc.meta.language + "'",
                         "rename the file to '" + doc.meta.language + ".xml', or fix the language");
        }
    }
}
}  // namespace

auto load_document_from_bytes(std::string bytes, const std::filesystem::path& file, model::diagnostics& sink)
    -> std::optional<model::document> {
    const std::string file_name = file.string();
    const auto input = parse_xml_input(std::move(bytes), file_name,
                                       pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_fragment, sink);
    if (!input) return std::nullopt;
    const auto& xml = input->xml;

    model::document doc;
    doc.source_path = file_name;
    doc.source_digest = lower_hex(sha256(input->text));
    doc.name = file.parent_path().filename().string();
    xml_reader reader(input->buffer.data(), file_name, input->map, sink, file.parent_path());

    pugi::xml_node root;
    for (const auto& child : xml.children()) {
        if (child.type() == pugi::node_element) {
            if (root) {
                reader.error(reader.position(child), "malformed-xml", "failed to parse XML: more than one root element");
                return std::nullopt;
            }
            root = child;
        } else if (child.type() == pugi::node_pcdata && !is_blank(child)) {
            reader.error(reader.text_position(child), "malformed-xml", "failed to parse XML: text outside the root element");
        }
    }
    if (!root) {
        sink.error("malformed-xml", file_name, {1, 1}, "failed to parse XML: the file holds no element",
                   "a Folio file starts with <document version=\"1\">");
        return std::nullopt;
    }
    if (std::string_view(root.name()) != "document") {
        reader.error(reader.position(root), "unknown-element",
                     "the root element is '" + std::string(root.name()) + "', not 'document'",
                     "a Folio file starts with <document version=\"1\">");
        return std::nullopt;
    }
    read_document(reader, root, file, doc);
    return doc;
}

auto load_document(const std::filesystem::path& file, model::diagnostics& sink) -> std::optional<model::document> {
    auto bytes = read_file_bytes(file, sink);
    if (!bytes) return std::nullopt;
    return load_document_from_bytes(std::move(*bytes), file, sink);
}

auto pugixml_version() -> std::string {
    // PUGIXML_VERSION is major * 1000 + minor * 10 + patch (1130: 1.13).
    const int v = PUGIXML_VERSION;
    return std::to_string(v / 1000) + "." + std::to_string(v % 1000 / 10) + (v % 10 != 0 ? "." + std::to_string(v % 10) : "");
}

}  // namespace folio::load
