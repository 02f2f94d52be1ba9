#include "load/xml_reader.hpp"

#include "model/title_block_ids.hpp"
#include "i18n/language_tag.hpp"
#include "i18n/unicode_text.hpp"
#include "load/suggestions.hpp"

#include <algorithm>
#include <cctype>

namespace folio::load {

xml_reader::xml_reader(const char* buffer, std::string_view file, const source_map& map,
                       model::diagnostics& sink, std::filesystem::path document_folder)
    : buffer_(buffer), file_(file), map_(map), sink_(sink), folder_(std::move(document_folder)) {}

auto xml_reader::position(const pugi::xml_node& node) const -> model::source_position {
    // The document is parsed in place, so names and values point into the buffer. For an
    // element, point at its '<' rather than at its name.
    if (node.type() == pugi::node_element) {
        const auto offset = static_cast<std::size_t>(node.name() - buffer_);
        return map_.position_of(offset > 0 ? offset - 1 : 0);
    }
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        return map_.position_of(static_cast<std::size_t>(node.value() - buffer_));
    }
    return map_.position_of(static_cast<std::size_t>(node.offset_debug()));
}

auto xml_reader::text_position(const pugi::xml_node& node) const -> model::source_position {
    pugi::xml_node text = node;
    if (node.type() == pugi::node_element) {
        text = node.first_child();
        if (!text || (text.type() != pugi::node_pcdata && text.type() != pugi::node_cdata)) return position(node);
    }
    // Skip whitespace in the text as read: in-place parsing has already folded "\r\n" in the
    // buffer, which would shift the column.
    const std::string_view original = map_.text();
    auto offset = static_cast<std::size_t>(text.value() - buffer_);
    while (offset < original.size() &&
           (original[offset] == ' ' || original[offset] == '\t' || original[offset] == '\n' || original[offset] == '\r'))
        ++offset;
    return map_.position_of(offset);
}

auto xml_reader::position(const pugi::xml_attribute& attribute) const -> model::source_position {
    return map_.position_of(static_cast<std::size_t>(attribute.name() - buffer_));
}

void xml_reader::error(model::source_position at, std::string_view code, std::string message,
                       std::string hint) const {
    sink_.error(code, file_, at, std::move(message), std::move(hint));
}

void xml_reader::warning(model::source_position at, std::string_view code, std::string message,
                         std::string hint) const {
    sink_.warning(code, file_, at, std::move(message), std::move(hint));
}

auto element_name(const pugi::xml_node& element) -> std::string { return element.name(); }

auto is_blank(const pugi::xml_node& text) -> bool {
    for (const char* p = text.value(); *p != '\0'; ++p)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') return false;
    return true;
}

void xml_reader::check_attributes(const pugi::xml_node& element,
                                  std::initializer_list<std::string_view> allowed) const {
    for (const auto& attribute : element.attributes()) {
        const std::string_view name = attribute.name();
        bool known = false;
        for (const auto a : allowed) known = known || a == name;
        if (known) continue;
        std::vector<std::string> names(allowed.begin(), allowed.end());
        std::string hint;
        if (name == "xml:lang" && !names.empty() && std::find(names.begin(), names.end(), "lang") != names.end()) {
            hint = "Folio uses 'lang', as HTML does";
        } else if (const auto match = closest_match(name, names); !match.empty()) {
            hint = "did you mean '" + match + "'?";
        } else if (names.empty()) {
            hint = "'" + element_name(element) + "' takes no attributes";
        } else {
            hint = "'" + element_name(element) + "' takes: " + join_names(names);
        }
        error(position(attribute), "unknown-attribute",
              "unknown attribute '" + std::string(name) + "' on '" + element_name(element) + "'", hint);
    }
}

