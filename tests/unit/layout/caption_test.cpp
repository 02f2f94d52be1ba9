// Figure captions: a one-line caption is centred under its image, a longer one starts each line
// at the column's edge like any paragraph (centred lines of small type were hard to read).
#include "laid_out.hpp"

#include "load/load_document.hpp"

#include <gtest/gtest.h>

#include <map>

namespace folio::layout {
namespace {

const std::filesystem::path source_dir = FOLIO_SOURCE_DIR;

struct line_extent {
    double left = 1e9;
    double right = -1e9;
};

/// Each line (page and baseline) of the node's content runs: its leftmost and rightmost ink.
auto lines_of(const paged_document& pages, const std::string& node_id) -> std::map<std::pair<std::size_t, float>, line_extent> {
    std::map<std::pair<std::size_t, float>, line_extent> lines;
    for (std::size_t p = 0; p < pages.pages.size(); ++p)
        for (const auto& item : pages.pages[p].items) {
            const auto* run = std::get_if<glyph_run>(&item);
            if (run == nullptr || run->from.node_id != node_id || run->from.artifact != artifact_kind::none) continue;
            for (const auto& g : run->glyphs) {
                if (std::string_view(g.text) == " ") continue;
                auto& line = lines[{p, g.y}];
                line.left = std::min(line.left, static_cast<double>(g.x));
                line.right = std::max(line.right, static_cast<double>(g.x + g.advance));
            }
        }
    return lines;
}

TEST(captions, one_line_is_centred_and_longer_ones_start_at_the_column_edge) {
    const std::string xml =
        "<document version=\"1\"><meta><title>Figures</title><language>en</language><identifier>urn:x</identifier>"
        "<published>2026-11-26</published><translation status=\"original\"/></meta><body>"
        "<p id=\"first\">A paragraph sets the column's edge.</p>"
        "<figure id=\"short\"><image src=\"images/immune-response.png\" alt=\"A T cell.\"/><caption>A short caption.</caption></figure>"
        "<figure id=\"long\"><image src=\"images/immune-response.png\" alt=\"A T cell.\"/><caption>A long caption that tells the "
        "reader what each part of the drawing shows, panel by panel, so that it runs over two or three lines of small type "
        "under the image in the brochure and in large print.</caption></figure></body></document>";
    model::diagnostics sink;
    const auto doc = load::load_document_from_bytes(xml, source_dir / "content/immunotherapy/en.xml", sink);
    ASSERT_TRUE(doc.has_value());
    for (const auto* edition : {"brochure", "large-print"}) {
        const auto laid = testing::lay_out(*doc, edition);
        ASSERT_TRUE(laid.resolved.has_value());
        const auto edge = lines_of(laid.pages, "first").begin()->second.left;
        const auto short_lines = lines_of(laid.pages, "short");
        ASSERT_EQ(short_lines.size(), 1U) << edition;
        double image_centre = 0;
        for (const auto& page : laid.pages.pages)
            for (const auto& item : page.items)
                if (const auto* img = std::get_if<image>(&item); img && img->from.node_id == "short")
                    image_centre = img->area.x + img->area.width / 2;
        const auto& one = short_lines.begin()->second;
        EXPECT_NEAR((one.left + one.right) / 2, image_centre, 1.0) << edition;
        const auto long_lines = lines_of(laid.pages, "long");
        ASSERT_GE(long_lines.size(), 2U) << edition;
        for (const auto& [where, line] : long_lines)
            EXPECT_NEAR(line.left, edge, 0.5) << edition << ": the line at " << where.second << " on page " << where.first + 1;
    }
}

}  // namespace
}  // namespace folio::layout
