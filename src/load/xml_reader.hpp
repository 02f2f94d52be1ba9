#pragma once

// Internal to the load stage: the state shared by the readers that turn pugixml elements into
// model nodes. Not part of the stage's public interface (load_document.hpp).

#include "load/source_map.hpp"
#include "model/diagnostics.hpp"
#include "model/document.hpp"

#include <pugixml.hpp>

#include <filesystem>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::load {

/// What an id names; references check the kind of their target.
enum class id_kind { section, paragraph, list, list_item, table, figure, callout, glossary, glossary_entry };

struct id_record {
    id_kind kind;
    model::source_position position;
    std::string title;  ///< plain text of the title, caption or term, for messages
};

/// A reference to check once the whole file is read (targets may come later in the file).
struct pending_reference {
    std::string target;
    model::source_position position;
    bool cross_reference = false;  ///< xref (typed targets) rather than a "#id" link
};

class xml_reader {
public:
    xml_reader(const char* buffer, std::string_view file, const source_map& map,
               model::diagnostics& sink, std::filesystem::path document_folder);

    // --- positions ---
    [[nodiscard]] auto position(const pugi::xml_node& node) const -> model::source_position;
    [[nodiscard]] auto position(const pugi::xml_attribute& attribute) const -> model::source_position;
    /// Where the visible text of a text node starts (its leading whitespace skipped), or the
    /// element's own position when it holds no text.
    [[nodiscard]] auto text_position(const pugi::xml_node& node) const -> model::source_position;

    // --- reporting ---
    void error(model::source_position at, std::string_view code, std::string message,
               std::string hint = {}) const;
    void warning(model::source_position at, std::string_view code, std::string message,
                 std::string hint = {}) const;
    /// Reports every attribute of `element` that is not in `allowed`.
    void check_attributes(const pugi::xml_node& element, std::initializer_list<std::string_view> allowed) const;
    /// Reports an element that may not appear where it is; `expected` lists what may.
    void reject_element(const pugi::xml_node& element, const pugi::xml_node& parent,
                        const std::vector<std::string>& expected) const;
    /// Reports non-blank text directly inside an element that holds only elements.
    void reject_text(const pugi::xml_node& text, const pugi::xml_node& parent) const;
    /// The child elements of an element that holds only elements, in order; non-blank text
    /// among them is reported (comments and processing instructions are skipped).
    [[nodiscard]] auto child_elements(const pugi::xml_node& element) const -> std::vector<pugi::xml_node>;

    // --- attribute values ---
    /// "a 'kind'", "an 'id'": a quoted name with its article.
    static auto with_article(std::string_view name) -> std::string;
    /// The hint for a missing required id: why this kind of element needs one, with an example.
    static auto why_an_id(id_kind kind) -> std::string;
    /// The attribute's value (NFC), or nothing (and a missing-attribute error) when absent.
    auto required_attribute(const pugi::xml_node& element, const char* name) const -> std::optional<std::string>;
    /// The attribute's value (NFC), or nothing when absent.
    auto optional_attribute(const pugi::xml_node& element, const char* name) const -> std::optional<std::string>;
    /// Checks a value against a closed set, reporting invalid-value with a suggestion.
    auto check_choice(const pugi::xml_attribute& attribute, const std::vector<std::string>& choices) const -> bool;
    /// Reads a `lang` attribute; returns the canonical tag, or empty when absent or invalid.
    auto language_attribute(const pugi::xml_node& element) const -> std::string;
    /// A language tag written in the content at `at`: its canonical form, or empty (and an
    /// invalid-language error) when it is not a BCP 47 tag. A valid tag not in its shortest,
    /// canonical form ("lat" for "la", "iw" for "he") is a warning naming that form.
    auto checked_language(std::string_view tag, model::source_position at) const -> std::string;
    /// Records an author id (syntax and uniqueness checked); returns it, or empty.
    auto read_id(const pugi::xml_node& element, id_kind kind, bool required) -> std::string;

    /// Checks the level of a heading about to be read (no skipped levels, none deeper than 6) and
    /// makes it the last heading seen.
    void check_heading(const pugi::xml_node& element, const std::string& id, int level);
    /// Sets the title shown in messages for an id recorded earlier.
    void set_id_title(const std::string& id, std::string title);
    void add_reference(pending_reference reference) { references_.push_back(std::move(reference)); }

    [[nodiscard]] auto ids() const -> const std::map<std::string, id_record, std::less<>>& { return ids_; }
    [[nodiscard]] auto references() const -> const std::vector<pending_reference>& { return references_; }
    [[nodiscard]] auto file() const -> std::string_view { return file_; }
    [[nodiscard]] auto document_folder() const -> const std::filesystem::path& { return folder_; }

    /// The document's language, once the metadata is read (for lang attributes that repeat it).
    std::string document_language;
    /// The level of the last heading read (the title is level 1), to catch skipped levels.
    int last_heading_level = 1;
    /// Images read so far, by real path: a file that several figures show is read once and its
    /// record shared, so editions can pack it once.
    std::map<std::filesystem::path, model::image_data> images_read;

private:
    const char* buffer_;
    std::string file_;
    const source_map& map_;
    model::diagnostics& sink_;
    std::filesystem::path folder_;
    std::map<std::string, id_record, std::less<>> ids_;
    std::vector<pending_reference> references_;
};

/// Element names as the content format spells them, for messages and suggestions.
auto element_name(const pugi::xml_node& element) -> std::string;

/// Whether a pugixml text node holds only XML whitespace.
auto is_blank(const pugi::xml_node& text) -> bool;

// --- the readers, one per part of the format ---
void read_metadata(xml_reader& reader, const pugi::xml_node& meta, model::metadata& out);
auto read_block_content(xml_reader& reader, const pugi::xml_node& parent, const std::string& parent_id,
                        int section_depth) -> model::blocks;
auto read_inline_content(xml_reader& reader, const pugi::xml_node& parent) -> model::inlines;
/// Reads one child of an inline container into `out` (text, an inline element, or an error).
void read_inline_child(xml_reader& reader, const pugi::xml_node& child, const pugi::xml_node& parent,
                       model::inlines& out);
/// Inline content that may be followed by nested lists (li) or be block content instead.
auto read_flow_content(xml_reader& reader, const pugi::xml_node& parent, const std::string& parent_id,
                       int section_depth) -> model::blocks;

}  // namespace folio::load