void xml_reader::reject_element(const pugi::xml_node& element, const pugi::xml_node& parent,
                                const std::vector<std::string>& expected) const {
    static const std::vector<std::string> vocabulary = {
        "document", "meta", "body", "title", "subtitle", "language", "identifier", "publisher",
        "author", "expert", "name", "credentials", "affiliation", "disclosure", "published",
        "last-reviewed", "keywords", "keyword", "translation", "sample", "source", "section", "p",
        "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "image",
        "callout", "glossary", "entry", "term", "definition", "page-break", "em", "strong", "a",
        "abbr", "span", "xref", "br"};
    const std::string name = element_name(element);
    const bool known = std::find(vocabulary.begin(), vocabulary.end(), name) != vocabulary.end();
    std::string hint = expected.empty() ? "'" + element_name(parent) + "' holds text only"
                                        : "expected one of: " + join_names(expected);
    if (!known) {
        if (const auto match = closest_match(name, vocabulary); !match.empty())
            hint = "did you mean '" + match + "'? " + hint;
        error(position(element), "unknown-element",
              "unknown element '" + name + "' in '" + element_name(parent) + "'", hint);
    } else if (name == "title" && (element_name(parent) == "section" || element_name(parent) == "callout" ||
                                   element_name(parent) == "glossary")) {
        // A title is allowed there, as the first child: say that, not that it is not allowed.
        error(position(element), "misplaced-element", "'title' must come first in '" + element_name(parent) + "'",
              "move it before the " + element_name(parent) + "'s content (one title only)");
    } else {
        error(position(element), "misplaced-element",
              "'" + name + "' is not allowed in '" + element_name(parent) + "'", hint);
    }
}

void xml_reader::reject_text(const pugi::xml_node& text, const pugi::xml_node& parent) const {
    error(text_position(text), "misplaced-text", "text is not allowed directly in '" + element_name(parent) + "'",
          "wrap it in a 'p' element");
}

auto xml_reader::child_elements(const pugi::xml_node& element) const -> std::vector<pugi::xml_node> {
    std::vector<pugi::xml_node> out;
    for (const auto& child : element.children()) {
        if (child.type() == pugi::node_element) out.push_back(child);
        else if ((child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) && !is_blank(child))
            reject_text(child, element);
    }
    return out;
}

auto xml_reader::optional_attribute(const pugi::xml_node& element, const char* name) const
    -> std::optional<std::string> {
    const auto attribute = element.attribute(name);
    if (!attribute) return std::nullopt;
    return i18n::normalize_nfc(attribute.value());
}

auto xml_reader::required_attribute(const pugi::xml_node& element, const char* name) const
    -> std::optional<std::string> {
    auto value = optional_attribute(element, name);
    if (!value) {
        error(position(element), "missing-attribute",
              "'" + element_name(element) + "' needs " + with_article(name) + " attribute");
    }
    return value;
}

auto xml_reader::check_choice(const pugi::xml_attribute& attribute,
                              const std::vector<std::string>& choices) const -> bool {
    const std::string value = attribute.value();
    if (std::find(choices.begin(), choices.end(), value) != choices.end()) return true;
    // A flag with one value ("true") is written or left out; a choice names its values.
    std::string hint = choices.size() == 1 ? "write " + std::string(attribute.name()) + "=\"" + choices.front() + "\", or leave the attribute out"
                                           : "use one of: " + join_names(choices);
    if (const auto match = closest_match(value, choices); !match.empty())
        hint = "did you mean '" + match + "'?";
    error(position(attribute), "invalid-value",
          "'" + value + "' is not a valid value for '" + attribute.name() + "'", hint);
    return false;
}

auto xml_reader::language_attribute(const pugi::xml_node& element) const -> std::string {
    const auto attribute = element.attribute("lang");
    if (!attribute) return {};
    return checked_language(attribute.value(), position(attribute));
}

