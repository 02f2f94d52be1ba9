#include "render/pdf/tagging/structure_writer.hpp"

#include "base/overloaded.hpp"
#include "model/edition_failure.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>

namespace folio::render::pdf::tagging {
namespace {

constexpr std::size_t max_array = 32766;  // libharu refuses arrays of HPDF_LIMIT_MAX_ARRAY (32,767) items

/// The page of an element's first marked content or annotation, if any.
auto first_page(const element& e) -> std::optional<std::size_t> {
    for (const auto& k : e.kids) {
        const auto page = std::visit(folio::overloaded{
                                         [](std::size_t) -> std::optional<std::size_t> { return std::nullopt; },
                                         [](const content_ref& c) -> std::optional<std::size_t> { return c.page; },
                                         [](const annotation_ref& a) -> std::optional<std::size_t> { return a.page; },
                                     },
                                     k);
        if (page) return page;
    }
    return std::nullopt;
}

class structure_writer {
public:
    structure_writer(haru_document& doc, const structure_plan& plan, const drawn_mcids& mcids,
                     const std::vector<HPDF_Page>& pages, const std::vector<layout::page>& layout_pages,
                     const annotation_map& annotations)
        : doc_(doc), plan_(plan), mcids_(mcids), pages_(pages), layout_pages_(layout_pages),
          annotations_(annotations) {}

    void write() {
        doc_.set_place("the structure tree");
        root_ = doc_.new_indirect_dict();
        dicts_.assign(plan_.elements.size(), nullptr);
        for (std::size_t e = 0; e < plan_.elements.size(); ++e)
            if (!plan_.elements[e].removed) dicts_[e] = doc_.new_indirect_dict();
        owners_.resize(pages_.size());
        for (std::size_t p = 0; p < pages_.size() && p < mcids_.size(); ++p) {
            int count = 0;
            for (const auto& item : mcids_[p])
                for (const int mcid : item) count = std::max(count, mcid + 1);
            owners_[p].assign(static_cast<std::size_t>(count), nullptr);
        }
        for (std::size_t e = 0; e < plan_.elements.size(); ++e)
            if (!plan_.elements[e].removed) write_element(e);

        doc_.set_name(root_, "Type", "StructTreeRoot");
        HPDF_Array kids = doc_.new_array();
        doc_.append(kids, dicts_.at(0));
        doc_.set(root_, "K", kids);
        doc_.set(root_, "ParentTree", parent_tree());
        doc_.set_integer(root_, "ParentTreeNextKey", static_cast<std::int32_t>(next_key_));
        if (!plan_.role_map_sources.empty()) {
            HPDF_Dict role_map = doc_.new_dict();
            // Aside (a callout) is a PDF 2.0 type; PDF 1.7 readers see what the table maps it to.
            for (const auto type : plan_.role_map_sources)
                doc_.set_name(role_map, std::string(pdf_name(type)).c_str(), pdf_name(info(type).standard));
            doc_.set(root_, "RoleMap", role_map);
        }
        doc_.set(doc_.catalog(), "StructTreeRoot", root_);
        HPDF_Dict mark_info = doc_.new_dict();
        doc_.set_boolean(mark_info, "Marked", true);
        doc_.set(doc_.catalog(), "MarkInfo", mark_info);
        doc_.set_place("");
    }

private:
    void add(HPDF_Array a, HPDF_Dict object) {
        check_room(a);
        doc_.append(a, object);
    }
    void add(HPDF_Array a, HPDF_Array object) {
        check_room(a);
        doc_.append(a, object);
    }
    void add(HPDF_Array a, std::int32_t number) {
        check_room(a);
        doc_.append_integer(a, number);
    }
    void check_room(HPDF_Array a) const {
        if (doc_.size(a) >= max_array)
            throw model::edition_failure("failed to write PDF (a structure array would exceed 32,766 items)");
    }

