#include "render/pdf/tagging/structure_writer.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>

namespace folio::render::pdf::tagging {
namespace {

constexpr std::size_t max_array = 32766;  // libharu refuses arrays of HPDF_LIMIT_MAX_ARRAY (32,767) items

/// The page of an element's first marked content or annotation, if any.
auto first_page(const element& e) -> std::optional<std::size_t> {
    for (const auto& k : e.kids) {
        if (const auto* c = std::get_if<content_ref>(&k)) return c->page;
        if (const auto* a = std::get_if<annotation_ref>(&k)) return a->page;
    }
    return std::nullopt;
}

class structure_writer {
public:
    structure_writer(haru_document& doc, const structure_plan& plan, const drawn_mcids& mcids,
                     const std::vector<HPDF_Page>& pages, const std::vector<layout::page>& layout_pages,
                     const annotation_map& annotations)
        : doc_(doc), plan_(plan), mcids_(mcids), pages_(pages), layout_pages_(layout_pages),
          annotations_(annotations), mmgr_(doc.get()->mmgr) {}

    void write() {
        const std::string what = "writing the structure tree";
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

        HPDF_STATUS s = HPDF_Dict_AddName(root_, "Type", "StructTreeRoot");
        HPDF_Array kids = array();
        s += HPDF_Array_Add(kids, dicts_.at(0));
        s += HPDF_Dict_Add(root_, "K", kids);
        s += HPDF_Dict_Add(root_, "ParentTree", parent_tree());
        s += HPDF_Dict_AddNumber(root_, "ParentTreeNextKey", static_cast<HPDF_INT32>(next_key_));
        if (!plan_.role_map_sources.empty()) {
            HPDF_Dict role_map = dict();
            // Aside (a callout) is a PDF 2.0 type; PDF 1.7 readers see what the table maps it to.
            for (const auto type : plan_.role_map_sources)
                s += HPDF_Dict_AddName(role_map, std::string(pdf_name(type)).c_str(),
                                       std::string(pdf_name(info(type).standard)).c_str());
            s += HPDF_Dict_Add(root_, "RoleMap", role_map);
        }
        HPDF_Dict catalog = doc_.get()->catalog;
        s += HPDF_Dict_Add(catalog, "StructTreeRoot", root_);
        HPDF_Dict mark_info = dict();
        s += HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
        s += HPDF_Dict_Add(catalog, "MarkInfo", mark_info);
        doc_.check(s, what);
    }

private:
    auto dict() -> HPDF_Dict { return doc_.checked(HPDF_Dict_New(mmgr_), "writing the structure tree"); }
    auto array() -> HPDF_Array { return doc_.checked(HPDF_Array_New(mmgr_), "writing the structure tree"); }
    void add(HPDF_Array a, void* object) {
        if (HPDF_Array_Items(a) >= max_array)
            throw std::runtime_error("failed to write PDF (a structure array would exceed 32,766 items)");
        doc_.check(HPDF_Array_Add(a, object), "writing the structure tree");
    }

    void write_element(std::size_t index) {
        const auto& e = plan_.elements[index];
        HPDF_Dict d = dicts_[index];
        HPDF_STATUS s = HPDF_Dict_AddName(d, "Type", "StructElem");
        s += HPDF_Dict_AddName(d, "S", std::string(pdf_name(e.type)).c_str());
        s += HPDF_Dict_Add(d, "P", e.parent == no_element ? root_ : dicts_.at(e.parent));
        const auto page = first_page(e);
        if (page) s += HPDF_Dict_Add(d, "Pg", pages_.at(*page));
        if (!e.language.empty()) s += HPDF_Dict_Add(d, "Lang", HPDF_String_New(mmgr_, e.language.c_str(), nullptr));
        if (!e.alt.empty() || e.type == structure_type::figure) doc_.set_text(d, "Alt", e.alt);
        doc_.check(s, "writing the structure tree");

        HPDF_Array kids = array();
        std::pair<std::size_t, int> last_mcid{0, -1};  // runs that shared a sequence share its MCID
        for (const auto& k : e.kids) {
            if (const auto* child = std::get_if<std::size_t>(&k)) {
                add(kids, dicts_.at(*child));
            } else if (const auto* c = std::get_if<content_ref>(&k)) {
                for (const int mcid : mcids_.at(c->page).at(c->item)) {
                    if (last_mcid == std::pair{c->page, mcid}) continue;
                    last_mcid = {c->page, mcid};
                    owners_.at(c->page).at(static_cast<std::size_t>(mcid)) = d;
                    if (page && c->page == *page) {
                        add(kids, HPDF_Number_New(mmgr_, mcid));
                    } else {
                        HPDF_Dict mcr = dict();
                        s += HPDF_Dict_AddName(mcr, "Type", "MCR");
                        s += HPDF_Dict_Add(mcr, "Pg", pages_.at(c->page));
                        s += HPDF_Dict_AddNumber(mcr, "MCID", mcid);
                        add(kids, mcr);
                    }
                }
            } else if (const auto* a = std::get_if<annotation_ref>(&k)) {
                const auto found = annotations_.find({a->page, a->item});
                if (found == annotations_.end())
                    throw std::logic_error("failed to write PDF (a link on page " + std::to_string(a->page + 1) +
                                           " has no annotation)");
                HPDF_Dict objr = dict();
                s += HPDF_Dict_AddName(objr, "Type", "OBJR");
                s += HPDF_Dict_Add(objr, "Obj", found->second);
                s += HPDF_Dict_Add(objr, "Pg", pages_.at(a->page));
                add(kids, objr);
                annotation_owners_.emplace_back(found->second, d);
            }
        }
        s += HPDF_Dict_Add(d, "K", kids);

        // Attributes: one owner each.
        HPDF_Dict attributes = nullptr;
        if (e.scope) {
            attributes = dict();
            s += HPDF_Dict_AddName(attributes, "O", "Table");
            s += HPDF_Dict_AddName(attributes, "Scope", std::string(pdf_name(*e.scope)).c_str());
        } else if (e.numbering) {
            attributes = dict();
            s += HPDF_Dict_AddName(attributes, "O", "List");
            s += HPDF_Dict_AddName(attributes, "ListNumbering", std::string(pdf_name(*e.numbering)).c_str());
        } else if (e.has_box) {
            attributes = dict();
            const double height = layout_pages_.at(e.box.page).height;
            const auto& r = e.box.area;
            HPDF_Array box = array();
            for (const double v : {r.x, height - r.y - r.height, r.x + r.width, height - r.y})
                s += HPDF_Array_AddReal(box, static_cast<HPDF_REAL>(v));
            s += HPDF_Dict_AddName(attributes, "O", "Layout");
            s += HPDF_Dict_AddName(attributes, "Placement", "Block");
            s += HPDF_Dict_Add(attributes, "BBox", box);
        }
        if (attributes != nullptr) s += HPDF_Dict_Add(d, "A", attributes);
        doc_.check(s, "writing the structure tree");
    }