auto xml_reader::checked_language(std::string_view tag, model::source_position at) const -> std::string {
    const std::string text(tag);
    const auto check = i18n::check_language_tag(text);
    if (!check.valid) {
        error(at, "invalid-language", "invalid language tag '" + text + "': " + check.problem,
              check.suggestion.empty() ? "use a BCP 47 tag such as 'en', 'es-MX' or 'zh-Hans'"
                                       : "did you mean '" + check.suggestion + "'?");
        return {};
    }
    // Case is not a difference (BCP 47 tags are case-insensitive: "zh-hans" is "zh-Hans"); a
    // longer code or a retired one is: screen readers and search engines look for the short one.
    if (!i18n::same_language(text, check.canonical))
        warning(at, "non-canonical-language", "language tag '" + text + "' is written '" + check.canonical + "' in BCP 47",
                "write '" + check.canonical + "', BCP 47's form of this tag (the shortest code for a language, and the "
                "current one for a language whose code was replaced)");
    return check.canonical;
}

auto xml_reader::why_an_id(id_kind kind) -> std::string {
    // Sections, tables, figures and glossary entries are what cross-references point to, and what a
    // translation is matched with its original by: their ids must be the author's, stable.
    const char* example = kind == id_kind::section ? "side-effects" : kind == id_kind::table ? "dose-table"
                        : kind == id_kind::figure  ? "t-cell-diagram" : "term-antigen";
    return std::string("give it an id such as id=\"") + example +
           "\" (letters, digits, '-' and '_'): cross-references (<xref to=\"…\"/>) point to it by id, and each "
           "translation's parts are matched with the original's by id, so it is needed even where nothing links to it";
}

auto xml_reader::with_article(std::string_view name) -> std::string {
    const bool vowel = !name.empty() && std::string_view("aeiouAEIOU").find(name.front()) != std::string_view::npos;
    return (vowel ? "an '" : "a '") + std::string(name) + "'";
}

auto xml_reader::read_id(const pugi::xml_node& element, id_kind kind, bool required) -> std::string {
    const auto attribute = element.attribute("id");
    if (!attribute) {
        if (required)
            error(position(element), "missing-attribute", "'" + element_name(element) + "' needs an 'id' attribute",
                  why_an_id(kind));
        return {};
    }
    const std::string id = attribute.value();
    const auto at = position(attribute);
    bool well_formed = !id.empty() && std::isalpha(static_cast<unsigned char>(id[0])) != 0;
    for (const char c : id)
        well_formed = well_formed && (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_');
    if (!well_formed) {
        error(at, "invalid-id", "invalid id '" + id + "'",
              "ids start with an ASCII letter and hold only ASCII letters, digits, '-' and '_'");
        return {};
    }
    if (model::is_title_block_id(id)) {
        error(at, "reserved-id", "the id '" + id + "' is reserved for the title block",
              "choose another id, e.g. '" + id + "-section'; 'title', 'subtitle' and 'meta' name the title block in every edition");
        return {};
    }
    if (const auto it = ids_.find(id); it != ids_.end()) {
        const auto& first = it->second.position;
        error(at, "duplicate-id", "duplicate id '" + id + "'",
              "it is first used at line " + std::to_string(first.line) + ", column " +
                  std::to_string(first.column) + "; ids must be unique in a file");
        return {};
    }
    ids_.emplace(id, id_record{kind, at, {}});
    return id;
}

void xml_reader::check_heading(const pugi::xml_node& element, const std::string& id, int level) {
    constexpr int deepest_heading_level = 6;
    if (level > deepest_heading_level) {
        error(position(element), "section-too-deep",
              "'" + id + "' would have a level-" + std::to_string(level) + " heading; headings go no deeper than level 6",
              "flatten the outline, or turn the deepest sections into lists");
    } else if (level > last_heading_level + 1) {
        error(position(element), "heading-skip",
              "'" + id + "' has a level-" + std::to_string(level) + " heading right after a level-" +
                  std::to_string(last_heading_level) + " heading",
              "give the section around it a title, or move it up a level");
    }
    last_heading_level = level;
}

void xml_reader::set_id_title(const std::string& id, std::string title) {
    if (auto it = ids_.find(id); it != ids_.end()) it->second.title = std::move(title);
}

}  // namespace folio::load
