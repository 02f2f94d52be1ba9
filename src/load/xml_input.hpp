#pragma once

// Internal to the load stage: the steps every Folio XML file goes through before its own reader
// sees it (content files and styles alike).

#include "load/source_map.hpp"
#include "model/diagnostics.hpp"

#include <pugixml.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace folio::load {

/// The largest content or style file Folio reads: some 4,000 pages of text, far beyond a handout
/// or a book, and small enough that every edition of it fits in memory.
inline constexpr std::uintmax_t max_xml_file_bytes = 16ULL * 1024 * 1024;

/// What a path that is neither a regular file nor a folder is, in words ("a named pipe", "a
/// device", "a broken symbolic link"), for messages that refuse to open it.
auto special_file_kind(const std::filesystem::path& path) -> std::string;

/// A file's bytes; nothing (and an unreadable-file or file-too-large error) when it is not a
/// regular file, is over max_xml_file_bytes, or cannot be opened.
auto read_file_bytes(const std::filesystem::path& file, model::diagnostics& sink) -> std::optional<std::string>;

/// A UTF-8 XML file, checked and parsed in place: node names and values point into `buffer`,
/// which gives positions for attributes too (pugixml has no offsets for them), and `map` turns
/// those offsets into line and column. Not movable: `map` looks at `text`.
struct xml_input {
    explicit xml_input(std::string bytes) : text(std::move(bytes)), buffer(text), map(text) {}
    xml_input(const xml_input&) = delete;
    auto operator=(const xml_input&) -> xml_input& = delete;

    const std::string text;  ///< as read (a UTF-8 byte order mark removed)
    std::string buffer;      ///< the copy pugixml parsed in place
    const source_map map;
    pugi::xml_document xml;

    /// Where an element's start tag (its '<') or an attribute's name stands in the file.
    [[nodiscard]] auto position_of(const pugi::xml_node& element) const -> model::source_position {
        return map.position_of(static_cast<std::size_t>(element.name() - buffer.data()) - 1);
    }
    [[nodiscard]] auto position_of(const pugi::xml_attribute& attribute) const -> model::source_position {
        return map.position_of(static_cast<std::size_t>(attribute.name() - buffer.data()));
    }
};

/// Checks `bytes` (UTF-8, not UTF-16; no DOCTYPE, entity declarations or unknown entities) and
/// parses them with pugixml `options`, reporting problems as `file`. Nothing when the file is
/// not UTF-8 or not well-formed XML; other problems are reported and parsing goes on.
auto parse_xml_input(std::string bytes, std::string_view file, unsigned options, model::diagnostics& sink)
    -> std::unique_ptr<xml_input>;

}  // namespace folio::load
