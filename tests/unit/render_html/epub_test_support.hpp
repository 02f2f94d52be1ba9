#pragma once

// Builds publications from small content files and reads their parts back with pugixml.

#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "render/html/epub_writer.hpp"

#include "load/load_document.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace folio::render::html::testing {

inline const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

/// A content file in `language` with this body; `meta_people` goes after the identifier (publisher,
/// authors), `meta_after_date` after the publication date (last review, keywords).
inline auto document_xml(const std::string& language, const std::string& body, const std::string& meta_people = "",
                         const std::string& meta_after_date = "") -> std::string {
    return "<document version=\"1\"><meta><title>Leaflet</title><subtitle>For patients</subtitle><language>" + language +
           "</language><identifier>urn:folio:leaflet</identifier>" + meta_people + "<published>2026-11-26</published>" +
           meta_after_date + "<translation status=\"original\"/></meta><body>" + body + "</body></document>";
}

inline auto load(const std::string& xml, const std::string& language = "en") -> model::document {
    model::diagnostics sink;
    auto doc = load::load_document_from_bytes(xml, source_dir / ("tests/unit/render_html/" + language + ".xml"), sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    return doc ? std::move(*doc) : model::document{};
}

/// A publication and the diagnostics its writing gave.
struct built {
    std::vector<entry> entries;
    model::diagnostics sink;

    [[nodiscard]] auto file(const std::string& path) const -> std::string {
        for (const auto& e : entries)
            if (e.path == path) return e.bytes;
        ADD_FAILURE() << "no entry " << path;
        return {};
    }
    [[nodiscard]] auto paths() const -> std::vector<std::string> {
        std::vector<std::string> out;
        for (const auto& e : entries) out.push_back(e.path);
        return out;
    }
    /// The entry parsed as XML (fails the test when it is not well-formed).
    [[nodiscard]] auto xml(const std::string& path) const -> std::shared_ptr<pugi::xml_document> {
        auto doc = std::make_shared<pugi::xml_document>();
        const auto text = file(path);
        const auto result = doc->load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata);
        EXPECT_TRUE(result) << path << ": " << result.description() << " at " << result.offset;
        return doc;
    }
};

inline auto build(const model::document& doc, const epub_options& options = {}) -> built {
    built b;
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, doc.meta.language);
    b.entries = build_publication(compose::resolve(doc, messages), options, b.sink);
    return b;
}

/// Whether a text node is only the writer's indentation (a line end and spaces between blocks).
inline auto is_indentation(const pugi::xml_node& text) -> bool {
    const std::string value = text.value();
    return value.find('\n') != std::string::npos && value.find_first_not_of(" \n") == std::string::npos;
}

/// Every text of an element and its descendants, in document order, without indentation.
inline auto text_of(const pugi::xml_node& node) -> std::string {
    std::string out;
    for (auto n = node.first_child(); n; n = n.next_sibling()) {
        if (n.type() == pugi::node_pcdata && !is_indentation(n)) out += n.value();
        if (n.type() == pugi::node_element) out += text_of(n);
    }
    return out;
}

}  // namespace folio::render::html::testing
