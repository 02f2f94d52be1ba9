#include "load/xml_reader.hpp"

#include "i18n/list_counter.hpp"
#include "load/image_checks.hpp"
#include "load/whitespace.hpp"

#include <algorithm>
#include <iterator>
#include <map>

namespace folio::load {

namespace {
const std::vector<std::string> block_elements = {"section", "p", "ul", "ol", "table", "figure",
                                                 "callout", "glossary", "page-break"};

/// Inline content of a block-level text element (p, title, caption, cell, term), whitespace
/// collapsed.
auto read_text(xml_reader& reader, const pugi::xml_node& element) -> model::inlines {
    auto run = read_inline_content(reader, element);
    collapse_inline_whitespace(run);
    return run;
}

/// Gives a block without an author id one derived from its place, e.g. "side-effects.p2".
class id_generator {
public:
    explicit id_generator(std::string parent) : parent_(std::move(parent)) {}
    auto next(const std::string& kind) -> std::string {
        return parent_ + "." + kind + std::to_string(++counts_[kind]);
    }

private:
    std::string parent_;
    std::map<std::string, int> counts_;
};

/// Reads the optional leading <title> of a container; any later <title> is misplaced.
auto read_leading_title(xml_reader& reader, const pugi::xml_node& element) -> model::inlines {
    const auto first = element.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; });
    if (first && std::string_view(first.name()) == "title") {
        reader.check_attributes(first, {});
        return read_text(reader, first);
    }
    return {};
}

auto is_leading_title(const pugi::xml_node& child) -> bool {
    if (std::string_view(child.name()) != "title") return false;
    for (auto n = child.previous_sibling(); n; n = n.previous_sibling())
        if (n.type() == pugi::node_element) return false;
    return true;
}

auto read_list(xml_reader& reader, const pugi::xml_node& element, const std::string& id,
               int section_depth) -> model::list {
    model::list list;
    list.ordered = std::string_view(element.name()) == "ol";
    if (list.ordered) {
        reader.check_attributes(element, {"id", "lang", "start", "numbering"});
        if (const auto numbering = element.attribute("numbering")) {
            // The names of CSS's list-style-type values, which authors may know already.
            static const std::vector<std::pair<std::string, model::list_numbering>> styles = {
                {"decimal", model::list_numbering::decimal},         {"lower-alpha", model::list_numbering::lower_alpha},
                {"upper-alpha", model::list_numbering::upper_alpha}, {"lower-roman", model::list_numbering::lower_roman},
                {"upper-roman", model::list_numbering::upper_roman}, {"none", model::list_numbering::none}};
            std::vector<std::string> names;
            for (const auto& s : styles) names.push_back(s.first);
            if (reader.check_choice(numbering, names))
                for (const auto& s : styles)
                    if (s.first == numbering.value()) list.numbering = s.second;
        }
        if (const auto start = element.attribute("start")) {
            const std::string value = start.value();
            const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
            const auto significant = value.find_first_not_of('0');
            // Numbers up to a million: enough for any list, and every label fits a line.
            constexpr int largest_start = 1'000'000;
            if (!digits || significant == std::string::npos) {
                reader.error(reader.position(start), "invalid-value",
                             "list start '" + value + "' is not a positive whole number", "write start=\"1\" or more");
            } else if (value.size() - significant > 7 || std::stoi(value.substr(significant)) > largest_start) {
                reader.error(reader.position(start), "invalid-value",
                             "list start '" + value + "' is too large: lists may start at 1 to 1000000",
                             "write a smaller start; docs/robustness.md lists Folio's limits");
            } else {
                list.start = std::stoi(value.substr(significant));
            }
        }
    } else {
        reader.check_attributes(element, {"id", "lang"});
    }
    id_generator ids(id);
    for (const auto& child : reader.child_elements(element)) {
        if (std::string_view(child.name()) == "li") {
            reader.check_attributes(child, {"id"});
            model::list_item item;
            item.position = reader.position(child);
            item.id = reader.read_id(child, id_kind::list_item, false);
            if (item.id.empty()) item.id = ids.next("li");
            item.content = read_flow_content(reader, child, item.id, section_depth);
            list.items.push_back(std::move(item));
        } else {
            reader.reject_element(child, element, {"li"});
        }
    }
    if (list.items.empty()) {
        reader.error(reader.position(element), "missing-element",
                     "'" + element_name(element) + "' needs at least one 'li'", "write each item as <li>…</li>");
    }
    const auto last = static_cast<long long>(list.start) + static_cast<long long>(list.items.size()) - 1;
    if (list.ordered && last > i18n::largest_list_counter(list.numbering)) {
        const auto where = element.attribute("start") ? reader.position(element.attribute("start")) : reader.position(element);
        reader.error(where, "invalid-value",
                     "this list's last number, " + std::to_string(last) + ", cannot be written in Roman numerals (they stop at " +
                         std::to_string(i18n::largest_list_counter(list.numbering)) + ")",
                     "start the list lower, split it, or write numbering=\"decimal\"");
    }
    return list;
}

