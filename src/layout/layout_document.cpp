#include "layout/layout_document.hpp"

#include "i18n/language_tag.hpp"
#include "i18n/locale_data.hpp"
#include "layout/block_layout.hpp"

#include <algorithm>
#include <map>


namespace folio::layout {

namespace {
constexpr double points_per_mm = 72.0 / 25.4;

/// Text in a language whose own family is optional and not fetched (`make fonts`) is still
/// drawn, by another family of its script; the author hears of it once, with what to run.
void warn_of_unfetched_fonts(const compose::resolved_document& resolved, const model::style& style, model::diagnostics& sink) {
    for (const auto& family : style.unfetched_fonts)
        for (const auto& language : resolved.languages())
            if (std::any_of(family.languages.begin(), family.languages.end(),
                            [&](const std::string& wanted) { return i18n::written_as(language, wanted); })) {
                sink.warning("font-not-fetched", resolved.doc().source_path, {},
                             "the " + style.edition + " edition draws the " + i18n::language_display_name(language, "en") +
                                 " text with another font: its own (" + family.regular +
                                 ") is optional and not fetched, so glyph forms or bold may differ",
                             "run 'make fonts' to fetch the optional fonts (docs/styles.md, fonts/README.md)");
                break;
            }
}

auto frame_for(const model::style& style, const std::string& language) -> page_frame {
    page_frame frame;
    i18n::paper_size paper = i18n::default_paper_size(language);
    if (style.paper == model::paper_choice::a4) paper = {210, 297};
    if (style.paper == model::paper_choice::letter) paper = {216, 279};
    // US Letter is 8.5 x 11 in exactly; CLDR rounds it to whole millimetres.
    if (paper.width_mm == 216 && paper.height_mm == 279) {
        frame.width = 612;
        frame.height = 792;
    } else {
        frame.width = paper.width_mm * points_per_mm;
        frame.height = paper.height_mm * points_per_mm;
    }
    frame.margin_top = style.margin_top;
    frame.margin_bottom = style.margin_bottom;
    frame.margin_left = style.margin_left;
    frame.margin_right = style.margin_right;
    frame.columns = style.columns;
    frame.column_gap = style.column_gap;
    return frame;
}
}  // namespace

auto layout_document(const compose::resolved_document& resolved, const model::style& style, const font_set& fonts,
                     model::diagnostics& sink) -> paged_document {
    const auto& doc = resolved.doc();
    const auto frame = frame_for(style, doc.meta.language);
    const double column_height = frame.height - frame.margin_top - frame.margin_bottom;
    const bool right_to_left = i18n::is_right_to_left(doc.meta.language);

    // Cross-references name the page of their target ("see “Side effects”, page 5"), which is
    // known only once the pages are: the first pass sets a two-digit number in each one's place,
    // the next sets the pages found, and a third is made only if that moved a target (a wider
    // number pushing text over a page); the last pass's pages are the ones printed.
    const bool references = resolved.cross_references() > 0;
    std::map<std::string, std::int64_t> target_pages;
    paginated result;
    model::diagnostics last_pass;
    for (int pass = 0; pass < (references ? 3 : 1); ++pass) {
        last_pass = {};  // what a pass reports is reported once, from the last pass
        layout_context context{resolved, doc, style, fonts, last_pass, frame.column_width(), column_height, right_to_left,
                               doc.meta.language, {}, 0, {}, references ? &target_pages : nullptr};
        std::vector<flow_item> flow;
        layout_cover(context, flow);
        layout_title_block(context, flow);
        layout_blocks(doc.body, context, flow);
        result = {};  // the previous pass's pages go before this pass's are made
        result = paginate(std::move(flow), frame, context.boxes);
        std::map<std::string, std::int64_t> found;
        for (const auto& a : result.anchors) found.try_emplace(a.node_id, static_cast<std::int64_t>(a.page_index) + 1);
        const bool settled = pass > 0 && found == target_pages;
        target_pages = std::move(found);
        if (settled) break;
    }
    for (const auto& d : last_pass.all()) sink.add(d);
    warn_of_unfetched_fonts(resolved, style, sink);
    layout_context context{resolved, doc, style, fonts, sink, frame.column_width(), column_height, right_to_left,
                           doc.meta.language, {}, 0, {}, nullptr};

    paged_document out;
    out.title = model::plain_text(doc.meta.title);
    out.subject = model::plain_text(doc.meta.subtitle);
    out.author = resolved.title().authors;
    out.publisher = doc.meta.publisher;
    out.keywords = resolved.title().keywords;
    out.language = doc.meta.language;
    out.identifier = doc.meta.identifier;
    out.outline = std::move(result.outline);
    out.anchors = std::move(result.anchors);

    // Footer: "Page X of Y" in the reader's language and digits, at the same place on every page.
    const auto total = static_cast<std::int64_t>(result.pages.size());
    const double text_width = frame.width - frame.margin_left - frame.margin_right;
    const double saved_width = context.column_width;
    context.column_width = text_width;
    // A book's cover is not a numbered page: it is labelled "Cover" (the PDF's page labels) and
    // has no footer; the pages after it count from 1.
    const bool cover = doc.meta.cover && doc.meta.cover->image;
    const auto numbered = total - (cover ? 1 : 0);
    for (std::size_t i = 0; i < result.pages.size(); ++i) {
        auto& page = result.pages[i];
        if (cover && i == 0) {
            page.label = resolved.cues().landmark_cover();
            continue;
        }
        const auto number = static_cast<std::int64_t>(i + (cover ? 0 : 1));
        page.label = resolved.page_label(number);
        auto footer = layout_plain_line(resolved.page_footer(number, numbered), style.small_size,
                                        style.muted_color, context, text_width, true);
        const double y = frame.height - frame.margin_bottom + (frame.margin_bottom - footer.height) / 2;
        for (auto& item : footer.items) {
            if (auto* g = std::get_if<glyph_run>(&item)) {
                for (auto& glyph : g->glyphs) move_glyph(glyph, frame.margin_left, y);
                page.items.push_back(std::move(item));
            }
        }
    }
    context.column_width = saved_width;
    out.pages = std::move(result.pages);
    return out;
}

}  // namespace folio::layout
