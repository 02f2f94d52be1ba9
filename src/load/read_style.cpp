#include "load/read_style.hpp"

#include "load/coverage_index.hpp"
#include "load/suggestions.hpp"
#include "load/xml_input.hpp"

#include "i18n/language_tag.hpp"

#include <pugixml.hpp>

#include <charconv>
#include <functional>
#include <map>
#include <sstream>

namespace folio::load {

namespace {
namespace fs = std::filesystem;

/// Reads one style file; each setting is an attribute of a fixed element, handled by a setter.
class style_reader {
public:
    style_reader(const xml_input& input, std::string file, model::diagnostics& sink, fs::path fonts_dir)
        : input_(input), file_(std::move(file)), sink_(sink), fonts_dir_(std::move(fonts_dir)) {}

    void read(const pugi::xml_node& root, model::style& out);

private:
    using setter = std::function<bool(const std::string& value, model::style& out)>;

    auto at(const pugi::xml_node& n) const -> model::source_position { return input_.position_of(n); }
    auto at(const pugi::xml_attribute& a) const -> model::source_position { return input_.position_of(a); }
    void error(model::source_position where, std::string_view code, std::string message, std::string hint = {}) {
        sink_.error(code, file_, where, std::move(message), std::move(hint));
    }
    void read_settings(const pugi::xml_node& element, const std::map<std::string, setter>& setters, model::style& out);
    void read_fonts(const pugi::xml_node& element, model::style& out);