auto read_row(xml_reader& reader, const pugi::xml_node& tr) -> model::table_row {
    reader.check_attributes(tr, {});
    model::table_row row;
    row.position = reader.position(tr);
    for (const auto& child : reader.child_elements(tr)) {
        const std::string_view name = child.name();
        if (name == "th" || name == "td") {
            model::table_cell cell;
            cell.position = reader.position(child);
            if (name == "th") {
                reader.check_attributes(child, {"scope"});
                if (const auto scope = child.attribute("scope")) {
                    if (reader.check_choice(scope, {"col", "row"}))
                        cell.scope = std::string_view(scope.value()) == "col" ? model::header_scope::column
                                                                              : model::header_scope::row;
                    else
                        cell.scope = model::header_scope::column;
                } else {
                    reader.error(cell.position, "missing-attribute",
                                 "header cell 'th' needs a 'scope' attribute",
                                 "use scope=\"col\" for a column header, scope=\"row\" for a row header");
                    cell.scope = model::header_scope::column;
                }
            } else {
                reader.check_attributes(child, {});
            }
            cell.content = read_text(reader, child);
            row.cells.push_back(std::move(cell));
        } else {
            reader.reject_element(child, tr, {"th", "td"});
        }
    }
    return row;
}

auto read_rows(xml_reader& reader, const pugi::xml_node& group) -> std::vector<model::table_row> {
    reader.check_attributes(group, {});
    std::vector<model::table_row> rows;
    for (const auto& child : reader.child_elements(group)) {
        if (std::string_view(child.name()) == "tr") rows.push_back(read_row(reader, child));
        else reader.reject_element(child, group, {"tr"});
    }
    if (rows.empty())
        reader.error(reader.position(group), "missing-element", "'" + element_name(group) + "' needs at least one 'tr'",
                     "write each row as <tr> with its cells: <th scope=\"col\"> for a column's name, <td> for data");
    return rows;
}

auto read_table(xml_reader& reader, const pugi::xml_node& element, const std::string& id) -> model::table {
    reader.check_attributes(element, {"id", "lang"});
    model::table table;
    bool has_caption = false;
    bool has_body = false;
    for (const auto& child : reader.child_elements(element)) {
        const std::string_view name = child.name();
        if (name == "caption" && !has_caption && table.head.empty() && !has_body) {
            reader.check_attributes(child, {});
            table.caption = read_text(reader, child);
            has_caption = true;
        } else if (name == "thead" && table.head.empty() && !has_body) {
            table.head = read_rows(reader, child);
        } else if (name == "tbody" && !has_body) {
            table.body = read_rows(reader, child);
            has_body = true;
        } else {
            reader.reject_element(child, element, {"caption", "thead", "tbody"});
        }
    }
    if (!has_caption)
        reader.error(reader.position(element), "missing-element", "this table needs a 'caption'",
                     "a caption tells every reader what the table shows before they read it");
    if (!has_body)
        reader.error(reader.position(element), "missing-element", "this table needs a 'tbody'",
                     "put its data rows in <tbody><tr><td>…</td></tr></tbody>, after the caption and the header rows");
    const auto columns = table.column_count();
    for (const auto* rows : {&table.head, &table.body})
        for (const auto& row : *rows)
            if (row.cells.size() != columns)
                reader.warning(row.position, "ragged-table",
                               "this row has " + std::to_string(row.cells.size()) + (row.cells.size() == 1 ? " cell" : " cells") + " but table '" + id +
                                   "' has " + std::to_string(columns) + " columns",
                               "give every row the same number of cells");
    reader.set_id_title(id, model::plain_text(table.caption));
    return table;
}

