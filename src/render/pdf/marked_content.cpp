#include "render/pdf/marked_content.hpp"

#include "render/pdf/pdf_text.hpp"

#include <stdexcept>

namespace folio::render::pdf {

marked_content::marked_content(const tagging::structure_plan& plan) : plan_(plan) {
    mcids_.resize(plan.marks.size());
    for (std::size_t p = 0; p < plan.marks.size(); ++p) mcids_[p].resize(plan.marks[p].size());
}

void marked_content::begin_page(std::size_t page_index) {
    page_index_ = page_index;
    next_mcid_ = 0;
    open_element_ = tagging::no_element;
    open_mcid_ = -1;
}

auto marked_content::open(std::size_t item_index, const std::string* actual_text) -> std::string {
    const auto& mark = plan_.marks.at(page_index_).at(item_index);
    const int mcid = next_mcid_++;
    mcids_[page_index_][item_index].push_back(mcid);
    if (actual_text != nullptr)
        return "/Span <</MCID " + std::to_string(mcid) + " /ActualText <" + hex(text_string_bytes(*actual_text)) +
               ">>> BDC\n";
    return "/" + std::string(tagging::pdf_name(plan_.elements.at(mark.element).type)) + " <</MCID " +
           std::to_string(mcid) + ">> BDC\n";
}

auto marked_content::close() -> std::string {
    if (open_mcid_ < 0) return {};
    open_element_ = tagging::no_element;
    open_mcid_ = -1;
    return "EMC\n";
}

auto marked_content::is_content(std::size_t item_index) const -> bool {
    return plan_.marks.at(page_index_).at(item_index).what == tagging::item_mark::kind::content;
}

auto marked_content::begin(std::size_t item_index, bool split) -> std::string {
    const auto& mark = plan_.marks.at(page_index_).at(item_index);
    using kind = tagging::item_mark::kind;
    switch (mark.what) {
        case kind::pagination:
            return close() + "/Artifact <</Type /Pagination>> BDC\n";
        case kind::layout:
            return close() + "/Artifact <</Type /Layout>> BDC\n";
        case kind::content: {
            if (split) return close();
            if (open_mcid_ >= 0 && open_element_ == mark.element) {
                mcids_[page_index_][item_index].push_back(open_mcid_);  // the same sequence goes on
                return {};
            }
            std::string out = close();
            out += open(item_index, nullptr);
            open_element_ = mark.element;
            open_mcid_ = mcids_[page_index_][item_index].back();
            return out;
        }
        case kind::unmarked:
        case kind::annotation:
            break;
    }
    // Something drawn that the plan did not expect to draw: a writer bug, and untagged content.
    throw std::logic_error("failed to write PDF (item " + std::to_string(item_index + 1) + " on page " +
                           std::to_string(page_index_ + 1) + " is drawn but has no tag)");
}

auto marked_content::end(std::size_t item_index) -> std::string {
    const auto what = plan_.marks.at(page_index_).at(item_index).what;
    using kind = tagging::item_mark::kind;
    return what == kind::pagination || what == kind::layout ? "EMC\n" : "";
}

auto marked_content::end_page() -> std::string { return close(); }

auto marked_content::marker(std::size_t item_index) -> content_marker {
    return [this, item_index](const std::string* actual_text) { return open(item_index, actual_text); };
}

}  // namespace folio::render::pdf
