#pragma once

// Internal to src/render/pdf: bookmarks, link annotations and page labels.

#include "layout/paged_document.hpp"
#include "render/pdf/haru_document.hpp"

#include <map>
#include <string>
#include <vector>

namespace folio::render::pdf {

/// The document's pages as libharu objects, with their layout pages (for heights).
struct page_set {
    const std::vector<layout::page>* layout_pages = nullptr;
    std::vector<HPDF_Page> pages;
    std::map<std::string, layout::anchor> anchors;  ///< by node id
};

/// A destination showing page `page_index` with `y` (top-down) at the top of the window; zoom and
/// horizontal position stay as the reader set them (`/XYZ null top null`).
auto make_destination(haru_document& doc, const page_set& pages, std::size_t page_index, double y)
    -> HPDF_Destination;

/// A link annotation on page `page_index` (URI or internal, by anchor), without a border, with
/// `/Contents` = the link's description; returned for tagging. Throws when an internal link's
/// target has no anchor.
auto add_link(haru_document& doc, const page_set& pages, std::size_t page_index, const layout::link& link)
    -> HPDF_Annotation;

/// Bookmarks for every entry, nested by level (an entry goes under the nearest earlier entry of
/// a lower level), each opened, with Unicode titles.
void add_outline(haru_document& doc, const page_set& pages, const std::vector<layout::outline_entry>& outline);

/// One entry of /PageLabels: from `first_page` on, decimal numbers from `start`, or `prefix` alone.
struct label_range {
    std::size_t first_page = 0;
    bool decimal = false;
    int start = 1;
    std::string prefix;
    friend auto operator==(const label_range&, const label_range&) -> bool = default;
};

/// The fewest ranges that give every page its label: ascending ASCII decimal numbers share one
/// decimal range (`/S /D /St n`); any other label is a prefix (`/P`), shared by equal neighbours.
/// Empty when no page has a label.
auto page_label_ranges(const std::vector<std::string>& labels) -> std::vector<label_range>;

/// Writes /PageLabels into the catalog (nothing when no page has a label).
void add_page_labels(haru_document& doc, const std::vector<layout::page>& pages);

}  // namespace folio::render::pdf