auto read_figure(xml_reader& reader, const pugi::xml_node& element, const std::string& id) -> model::figure {
    reader.check_attributes(element, {"id"});
    model::figure figure;
    bool has_image = false;
    bool has_caption = false;
    for (const auto& child : reader.child_elements(element)) {
        const std::string_view name = child.name();
        if (name == "image" && !has_image && !has_caption) {
            has_image = true;
            reader.check_attributes(child, {"src", "alt", "decorative"});
            for (const auto& inner : child.children()) {
                if (inner.type() == pugi::node_element) reader.reject_element(inner, child, {});
                else if (!is_blank(inner)) reader.reject_text(inner, child);
            }
            read_image(reader, child, id, figure);
        } else if (name == "caption" && !has_caption) {
            reader.check_attributes(child, {});
            figure.caption = read_text(reader, child);
            has_caption = true;
        } else {
            reader.reject_element(child, element, {"image", "caption"});
        }
    }
    if (!has_image)
        reader.error(reader.position(element), "missing-element", "this figure needs an 'image'",
                     "add <image src=\"images/name.png\" alt=\"what the image shows\"/> (PNG or JPEG, in the document's folder)");
    reader.set_id_title(id, model::plain_text(figure.caption));
    return figure;
}

auto read_callout(xml_reader& reader, const pugi::xml_node& element, const std::string& id,
                  int section_depth) -> model::callout {
    reader.check_attributes(element, {"id", "kind"});
    model::callout callout;
    if (const auto kind = element.attribute("kind")) {
        if (reader.check_choice(kind, {"tip", "warning", "ask-your-care-team"})) {
            const std::string_view k = kind.value();
            callout.kind = k == "tip" ? model::callout_kind::tip
                         : k == "warning" ? model::callout_kind::warning
                                          : model::callout_kind::ask_your_care_team;
        }
    } else {
        reader.error(reader.position(element), "missing-attribute", "'callout' needs a 'kind' attribute",
                     "use kind=\"tip\", \"warning\" or \"ask-your-care-team\"");
    }
    callout.title = read_leading_title(reader, element);
    callout.content = read_block_content(reader, element, id, section_depth);
    if (callout.content.empty())
        reader.error(reader.position(element), "missing-element", "this callout has no content",
                     "add at least one paragraph after its title: <p>…</p>");
    return callout;
}

