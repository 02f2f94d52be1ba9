#include "render/pdf/navigation.hpp"

#include "model/edition_failure.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <stdexcept>

namespace folio::render::pdf {
namespace {

auto layout_page(const page_set& pages, std::size_t index, std::string_view what) -> const layout::page& {
    if (index >= pages.pages.size())
        throw model::edition_failure("failed to write PDF (" + std::string(what) + " points at page " +
                                 std::to_string(index + 1) + " of " + std::to_string(pages.pages.size()) + ")");
    return pages.layout_pages->at(index);
}

/// URIs in a PDF are 7-bit ASCII: other bytes, spaces and controls are percent-encoded.
auto ascii_uri(std::string_view uri) -> std::string {
    static constexpr std::string_view digits = "0123456789ABCDEF";
    std::string out;
    for (const char c : uri) {
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20 || b >= 0x7F) {
            out += '%';
            out += digits[b >> 4];
            out += digits[b & 0x0Fu];
        } else {
            out += c;
        }
    }
    return out;
}

auto decimal_value(std::string_view label) -> std::optional<int> {
    if (label.empty() || label.size() > 9 || (label.size() > 1 && label.front() == '0')) return std::nullopt;
    int value = 0;
    const auto result = std::from_chars(label.data(), label.data() + label.size(), value);
    if (result.ec != std::errc{} || result.ptr != label.data() + label.size() || value < 1) return std::nullopt;
    return value;
}

}  // namespace

auto make_destination(haru_document& doc, const page_set& pages, std::size_t page_index, double y)
    -> HPDF_Destination {
    const auto& page = layout_page(pages, page_index, "a destination");
    HPDF_Page target = pages.pages[page_index];
    HPDF_Destination dst = doc.checked(HPDF_Page_CreateDestination(target), "creating a destination");
    // libharu's XYZ insists on a zoom; rebuild the array as [page /XYZ null top null].
    doc.clear(dst);
    doc.append(dst, target);
    doc.append_name(dst, "XYZ");
    doc.append_null(dst);
    doc.append_real(dst, std::max(0.0, page.height - y));
    doc.append_null(dst);
    return dst;
}

auto add_link(haru_document& doc, const page_set& pages, std::size_t page_index, const layout::link& link)
    -> HPDF_Annotation {
    const auto& page = layout_page(pages, page_index, "a link");
    HPDF_Page on = pages.pages[page_index];
    const auto& a = link.area;
    const HPDF_Rect rect{static_cast<HPDF_REAL>(a.x), static_cast<HPDF_REAL>(page.height - a.y - a.height),
                         static_cast<HPDF_REAL>(a.x + a.width), static_cast<HPDF_REAL>(page.height - a.y)};
    HPDF_Annotation annot = nullptr;
    if (!link.uri.empty()) {
        annot = doc.checked(HPDF_Page_CreateURILinkAnnot(on, rect, ascii_uri(link.uri).c_str()), "adding a link");
    } else {
        const auto target = pages.anchors.find(link.target_node);
        if (target == pages.anchors.end())
            throw model::edition_failure("failed to write PDF (link to '" + link.target_node + "' on page " +
                                     std::to_string(page_index + 1) + " has no anchor to go to)");
        HPDF_Destination dst = make_destination(doc, pages, target->second.page_index, target->second.y);
        annot = doc.checked(HPDF_Page_CreateLinkAnnot(on, rect, dst), "adding a link");
    }
    doc.check(HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0), "setting a link's border");
    // A description for assistive technology, not the text itself (the tag tree has that): a link
    // of pages of words is described by its first ones, and the PDF string stays far below its
    // 65,535-byte limit.
    std::string description = link.description;
    if (description.size() > 1000) {
        std::size_t cut = 1000;
        while (cut > 0 && (static_cast<unsigned char>(description[cut]) & 0xC0U) == 0x80U) --cut;
        description = description.substr(0, cut) + "\u2026";
    }
    doc.set_text(annot, "Contents", description);
    // Tab order follows the structure (PDF/UA 7.18.3), for pages with annotations.
    doc.set_name(on, "Tabs", "S");
    return annot;
}

void add_outline(haru_document& doc, const page_set& pages, const std::vector<layout::outline_entry>& outline) {
    struct open_entry {
        int level;
        HPDF_Outline item;
    };
    std::vector<open_entry> stack;
    for (const auto& entry : outline) {
        while (!stack.empty() && stack.back().level >= entry.level) stack.pop_back();
        HPDF_Outline parent = stack.empty() ? nullptr : stack.back().item;
        // Titles are written as UTF-16BE below, which covers characters beyond the BMP too.
        HPDF_Outline item = doc.checked(HPDF_CreateOutline(doc.get(), parent, "", nullptr), "adding a bookmark");
        doc.set_text(item, "Title", entry.title);
        doc.check(HPDF_Outline_SetDestination(item, make_destination(doc, pages, entry.page_index, entry.y)),
                  "adding a bookmark");
        doc.check(HPDF_Outline_SetOpened(item, HPDF_TRUE), "adding a bookmark");
        stack.push_back({entry.level, item});
    }
}

auto page_label_ranges(const std::vector<std::string>& labels) -> std::vector<label_range> {
    std::vector<label_range> ranges;
    if (std::all_of(labels.begin(), labels.end(), [](const auto& l) { return l.empty(); })) return ranges;
    int previous_number = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto number = decimal_value(labels[i]);
        if (number) {
            if (ranges.empty() || !ranges.back().decimal || *number != previous_number + 1)
                ranges.push_back({i, true, *number, {}});
            previous_number = *number;
        } else if (ranges.empty() || ranges.back().decimal || ranges.back().prefix != labels[i]) {
            ranges.push_back({i, false, 1, labels[i]});
        }
    }
    return ranges;
}

void add_page_labels(haru_document& doc, const std::vector<layout::page>& pages) {
    std::vector<std::string> labels;
    for (const auto& p : pages) labels.push_back(p.label);
    const auto ranges = page_label_ranges(labels);
    if (ranges.empty()) return;
    HPDF_Dict tree = doc.new_dict();
    HPDF_Array nums = doc.new_array();
    for (const auto& r : ranges) {
        HPDF_Dict label = doc.new_dict();
        if (r.decimal) {
            doc.set_name(label, "S", "D");
            if (r.start != 1) doc.set_integer(label, "St", r.start);
        } else if (!r.prefix.empty()) {
            doc.set_text(label, "P", r.prefix);
        }
        doc.append_integer(nums, static_cast<std::int32_t>(r.first_page));
        doc.append(nums, label);
    }
    doc.set(tree, "Nums", nums);
    doc.set(doc.catalog(), "PageLabels", tree);
}

}  // namespace folio::render::pdf
