#include "load/read_braille_style.hpp"

#include "load/suggestions.hpp"
#include "load/xml_input.hpp"

#include "i18n/language_tag.hpp"

#include <pugixml.hpp>

#include <charconv>
#include <type_traits>
#include <vector>

namespace folio::load {

namespace {
namespace fs = std::filesystem;

/// Reads one braille style: `page` (cells, lines) and `grades` (a `language` per language).
class braille_style_reader {
public:
    braille_style_reader(const xml_input& input, std::string file, const braille_table_check& has_table,
                         model::diagnostics& sink)
        : input_(input), file_(std::move(file)), has_table_(has_table), sink_(sink) {}

    void read(const pugi::xml_node& root, model::braille_style& out) {
        if (std::string_view(root.name()) != "style") {
            error(input_.position_of(root), "unknown-element", "the root element is '" + std::string(root.name()) + "', not 'style'",
                  "a braille style starts <style version=\"1\" edition=\"braille\"> (docs/styles.md)");
            return;
        }
        if (std::string_view(root.attribute("edition").value()) != "braille")
            error(input_.position_of(root), "invalid-value", "'style' needs edition=\"braille\" in the braille style",
                  "styles/braille.xml is for the braille editions; brochure.xml and large-print.xml are the print styles");
        if (std::string_view(root.attribute("version").value()) != "1")
            error(input_.position_of(root), "invalid-value", "'style' needs version=\"1\"");
        for (const auto& child : root.children()) {
            if (child.type() != pugi::node_element) continue;
            const std::string_view name = child.name();
            if (name == "page") read_page(child, out);
            else if (name == "grades") read_grades(child, out);
            else unknown(child, "style", {"page", "grades"});
        }
    }

private:
    void error(model::source_position where, std::string_view code, std::string message, std::string hint = {}) {
        sink_.error(code, file_, where, std::move(message), std::move(hint));
    }

    /// An element or attribute the format does not have, with the likely one it stands for.
    template <typename Node>
    void unknown(const Node& node, std::string_view parent, const std::vector<std::string>& names) {
        constexpr bool is_element = std::is_same_v<Node, pugi::xml_node>;
        const std::string name = node.name();
        const auto match = closest_match(name, names);
        error(input_.position_of(node), is_element ? "unknown-element" : "unknown-attribute",
              std::string(is_element ? "unknown element '" : "unknown setting '") + name + "' in '" + std::string(parent) + "'",
              match.empty() ? "'" + std::string(parent) + "' takes: " + join_names(names) : "did you mean '" + match + "'?");
    }

    /// A size in cells or lines, within what embossers and the layout allow.
    void read_size(const pugi::xml_attribute& attribute, std::size_t low, std::size_t high, std::string_view unit,
                   std::string_view why, std::size_t& out) {
        const std::string_view text = attribute.value();
        std::size_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        const std::string range = "write a whole number from " + std::to_string(low) + " to " + std::to_string(high);
        if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) {
            error(input_.position_of(attribute), "invalid-value",
                  "'" + std::string(text) + "' is not a number of " + std::string(unit) + " for 'page." + attribute.name() + "'",
                  range + " (the common braille page is 40 cells by 25 lines)");
        } else if (value < low || value > high) {
            error(input_.position_of(attribute), "invalid-value",
                  std::string(text) + " " + std::string(unit) + " is outside what 'page." + attribute.name() + "' allows",
                  range + ": " + std::string(why));
        } else {
            out = value;
        }
    }

    void read_page(const pugi::xml_node& page, model::braille_style& out) {
        for (const auto& attribute : page.attributes()) {
            const std::string_view name = attribute.name();
            if (name == "cells")
                read_size(attribute, min_braille_cells, max_braille_cells, "cells",
                          "embossers take up to 100 cells a line, and the layout's indents (up to 6 cells) need 20", out.cells);
            else if (name == "lines")
                read_size(attribute, min_braille_lines, max_braille_lines, "lines",
                          "embossers take pages of 10 to 100 lines", out.lines);
            else
                unknown(attribute, "page", {"cells", "lines"});
        }
    }