auto read_glossary(xml_reader& reader, const pugi::xml_node& element, const std::string& id,
                   int section_depth) -> model::glossary {
    reader.check_attributes(element, {"id"});
    model::glossary glossary;
    glossary.level = section_depth + 2;
    glossary.title = read_leading_title(reader, element);
    if (!glossary.title.empty()) reader.check_heading(element, id, glossary.level);
    for (const auto& child : reader.child_elements(element)) {
        const std::string_view name = child.name();
        if (name == "title" && is_leading_title(child)) continue;
        if (name != "entry") {
            reader.reject_element(child, element, {"entry"});
            continue;
        }
        reader.check_attributes(child, {"id"});
        model::glossary_entry entry;
        entry.position = reader.position(child);
        entry.id = reader.read_id(child, id_kind::glossary_entry, true);
        bool has_term = false;
        bool has_definition = false;
        for (const auto& part : reader.child_elements(child)) {
            const std::string_view part_name = part.name();
            if (part_name == "term" && !has_term && !has_definition) {
                reader.check_attributes(part, {});
                entry.term = read_text(reader, part);
                has_term = true;
            } else if (part_name == "definition" && has_term && !has_definition) {
                reader.check_attributes(part, {});
                entry.definition = read_flow_content(reader, part, entry.id.empty() ? id : entry.id, section_depth);
                has_definition = true;
            } else {
                reader.reject_element(part, child, has_term ? std::vector<std::string>{"definition"}
                                                            : std::vector<std::string>{"term"});
            }
        }
        if (!has_term || !has_definition)
            reader.error(entry.position, "missing-element",
                         "glossary entry needs a 'term' followed by a 'definition'",
                         "write <term>the word</term><definition>what it means</definition>");
        if (!entry.id.empty()) reader.set_id_title(entry.id, model::plain_text(entry.term));
        glossary.entries.push_back(std::move(entry));
    }
    if (glossary.entries.empty())
        reader.error(reader.position(element), "missing-element", "this glossary needs at least one 'entry'",
                     "write <entry id=\"term-word\"><term>word</term><definition>what it means</definition></entry>");
    return glossary;
}

auto read_section(xml_reader& reader, const pugi::xml_node& element, const std::string& id,
                  int section_depth) -> model::section {
    reader.check_attributes(element, {"id", "lang"});
    model::section section;
    section.level = section_depth + 1;
    section.title = read_leading_title(reader, element);
    if (!section.title.empty()) {
        reader.check_heading(element, id, section.level);
        reader.set_id_title(id, model::plain_text(section.title));
    }
    section.content = read_block_content(reader, element, id, section_depth);
    return section;
}

auto read_block(xml_reader& reader, const pugi::xml_node& element, id_generator& ids,
                int section_depth) -> std::optional<model::block_node>;

/// After a mix of text and blocks was reported in a list item or definition: still reads its
/// blocks, so their ids are known and their own problems reported, but skips the stray text.
auto read_blocks_after_error(xml_reader& reader, const pugi::xml_node& parent, const std::string& parent_id,
                             int section_depth) -> model::blocks {
    model::blocks out;
    id_generator ids(parent_id);
    for (const auto& child : parent.children())
        if (child.type() == pugi::node_element)
            if (auto block = read_block(reader, child, ids, section_depth)) out.push_back(std::move(*block));
    return out;
}

auto read_block(xml_reader& reader, const pugi::xml_node& element, id_generator& ids,
                int section_depth) -> std::optional<model::block_node> {
    const std::string name = element.name();
    model::block_node node;
    node.position = reader.position(element);
    auto take_id = [&](id_kind kind, bool required, const std::string& short_kind) {
        node.id = reader.read_id(element, kind, required);
        if (node.id.empty()) {
            node.id = ids.next(short_kind);
            node.id_derived = true;
        }
        // Only these take a lang attribute; on others it is reported as unknown, once.
        if (name == "section" || name == "p" || name == "ul" || name == "ol" || name == "table") {
            node.language = reader.language_attribute(element);
            if (node.language == reader.document_language) node.language.clear();
        }
    };
    if (name == "section") {
        take_id(id_kind::section, true, "section");
        node.value = read_section(reader, element, node.id, section_depth + 1);
    } else if (name == "p") {
        reader.check_attributes(element, {"id", "lang"});
        take_id(id_kind::paragraph, false, "p");
        node.value = model::paragraph{read_text(reader, element)};
    } else if (name == "ul" || name == "ol") {
        take_id(id_kind::list, false, name);
        node.value = read_list(reader, element, node.id, section_depth);
    } else if (name == "table") {
        take_id(id_kind::table, true, "table");
        node.value = read_table(reader, element, node.id);
    } else if (name == "figure") {
        take_id(id_kind::figure, true, "figure");
        node.value = read_figure(reader, element, node.id);
    } else if (name == "callout") {
        take_id(id_kind::callout, false, "callout");
        node.value = read_callout(reader, element, node.id, section_depth);
    } else if (name == "glossary") {
        take_id(id_kind::glossary, true, "glossary");
        node.value = read_glossary(reader, element, node.id, section_depth);
    } else if (name == "page-break") {
        reader.check_attributes(element, {});
        node.id = ids.next("break");
        node.id_derived = true;
        for (const auto& child : element.children()) {
            if (child.type() == pugi::node_element) reader.reject_element(child, element, {});
            else if (!is_blank(child)) reader.reject_text(child, element);
        }
        node.value = model::page_break{};
    } else {
        return std::nullopt;
    }
    return node;
}
}  // namespace

