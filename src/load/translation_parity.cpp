#include "load/translation_parity.hpp"

#include "base/overloaded.hpp"
#include "model/walk.hpp"

#include <map>
#include <string>
#include <vector>

namespace folio::load {

namespace {
/// What parity compares of one structural block.
struct outline_entry {
    std::string kind;          ///< "section", "list", ...
    std::string parent;        ///< id of the enclosing section ("" at body level)
    std::vector<std::size_t> counts;  ///< list items; glossary entries; cells of each table row
    model::source_position position;
    std::size_t order = 0;     ///< place in reading order, for messages in file order
    bool id_derived = false;   ///< the author wrote no id: name it by kind and line only
};

/// "list 'steps'", or "this list" / "a list" (`article`) when the loader made its id: the message's
/// line and column then say which.
auto named(const outline_entry& e, const std::string& id, const char* article) -> std::string {
    return e.id_derived ? article + (" " + e.kind) : e.kind + " '" + id + "'";
}

auto describe_counts(const outline_entry& e) -> std::string {
    if (e.kind == "list") return std::to_string(e.counts.at(0)) + (e.counts.at(0) == 1 ? " item" : " items");
    if (e.kind == "glossary") return std::to_string(e.counts.at(0)) + (e.counts.at(0) == 1 ? " entry" : " entries");
    if (e.kind == "table") {
        std::size_t cells = 0;
        for (const auto c : e.counts) cells += c;
        return std::to_string(e.counts.size()) + " rows and " + std::to_string(cells) + " cells";
    }
    return {};
}

void collect(const model::blocks& content, const std::string& parent, std::map<std::string, outline_entry>& out) {
    for (const auto& node : content) {
        outline_entry e;
        e.parent = parent;
        e.position = node.position;
        e.order = out.size();
        e.id_derived = node.id_derived;
        std::visit(overloaded{
                       [&](const model::section& b) {
                           e.kind = "section";
                           out.emplace(node.id, e);
                           collect(b.content, node.id, out);
                       },
                       [&](const model::list& b) {
                           e.kind = "list";
                           e.counts = {b.items.size()};
                           out.emplace(node.id, e);
                           for (const auto& item : b.items) collect(item.content, parent, out);
                       },
                       [&](const model::table& b) {
                           e.kind = "table";
                           for (const auto* rows : {&b.head, &b.body})
                               for (const auto& row : *rows) e.counts.push_back(row.cells.size());
                           out.emplace(node.id, e);
                       },
                       [&](const model::figure&) {
                           e.kind = "figure";
                           out.emplace(node.id, e);
                       },
                       [&](const model::callout& b) {
                           e.kind = "callout";
                           out.emplace(node.id, e);
                           collect(b.content, parent, out);
                       },
                       [&](const model::glossary& b) {
                           e.kind = "glossary";
                           e.counts = {b.entries.size()};
                           out.emplace(node.id, e);
                           for (const auto& entry : b.entries) {
                               outline_entry term{"glossary entry", parent, {}, entry.position, out.size()};
                               out.emplace(entry.id, term);
                               collect(entry.definition, parent, out);
                           }
                       },
                       // Paragraphs and page breaks may differ: a translation can split or join them.
                       [&](const model::paragraph&) {},
                       [&](const model::page_break&) {},
                   },
                   node.value);
    }
}

auto where(const model::document& doc, const outline_entry& e) -> std::string {
    return "'" + doc.source_path + "'" + (e.position.line > 0 ? " (line " + std::to_string(e.position.line) + ")" : "");
}
}  // namespace

void check_translation_parity(const model::document& source, const model::document& translation,
                              model::diagnostics& sink) {
    std::map<std::string, outline_entry> expected;
    std::map<std::string, outline_entry> actual;
    collect(source.body, "", expected);
    collect(translation.body, "", actual);
    const std::string& file = translation.source_path;
    const std::string hint = "a translation keeps the structure and ids of its source; translate the text only";

    for (const auto& [id, e] : expected) {
        const auto it = actual.find(id);
        // Everything inside a missing section is missing too: name the section only.
        if (it == actual.end() && !e.parent.empty() && !actual.contains(e.parent)) continue;
        if (it == actual.end()) {
            // Point at the enclosing section of the translation, when it has it.
            model::source_position at;
            if (const auto parent = actual.find(e.parent); parent != actual.end()) at = parent->second.position;
            sink.error("translation-parity", file, at,
                       named(e, id, "a") + " of the source " + where(source, e) + " is missing from this translation",
                       hint);
        } else if (it->second.kind != e.kind) {
            sink.error("translation-parity", file, it->second.position,
                       (e.id_derived ? std::string("this block") : "'" + id + "'") + " is a " + it->second.kind + " here but a " + e.kind +
                           " in the source " + where(source, e),
                       hint);
        } else if (it->second.counts != e.counts) {
            sink.error("translation-parity", file, it->second.position,
                       named(e, id, "this") + " has " + describe_counts(it->second) + " here but " + describe_counts(e) +
                           " in the source " + where(source, e),
                       hint);
        }
    }
    for (const auto& [id, e] : actual) {
        if (!expected.contains(id) && (e.parent.empty() || expected.contains(e.parent))) {
            sink.error("translation-parity", file, e.position,
                       named(e, id, "this") + " is not in the source '" + source.source_path + "'", hint);
        }
    }
}

}  // namespace folio::load