    void write_element(std::size_t index) {
        const auto& e = plan_.elements[index];
        HPDF_Dict d = dicts_[index];
        doc_.set_name(d, "Type", "StructElem");
        doc_.set_name(d, "S", pdf_name(e.type));
        doc_.set(d, "P", e.parent == no_element ? root_ : dicts_.at(e.parent));
        const auto page = first_page(e);
        if (page) doc_.set(d, "Pg", pages_.at(*page));
        if (!e.language.empty()) doc_.set_ascii(d, "Lang", e.language);
        if (!e.alt.empty() || e.type == structure_type::figure) doc_.set_text(d, "Alt", e.alt);

        HPDF_Array kids = doc_.new_array();
        std::pair<std::size_t, int> last_mcid{0, -1};  // runs that shared a sequence share its MCID
        for (const auto& k : e.kids) {
            std::visit(folio::overloaded{
                           [&](std::size_t child) { add(kids, dicts_.at(child)); },
                           [&](const content_ref& c) {
                               for (const int mcid : mcids_.at(c.page).at(c.item)) {
                                   if (last_mcid == std::pair{c.page, mcid}) continue;
                                   last_mcid = {c.page, mcid};
                                   owners_.at(c.page).at(static_cast<std::size_t>(mcid)) = d;
                                   if (page && c.page == *page) {
                                       add(kids, mcid);
                                   } else {
                                       HPDF_Dict mcr = doc_.new_dict();
                                       doc_.set_name(mcr, "Type", "MCR");
                                       doc_.set(mcr, "Pg", pages_.at(c.page));
                                       doc_.set_integer(mcr, "MCID", mcid);
                                       add(kids, mcr);
                                   }
                               }
                           },
                           [&](const annotation_ref& a) {
                               const auto found = annotations_.find({a.page, a.item});
                               if (found == annotations_.end())
                                   throw std::logic_error("failed to write PDF (a link on page " +
                                                          std::to_string(a.page + 1) + " has no annotation)");
                               HPDF_Dict objr = doc_.new_dict();
                               doc_.set_name(objr, "Type", "OBJR");
                               doc_.set(objr, "Obj", found->second);
                               doc_.set(objr, "Pg", pages_.at(a.page));
                               add(kids, objr);
                               annotation_owners_.emplace_back(found->second, d);
                           },
                       },
                       k);
        }
        doc_.set(d, "K", kids);

        // Attributes: one owner each.
        HPDF_Dict attributes = nullptr;
        if (e.scope) {
            attributes = doc_.new_dict();
            doc_.set_name(attributes, "O", "Table");
            doc_.set_name(attributes, "Scope", pdf_name(*e.scope));
        } else if (e.numbering) {
            attributes = doc_.new_dict();
            doc_.set_name(attributes, "O", "List");
            doc_.set_name(attributes, "ListNumbering", pdf_name(*e.numbering));
        } else if (e.has_box) {
            attributes = doc_.new_dict();
            const double height = layout_pages_.at(e.box.page).height;
            const auto& r = e.box.area;
            HPDF_Array box = doc_.new_array();
            for (const double v : {r.x, height - r.y - r.height, r.x + r.width, height - r.y}) doc_.append_real(box, v);
            doc_.set_name(attributes, "O", "Layout");
            doc_.set_name(attributes, "Placement", "Block");
            doc_.set(attributes, "BBox", box);
        }
        if (attributes != nullptr) doc_.set(d, "A", attributes);
    }

    /// Pages (their MCIDs) first, then link annotations: one key space, from 0.
    auto parent_tree() -> HPDF_Dict {
        // A page's entry is the array of its MCIDs' owners; an annotation's, its owner.
        std::vector<std::pair<std::size_t, std::variant<HPDF_Array, HPDF_Dict>>> entries;
        for (std::size_t p = 0; p < pages_.size(); ++p) {
            if (owners_[p].empty()) continue;
            HPDF_Array owners = doc_.new_array();
            for (std::size_t mcid = 0; mcid < owners_[p].size(); ++mcid) {
                if (owners_[p][mcid] == nullptr)
                    throw std::logic_error("failed to write PDF (MCID " + std::to_string(mcid) + " on page " +
                                           std::to_string(p + 1) + " belongs to no structure element)");
                add(owners, owners_[p][mcid]);
            }
            doc_.set_integer(pages_[p], "StructParents", static_cast<std::int32_t>(next_key_));
            entries.emplace_back(next_key_++, owners);
        }
        for (const auto& [annotation, owner] : annotation_owners_) {
            doc_.set_integer(annotation, "StructParent", static_cast<std::int32_t>(next_key_));
            entries.emplace_back(next_key_++, owner);
        }

        const auto nums = [&](std::size_t from, std::size_t to) {
            HPDF_Array a = doc_.new_array();
            for (std::size_t i = from; i < to; ++i) {
                add(a, static_cast<std::int32_t>(entries[i].first));
                std::visit(folio::overloaded{
                               [&](HPDF_Array owners) { add(a, owners); },
                               [&](HPDF_Dict owner) { add(a, owner); },
                           },
                           entries[i].second);
            }
            return a;
        };
        HPDF_Dict tree = doc_.new_dict();
        if (entries.size() <= parent_tree_leaf_keys) {
            doc_.set(tree, "Nums", nums(0, entries.size()));
            return tree;
        }
        // A long document: leaves of parent_tree_leaf_keys keys, each with its /Limits.
        HPDF_Array leaves = doc_.new_array();
        for (std::size_t from = 0; from < entries.size(); from += parent_tree_leaf_keys) {
            const std::size_t to = std::min(entries.size(), from + parent_tree_leaf_keys);
            HPDF_Dict leaf = doc_.new_indirect_dict();
            HPDF_Array limits = doc_.new_array();
            doc_.append_integer(limits, static_cast<std::int32_t>(entries[from].first));
            doc_.append_integer(limits, static_cast<std::int32_t>(entries[to - 1].first));
            doc_.set(leaf, "Limits", limits);
            doc_.set(leaf, "Nums", nums(from, to));
            add(leaves, leaf);
        }
        doc_.set(tree, "Kids", leaves);
        return tree;
    }

    haru_document& doc_;
    const structure_plan& plan_;
    const drawn_mcids& mcids_;
    const std::vector<HPDF_Page>& pages_;
    const std::vector<layout::page>& layout_pages_;
    const annotation_map& annotations_;
    HPDF_Dict root_ = nullptr;
    std::vector<HPDF_Dict> dicts_;
    std::vector<std::vector<HPDF_Dict>> owners_;  ///< per page, per MCID: the element holding it
    std::vector<std::pair<HPDF_Annotation, HPDF_Dict>> annotation_owners_;
    std::size_t next_key_ = 0;
};

}  // namespace

void write_structure(haru_document& doc, const structure_plan& plan, const drawn_mcids& mcids,
                     const std::vector<HPDF_Page>& pages, const std::vector<layout::page>& layout_pages,
                     const annotation_map& annotations) {
    structure_writer(doc, plan, mcids, pages, layout_pages, annotations).write();
}

}  // namespace folio::render::pdf::tagging
