#pragma once

// Internal to src/render/pdf: writes a tag plan into the PDF through libharu's object layer: the
// /StructTreeRoot with its elements, the /ParentTree number tree shared by pages (/StructParents)
// and link annotations (/StructParent), the /RoleMap, and the catalog's /MarkInfo.

#include "render/pdf/haru_document.hpp"
#include "render/pdf/tagging/structure_plan.hpp"

#include <map>
#include <utility>
#include <vector>

namespace folio::render::pdf::tagging {

/// The annotation made for each link item, by (page index, item index).
using annotation_map = std::map<std::pair<std::size_t, std::size_t>, HPDF_Annotation>;

/// Number-tree leaves hold at most this many keys (their /Nums twice as many items).
inline constexpr std::size_t parent_tree_leaf_keys = 512;

/// Writes `plan`, whose content items were drawn with `mcids`, with the link annotations made.
void write_structure(haru_document& doc, const structure_plan& plan, const drawn_mcids& mcids,
                     const std::vector<HPDF_Page>& pages, const std::vector<layout::page>& layout_pages,
                     const annotation_map& annotations);

}  // namespace folio::render::pdf::tagging
