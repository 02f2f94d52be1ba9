#include "render/pdf/marked_content.hpp"

namespace folio::render::pdf {

void marked_content::begin_page(std::size_t page_index) { page_index_ = page_index; }

auto marked_content::begin(const layout::provenance& from) -> std::string {
    switch (from.artifact) {
        case layout::artifact_kind::pagination:
            return "/Artifact <</Type /Pagination>> BDC\n";
        case layout::artifact_kind::layout:
            return "/Artifact <</Type /Layout>> BDC\n";
        case layout::artifact_kind::none:
            break;
    }
    // Content: issue 5 opens `/<Role> <</MCID n>> BDC` here (n counted per page_index_).
    return {};
}

auto marked_content::end(const layout::provenance& from) -> std::string {
    if (from.artifact != layout::artifact_kind::none) return "EMC\n";
    // Content: issue 5 closes its BDC here.
    return {};
}

}  // namespace folio::render::pdf