    /// Pages (their MCIDs) first, then link annotations: one key space, from 0.
    auto parent_tree() -> HPDF_Dict {
        HPDF_STATUS s = HPDF_OK;
        std::vector<std::pair<std::size_t, void*>> entries;
        for (std::size_t p = 0; p < pages_.size(); ++p) {
            if (owners_[p].empty()) continue;
            HPDF_Array owners = array();
            for (std::size_t mcid = 0; mcid < owners_[p].size(); ++mcid) {
                if (owners_[p][mcid] == nullptr)
                    throw std::logic_error("failed to write PDF (MCID " + std::to_string(mcid) + " on page " +
                                           std::to_string(p + 1) + " belongs to no structure element)");
                add(owners, owners_[p][mcid]);
            }
            s += HPDF_Dict_AddNumber(pages_[p], "StructParents", static_cast<HPDF_INT32>(next_key_));
            entries.emplace_back(next_key_++, owners);
        }
        for (const auto& [annotation, owner] : annotation_owners_) {
            s += HPDF_Dict_AddNumber(annotation, "StructParent", static_cast<HPDF_INT32>(next_key_));
            entries.emplace_back(next_key_++, owner);
        }
        doc_.check(s, "writing the parent tree");

        const auto nums = [&](std::size_t from, std::size_t to) {
            HPDF_Array a = array();
            for (std::size_t i = from; i < to; ++i) {
                add(a, HPDF_Number_New(mmgr_, static_cast<HPDF_INT32>(entries[i].first)));
                add(a, entries[i].second);
            }
            return a;
        };
        HPDF_Dict tree = dict();
        if (entries.size() <= parent_tree_leaf_keys) {
            doc_.check(HPDF_Dict_Add(tree, "Nums", nums(0, entries.size())), "writing the parent tree");
            return tree;
        }
        // A long document: leaves of parent_tree_leaf_keys keys, each with its /Limits.
        HPDF_Array leaves = array();
        for (std::size_t from = 0; from < entries.size(); from += parent_tree_leaf_keys) {
            const std::size_t to = std::min(entries.size(), from + parent_tree_leaf_keys);
            HPDF_Dict leaf = doc_.new_indirect_dict();
            HPDF_Array limits = array();
            s += HPDF_Array_AddNumber(limits, static_cast<HPDF_INT32>(entries[from].first));
            s += HPDF_Array_AddNumber(limits, static_cast<HPDF_INT32>(entries[to - 1].first));
            s += HPDF_Dict_Add(leaf, "Limits", limits);
            s += HPDF_Dict_Add(leaf, "Nums", nums(from, to));
            add(leaves, leaf);
        }
        s += HPDF_Dict_Add(tree, "Kids", leaves);
        doc_.check(s, "writing the parent tree");
        return tree;
    }

    haru_document& doc_;
    const structure_plan& plan_;
    const drawn_mcids& mcids_;
    const std::vector<HPDF_Page>& pages_;
    const std::vector<layout::page>& layout_pages_;
    const annotation_map& annotations_;
    HPDF_MMgr mmgr_;
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
