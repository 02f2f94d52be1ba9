#include "load/reference_checks.hpp"

#include "load/suggestions.hpp"

namespace folio::load {

namespace {
auto can_be_cross_referenced(id_kind kind) -> bool {
    return kind == id_kind::section || kind == id_kind::table || kind == id_kind::figure ||
           kind == id_kind::glossary || kind == id_kind::glossary_entry;
}
}  // namespace

void check_references(const xml_reader& reader) {
    const auto& ids = reader.ids();
    for (const auto& reference : reader.references()) {
        const auto it = ids.find(reference.target);
        if (it == ids.end()) {
            std::vector<std::string> known;
            for (const auto& [id, record] : ids)
                if (!reference.cross_reference || can_be_cross_referenced(record.kind)) known.push_back(id);
            const auto match = closest_match(reference.target, known);
            reader.error(reference.position, "unknown-reference",
                         "no element has the id '" + reference.target + "'",
                         match.empty() ? "check the spelling, or add id=\"" + reference.target + "\" to the element you mean"
                                       : "did you mean '" + match + "'?");
        } else if (reference.cross_reference && !can_be_cross_referenced(it->second.kind)) {
            reader.error(reference.position, "invalid-reference",
                         "'xref' cannot point to '" + reference.target + "'",
                         "an xref points to a section, table, figure, glossary or glossary entry; use <a href=\"#" +
                             reference.target + "\"> for other places");
        }
    }
}

}  // namespace folio::load