auto read_block_content(xml_reader& reader, const pugi::xml_node& parent, const std::string& parent_id,
                        int section_depth) -> model::blocks {
    model::blocks out;
    id_generator ids(parent_id);
    for (const auto& child : parent.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            if (!is_blank(child)) reader.reject_text(child, parent);
        } else if (child.type() == pugi::node_element) {
            const std::string_view parent_name = parent.name();
            // Sections and callouts read their leading title themselves.
            if (is_leading_title(child) && (parent_name == "section" || parent_name == "callout")) continue;
            if (auto block = read_block(reader, child, ids, section_depth)) {
                out.push_back(std::move(*block));
            } else {
                reader.reject_element(child, parent, block_elements);
            }
        }
    }
    return out;
}

auto read_flow_content(xml_reader& reader, const pugi::xml_node& parent, const std::string& parent_id,
                       int section_depth) -> model::blocks {
    // Either inline content followed by nested lists ("<li>Text <ul>...</ul></li>"), or block
    // content ("<li><p>...</p><p>...</p></li>"); inline text may not follow a block.
    bool has_inline = false;
    bool has_block = false;
    for (const auto& child : parent.children()) {
        const std::string_view name = child.name();
        const bool element = child.type() == pugi::node_element;
        const bool is_list = element && (name == "ul" || name == "ol");
        const bool is_block = element && !is_list &&
                              std::find(block_elements.begin(), block_elements.end(), std::string(name)) != block_elements.end();
        const bool is_text = (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) && !is_blank(child);
        if (is_block && has_inline) {
            reader.error(reader.position(child), "misplaced-element",
                         "'" + std::string(name) + "' may not follow text in '" + element_name(parent) + "'",
                         "wrap the text before it in a 'p' element");
            return read_blocks_after_error(reader, parent, parent_id, section_depth);
        }
        if ((is_text || (element && !is_list && !is_block)) && has_block) {
            reader.error(is_text ? reader.text_position(child) : reader.position(child),
                         is_text ? "misplaced-text" : "misplaced-element",
                         "text may not follow a list or block in '" + element_name(parent) + "'",
                         "move the text before the list, or wrap it in a 'p' element");
            return read_blocks_after_error(reader, parent, parent_id, section_depth);
        }
        has_inline = has_inline || is_text || (element && !is_list && !is_block);
        has_block = has_block || is_block || is_list;
    }
    if (!has_inline) return read_block_content(reader, parent, parent_id, section_depth);

    // Inline content, then lists: the inline part becomes the first paragraph.
    model::block_node first;
    first.id = parent_id + ".p1";
    first.position = reader.position(parent);
    model::inlines run;
    model::blocks lists;
    id_generator ids(parent_id);
    for (const auto& child : parent.children()) {
        const std::string_view name = child.name();
        if (child.type() == pugi::node_element && (name == "ul" || name == "ol")) {
            if (auto block = read_block(reader, child, ids, section_depth)) lists.push_back(std::move(*block));
        } else {
            read_inline_child(reader, child, parent, run);
        }
    }
    collapse_inline_whitespace(run);
    first.value = model::paragraph{std::move(run)};
    model::blocks out;
    out.push_back(std::move(first));
    std::move(lists.begin(), lists.end(), std::back_inserter(out));
    return out;
}

}  // namespace folio::load
