#include "compose/resolved_document.hpp"
#include "layout/layout_document.hpp"

#include "i18n/message_catalog.hpp"
#include "load/load_document.hpp"
#include "model/walk.hpp"
#include "support/shipped_style.hpp"

#include <gtest/gtest.h>

namespace folio::layout {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

struct edition_case {
    std::string language;
    std::string edition;
};

class handout_layout : public ::testing::TestWithParam<edition_case> {};

TEST_P(handout_layout, fits_the_text_area_with_a_footer_on_every_page_and_a_bookmark_per_heading) {
    const auto& [language, edition] = GetParam();
    const auto style = folio::testing::shipped_style(edition);
    ASSERT_TRUE(style);
    const font_set fonts(*style, folio::testing::repository_fonts());
    model::diagnostics sink;
    const auto doc = load::load_document(source_dir / "content/immunotherapy" / (language + ".xml"), sink);
    ASSERT_TRUE(doc && !sink.has_errors());
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, language);
    const auto pages = layout_document(compose::resolve(*doc, messages), *style, fonts, sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    ASSERT_GE(pages.pages.size(), 3U);

    for (std::size_t p = 0; p < pages.pages.size(); ++p) {
        const auto& page = pages.pages[p];
        const double left = style->margin_left - 0.5;
        const double right = page.width - style->margin_right + 0.5;
        bool footer = false;
        for (const auto& item : page.items) {
            const auto* run = std::get_if<glyph_run>(&item);
            if (run == nullptr) continue;
            if (run->from.role == item_role::page_number) {
                EXPECT_EQ(run->from.artifact, artifact_kind::pagination);
                footer = true;
                for (const auto& g : run->glyphs) EXPECT_GT(g.y, page.height - style->margin_bottom);
                continue;
            }
            // Every heading is bold: in a bold face, or emboldened where the family has one weight.
            if (run->from.role == item_role::heading) {
                EXPECT_EQ(run->synthetic_bold, run->font.file.find("DroidSansFallback") != std::string::npos) << run->text;
            }
            if (edition == "large-print") {
                EXPECT_GE(run->size, 16.0) << run->text;
            }
            for (const auto& g : run->glyphs) {
                if (g.text == " ") continue;
                EXPECT_GE(g.x, left) << "page " << p + 1 << ": " << run->text;
                EXPECT_LE(g.x + g.advance, right) << "page " << p + 1 << ": " << run->text;
                EXPECT_GE(g.y, style->margin_top) << run->text;
                EXPECT_LE(g.y, page.height - style->margin_bottom) << run->text;
            }
        }
        EXPECT_TRUE(footer) << "page " << p + 1 << " has no page number";
        EXPECT_FALSE(page.label.empty());
    }
    // A bookmark for the title and for every titled section and glossary.
    std::size_t headings = 1;
    model::walk_blocks(doc->body, [&](const model::block_node& n) {
        if (const auto* s = std::get_if<model::section>(&n.value); s && !s->title.empty()) ++headings;
        if (const auto* g = std::get_if<model::glossary>(&n.value); g && !g->title.empty()) ++headings;
        return false;
    });
    EXPECT_EQ(pages.outline.size(), headings);
    for (std::size_t i = 1; i < pages.outline.size(); ++i)
        EXPECT_LE(pages.outline[i - 1].page_index, pages.outline[i].page_index);
}

INSTANTIATE_TEST_SUITE_P(languages, handout_layout,
                         ::testing::Values(edition_case{"en", "brochure"}, edition_case{"en", "large-print"},
                                           edition_case{"es", "brochure"}, edition_case{"zh-Hans", "brochure"},
                                           edition_case{"ar", "brochure"}, edition_case{"ar", "large-print"},
                                           edition_case{"vi", "large-print"}, edition_case{"hi", "brochure"}),
                         [](const ::testing::TestParamInfo<edition_case>& param) {
                             std::string name = param.param.language + "_" + param.param.edition;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

}  // namespace
}  // namespace folio::layout