    const xml_input& input_;
    std::string file_;
    model::diagnostics& sink_;
    fs::path fonts_dir_;
    std::optional<std::map<std::string, code_point_ranges>> coverage_index_;  ///< read when first needed
};

auto parse_number(const std::string& text, double low, double high, double& out) -> bool {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && end == text.data() + text.size() && out >= low && out <= high;
}

auto number(double low, double high, double model::style::*field) {
    return [=](const std::string& v, model::style& s) { return parse_number(v, low, high, s.*field); };
}

auto parse_color(const std::string& text, model::color& out) -> bool {
    if (text.size() != 7 || text[0] != '#') return false;
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data() + 1, text.data() + 7, value, 16);
    if (ec != std::errc{} || end != text.data() + 7) return false;
    out = {((value >> 16U) & 0xFFU) / 255.0, ((value >> 8U) & 0xFFU) / 255.0, (value & 0xFFU) / 255.0};
    return true;
}

auto colour(model::color model::style::*field) {
    return [=](const std::string& v, model::style& s) { return parse_color(v, s.*field); };
}

void style_reader::read_settings(const pugi::xml_node& element, const std::map<std::string, setter>& setters,
                                 model::style& out) {
    for (const auto& attribute : element.attributes()) {
        const std::string name = attribute.name();
        const auto it = setters.find(name);
        if (it == setters.end()) {
            std::vector<std::string> names;
            for (const auto& [n, s] : setters) names.push_back(n);
            const auto match = closest_match(name, names);
            error(at(attribute), "unknown-attribute", "unknown setting '" + name + "' in '" + element.name() + "'",
                  match.empty() ? "'" + std::string(element.name()) + "' takes: " + join_names(names)
                                : "did you mean '" + match + "'?");
            continue;
        }
        out.positions.emplace_back(std::string(element.name()) + "." + name, at(attribute));
        if (!it->second(attribute.value(), out)) {
            error(at(attribute), "invalid-value",
                  "'" + std::string(attribute.value()) + "' is not a valid value for '" + element.name() + "." + name + "'",
                  "see docs/styles.md for the allowed values");
        }
    }
}

void style_reader::read_fonts(const pugi::xml_node& element, model::style& out) {
    for (const auto& family : element.children()) {
        if (family.type() != pugi::node_element) continue;
        if (std::string_view(family.name()) != "family") {
            error(at(family), "unknown-element", "unknown element '" + std::string(family.name()) + "' in 'fonts'",
                  "expected 'family'");
            continue;
        }
        model::font_family f;
        f.position = at(family);
        std::vector<std::pair<std::string, model::source_position>> missing_files;  // checked below
        for (const auto& attribute : family.attributes()) {
            const std::string name = attribute.name();
            const std::string value = attribute.value();
            std::string* file = name == "regular" ? &f.regular : name == "bold" ? &f.bold
                              : name == "italic" ? &f.italic : name == "bold-italic" ? &f.bold_italic : nullptr;
            if (name == "scripts") {
                std::istringstream words(value);
                for (std::string w; words >> w;) f.scripts.push_back(w);
                out.positions.emplace_back("fonts.scripts", at(attribute));
            } else if (name == "languages") {
                std::istringstream words(value);
                for (std::string w; words >> w;) {
                    const auto checked = i18n::check_language_tag(w);
                    if (!checked.valid)
                        error(at(attribute), "invalid-language", "'" + w + "' in 'languages' is not a language tag: " + checked.problem,
                              checked.suggestion.empty() ? "write BCP 47 tags separated by spaces, e.g. languages=\"ja\""
                                                         : "did you mean '" + checked.suggestion + "'?");
                    else
                        f.languages.push_back(checked.canonical);
                }
                out.positions.emplace_back("fonts.languages", at(attribute));
            } else if (name == "optional") {
                if (value != "true" && value != "false")
                    error(at(attribute), "invalid-value", "'" + value + "' is not a valid value for 'family.optional'",
                          "write optional=\"true\" or optional=\"false\"");
                f.optional = value == "true";
            } else if (file != nullptr) {
                *file = value;
                out.positions.emplace_back("fonts." + name, at(attribute));
                missing_files.emplace_back(value, at(attribute));
            } else {
                error(at(attribute), "unknown-attribute", "unknown setting '" + name + "' in 'family'",
                      "'family' takes: scripts, languages, optional, regular, bold, italic, bold-italic");
            }
        }
        if (f.scripts.empty() || f.regular.empty())
            error(f.position, "missing-attribute", "a font 'family' needs 'scripts' and 'regular'");
        std::erase_if(missing_files, [&](const auto& file) {
            std::error_code ec;
            return fs::is_regular_file(fonts_dir_ / file.first, ec);
        });
        if (!missing_files.empty() && f.optional) {
            if (!coverage_index_) coverage_index_ = read_coverage_index(fonts_dir_ / coverage_index_name, sink_);
            if (const auto known = coverage_index_->find(f.regular); known != coverage_index_->end())
                f.indexed_coverage = known->second;
            out.unfetched_fonts.push_back(std::move(f));  // `make fonts` fetches it
            continue;
        }
        for (const auto& [file, position] : missing_files)
            error(position, "missing-font", "font file '" + file + "' not found in '" + fonts_dir_.string() + "'",
                  "run 'make' (tools/fetch-fonts fills fonts/), or fix the path");
        out.fonts.push_back(std::move(f));
    }
    if (out.fonts.empty()) error(at(element), "missing-element", "'fonts' needs at least one 'family'");
}

void style_reader::read(const pugi::xml_node& root, model::style& out) {
    if (std::string_view(root.name()) != "style") {
        error(at(root), "unknown-element", "the root element is '" + std::string(root.name()) + "', not 'style'");
        return;
    }
    const auto edition = root.attribute("edition");
    if (!edition || (std::string_view(edition.value()) != "brochure" && std::string_view(edition.value()) != "large-print")) {
        error(at(root), "invalid-value", "'style' needs edition=\"brochure\" or edition=\"large-print\"");
    } else {
        out.edition = edition.value();
    }
    if (std::string_view(root.attribute("version").value()) != "1")
        error(at(root), "invalid-value", "'style' needs version=\"1\"");

    const std::map<std::string, std::map<std::string, setter>> settings = {
        {"page", {{"paper", [](const std::string& v, model::style& s) {
                       s.paper = v == "a4" ? model::paper_choice::a4 : v == "letter" ? model::paper_choice::letter : model::paper_choice::locale;
                       return v == "a4" || v == "letter" || v == "locale";
                   }},
                  {"margin-top", number(18, 144, &model::style::margin_top)},
                  {"margin-bottom", number(18, 144, &model::style::margin_bottom)},
                  {"margin-left", number(18, 144, &model::style::margin_left)},
                  {"margin-right", number(18, 144, &model::style::margin_right)},
                  {"columns", [](const std::string& v, model::style& s) {
                       s.columns = v == "1" ? 1 : v == "2" ? 2 : v == "3" ? 3 : 0;
                       return s.columns > 0;
                   }},
                  {"column-gap", number(6, 72, &model::style::column_gap)}}},
        {"body", {{"size", number(6, 48, &model::style::body_size)},
                  {"leading", number(1, 3, &model::style::leading)},
                  {"color", colour(&model::style::text_color)},
                  {"align", [](const std::string& v, model::style& s) {
                       s.align = v == "justify" ? model::alignment::justify : model::alignment::left;
                       return v == "justify" || v == "left";
                   }},
                  {"hyphenate", [](const std::string& v, model::style& s) {
                       s.hyphenate = v == "true";
                       return v == "true" || v == "false";
                   }},
                  {"emphasis", [](const std::string& v, model::style& s) {
                       s.emphasis = v == "bold" ? model::emphasis_style::bold : model::emphasis_style::italic;
                       return v == "bold" || v == "italic";
                   }},
                  {"paragraph-space", number(0, 72, &model::style::paragraph_space)}}},
        {"headings", {{"sizes", [](const std::string& v, model::style& s) {
                           std::istringstream words(v);
                           std::size_t i = 0;
                           for (std::string w; words >> w; ++i)
                               if (i >= 6 || !parse_number(w, 6, 72, s.heading_sizes.at(i))) return false;
                           return i == 6;
                       }},
                      {"color", colour(&model::style::heading_color)},
                      {"space-before", number(0, 72, &model::style::heading_space_before)},
                      {"space-after", number(0, 72, &model::style::heading_space_after)}}},
        {"small", {{"size", number(6, 48, &model::style::small_size)}, {"color", colour(&model::style::muted_color)}}},
        {"lists", {{"indent", number(6, 72, &model::style::list_indent)}}},
        {"tables", {{"padding", number(0, 24, &model::style::table_padding)},
                    {"header-fill", colour(&model::style::table_header_fill)},
                    {"rule", colour(&model::style::rule_color)}}},
        {"callouts", {{"tip", [](const std::string& v, model::style& s) { return parse_color(v, s.callout_fill[0]); }},
                      {"warning", [](const std::string& v, model::style& s) { return parse_color(v, s.callout_fill[1]); }},
                      {"ask-your-care-team", [](const std::string& v, model::style& s) { return parse_color(v, s.callout_fill[2]); }},
                      {"border", colour(&model::style::callout_border)}}},
    };
    bool has_fonts = false;
    for (const auto& child : root.children()) {
        if (child.type() != pugi::node_element) continue;
        const std::string name = child.name();
        if (name == "fonts") {
            has_fonts = true;
            read_fonts(child, out);
        } else if (const auto it = settings.find(name); it != settings.end()) {
            read_settings(child, it->second, out);
        } else {
            std::vector<std::string> names{"fonts"};
            for (const auto& [n, s] : settings) names.push_back(n);
            const auto match = closest_match(name, names);
            error(at(child), "unknown-element", "unknown element '" + name + "' in 'style'",
                  match.empty() ? "expected one of: " + join_names(names) : "did you mean '" + match + "'?");
        }
    }
    if (!has_fonts) error(at(root), "missing-element", "the style has no 'fonts'");
}
}  // namespace