    void read_grades(const pugi::xml_node& grades, model::braille_style& out) {
        for (const auto& language : grades.children()) {
            if (language.type() != pugi::node_element) continue;
            if (std::string_view(language.name()) != "language") {
                unknown(language, "grades", {"language"});
                continue;
            }
            for (const auto& attribute : language.attributes())
                if (std::string_view name = attribute.name(); name != "lang" && name != "grade")
                    unknown(attribute, "language", {"lang", "grade"});
            const auto lang = language.attribute("lang");
            const auto grade = language.attribute("grade");
            if (!lang || !grade) {
                error(input_.position_of(language), "missing-attribute", "a 'language' in 'grades' needs 'lang' and 'grade'",
                      "e.g. <language lang=\"en\" grade=\"2\"/>");
                continue;
            }
            const auto primary = primary_language(lang);
            const auto number = grade_of(grade);
            if (primary.empty() || number == 0) continue;
            if (out.grades.contains(primary)) {
                error(input_.position_of(lang), "invalid-value", "the grade of '" + primary + "' is given twice",
                      "keep one 'language' for '" + primary + "'");
                continue;
            }
            if (!has_table_(primary, number)) {
                error(input_.position_of(grade), "no-braille-table",
                      "liblouis has no grade " + std::to_string(number) + " table for '" + primary + "'", no_table_hint(primary, number));
                continue;
            }
            out.grades.emplace(primary, number);
        }
    }

    /// The language's primary subtag, or empty (an error said) when `lang` is not one.
    auto primary_language(const pugi::xml_attribute& lang) -> std::string {
        const auto checked = i18n::check_language_tag(lang.value());
        if (!checked.valid) {
            error(input_.position_of(lang), "invalid-language",
                  "'" + std::string(lang.value()) + "' is not a language tag: " + checked.problem,
                  checked.suggestion.empty() ? "write a language's primary subtag, e.g. lang=\"en\""
                                             : "did you mean '" + checked.suggestion + "'?");
            return {};
        }
        // A grade is a language's braille code, the same for all its regions and scripts.
        const auto primary = checked.canonical.substr(0, checked.canonical.find('-'));
        if (primary != checked.canonical) {
            error(input_.position_of(lang), "invalid-value",
                  "a grade is given for a whole language: '" + checked.canonical + "' names one variety of '" + primary + "'",
                  "write lang=\"" + primary + "\"");
            return {};
        }
        return primary;
    }

    /// 1 or 2, or 0 (an error said).
    auto grade_of(const pugi::xml_attribute& grade) -> int {
        const std::string_view value = grade.value();
        if (value == "1") return 1;
        if (value == "2") return 2;
        error(input_.position_of(grade), "invalid-value", "'" + std::string(value) + "' is not a braille grade",
              "write grade=\"1\" (uncontracted) or grade=\"2\" (contracted)");
        return 0;
    }

    auto no_table_hint(const std::string& language, int grade) const -> std::string {
        const int other = grade == 1 ? 2 : 1;
        if (has_table_(language, other))
            return "write grade=\"" + std::to_string(other) + "\": liblouis has only that grade for '" + language + "'";
        return "remove this 'language': liblouis has no braille table for '" + language + "' at all";
    }

    const xml_input& input_;
    std::string file_;
    const braille_table_check& has_table_;
    model::diagnostics& sink_;
};
}  // namespace

auto read_braille_style(const fs::path& file, const braille_table_check& has_table, model::diagnostics& sink)
    -> std::optional<model::braille_style> {
    auto bytes = read_file_bytes(file, sink);
    if (!bytes) return std::nullopt;
    return read_braille_style_from_bytes(std::move(*bytes), file, has_table, sink);
}

auto read_braille_style_from_bytes(std::string bytes, const fs::path& file, const braille_table_check& has_table,
                                   model::diagnostics& sink) -> std::optional<model::braille_style> {
    const auto input = parse_xml_input(std::move(bytes), file.string(), pugi::parse_default, sink);
    if (!input) return std::nullopt;
    model::braille_style style;
    style.file = file.string();
    braille_style_reader(*input, file.string(), has_table, sink).read(input->xml.document_element(), style);
    return style;
}

}  // namespace folio::load