auto read_style(const fs::path& file, const fs::path& fonts_dir, model::diagnostics& sink) -> std::optional<model::style> {
    auto bytes = read_file_bytes(file, sink);
    if (!bytes) return std::nullopt;
    return read_style_from_bytes(std::move(*bytes), file, fonts_dir, sink);
}

auto read_style_from_bytes(std::string bytes, const fs::path& file, const fs::path& fonts_dir, model::diagnostics& sink)
    -> std::optional<model::style> {
    const auto input = parse_xml_input(std::move(bytes), file.string(), pugi::parse_default, sink);
    if (!input) return std::nullopt;
    model::style style;
    style.file = file.string();
    style_reader reader(*input, file.string(), sink, fonts_dir);
    reader.read(input->xml.document_element(), style);
    if (style.edition == "large-print") check_large_print_rules(style, sink);
    return style;
}

void check_large_print_rules(const model::style& style, model::diagnostics& sink) {
    auto rule = [&](bool ok, const std::string& setting, const std::string& message, const std::string& hint) {
        if (!ok) sink.error("large-print-rule", style.file, style.position_of(setting), message, hint);
    };
    rule(style.body_size >= 18, "body.size", "large-print body text must be at least 18 pt",
         "UKAAF and ACB ask for 18 pt body text; set body size=\"18\" or more");
    rule(style.small_size >= 16, "small.size", "large-print captions, footers and page numbers must be at least 16 pt",
         "no text in a large-print edition is smaller than 16 pt; set small size=\"16\" or more");
    for (std::size_t level = 0; level < style.heading_sizes.size(); ++level)
        rule(style.heading_sizes.at(level) >= style.body_size, "headings.sizes",
             "large-print heading level " + std::to_string(level + 1) + " is smaller than the body text",
             "headings are bold and at least as large as the body (ACB: 22 and 20 pt)");
    rule(style.emphasis == model::emphasis_style::bold, "body.emphasis", "large print uses no italics",
         "set body emphasis=\"bold\": emphasis becomes bold");
    for (const auto& family : style.fonts)
        rule(family.italic.empty() && family.bold_italic.empty(), "fonts.italic", "large print uses no italic faces",
             "remove italic and bold-italic from the font families");
    rule(style.align == model::alignment::left, "body.align", "large print is left-aligned, ragged right",
         "set body align=\"left\"");
    rule(!style.hyphenate, "body.hyphenate", "large print splits no words", "set body hyphenate=\"false\"");
    rule(style.columns == 1, "page.columns", "large print has one column", "set page columns=\"1\"");
    rule(style.leading >= 1.15, "body.leading", "large-print line spacing must be at least 1.15",
         "set body leading=\"1.3\" or more (RNIB suggests 1.5)");
}

}  // namespace folio::load
