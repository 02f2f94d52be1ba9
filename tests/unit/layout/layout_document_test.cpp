#include "compose/resolved_document.hpp"
#include "layout/layout_document.hpp"

#include "i18n/message_catalog.hpp"
#include "load/load_document.hpp"
#include "model/walk.hpp"
#include "support/scratch_directory.hpp"
#include "support/shipped_style.hpp"

#include "layout/font_set.hpp"
#include "load/read_style.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

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
    for (const auto& d : sink.all())
        if (folio::testing::says_something_wrong(d)) ADD_FAILURE() << model::format_diagnostic(d);
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

/// A fonts folder with the repository's Noto and Droid faces, and a brochure style naming an
/// optional Traditional Chinese family ("tc/TC.ttf", not there until `fetch`), for the tests of
/// optional fonts.
struct optional_font_workspace {
    optional_font_workspace() {
        std::filesystem::create_directories(fonts / "tc");
        std::filesystem::create_directory_symlink(source_dir / "fonts/noto", fonts / "noto");
        std::filesystem::create_directory_symlink(source_dir / "fonts/droid", fonts / "droid");
        std::ofstream(dir.path() / "brochure.xml") << R"(<style version="1" edition="brochure">
  <fonts>
    <family scripts="Latn Zyyy" regular="noto/NotoSans-Regular.ttf"/>
    <family scripts="Hani" languages="zh-Hant" optional="true" regular="tc/TC.ttf"/>
    <family scripts="Hani Hira Kana Bopo" regular="droid/DroidSansFallbackFull.ttf"/>
  </fonts>
</style>
)";
    }
    /// The optional family fetched (a copy of Droid Sans Fallback under its name).
    void fetch() const { std::filesystem::copy_file(source_dir / "fonts/droid/DroidSansFallbackFull.ttf", fonts / "tc/TC.ttf"); }
    [[nodiscard]] auto style(model::diagnostics& sink) const -> std::optional<model::style> {
        return load::read_style(dir.path() / "brochure.xml", fonts, sink);
    }
    /// A document in `language` with this title and body.
    [[nodiscard]] auto document(const std::string& language, const std::string& title, const std::string& body,
                                model::diagnostics& sink) const -> std::optional<model::document> {
        return load::load_document_from_bytes(
            "<document version=\"1\"><meta><title>" + title + "</title><language>" + language +
                "</language><identifier>urn:t</identifier><published>2026-11-26</published><translation status=\"original\"/>"
                "</meta><body>" + body + "</body></document>",
            dir.path() / (language + ".xml"), sink);
    }
    /// Lays out a Traditional Chinese document of this body in the workspace's style, what the
    /// layout reports going to `sink`.
    void lay_out_traditional_chinese(const std::string& body, model::diagnostics& sink) const {
        const auto doc = document("zh-Hant", "字", body, sink);
        ASSERT_TRUE(doc && !sink.has_errors());
        const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, "zh-Hant");
        const auto loaded = style(sink);
        ASSERT_TRUE(loaded && !sink.has_errors());
        const font_set set(*loaded, fonts, "zh-Hant");
        (void)layout_document(compose::resolve(*doc, messages), *loaded, set, sink);
    }
    const folio::testing::scratch_directory dir;
    const std::filesystem::path fonts = dir.path() / "fonts";
};

/// The font file each run of `pages` is drawn with, for the runs of node `id`.
auto fonts_of(const paged_document& pages, const std::string& id) -> std::set<std::string> {
    std::set<std::string> out;
    for (const auto& page : pages.pages)
        for (const auto& item : page.items)
            if (const auto* run = std::get_if<glyph_run>(&item); run != nullptr && run->from.node_id == id)
                out.insert(std::filesystem::path(run->font.file).filename().string());
    return out;
}

TEST(optional_fonts, text_waits_for_its_own_family_with_a_warning_and_uses_it_once_fetched) {
    // A style whose Traditional Chinese family is optional (`make fonts`): not fetched, the text
    // is drawn by the general CJK family and layout warns; fetched, the text uses it.
    const optional_font_workspace space;
    model::diagnostics sink;
    const auto doc = space.document("en", "T", "<p id=\"tc\" lang=\"zh-Hant\">如果您說中文，可以免費獲得語言協助。</p><p id=\"sc\" lang=\"zh-Hans\">免费</p>", sink);
    ASSERT_TRUE(doc && !sink.has_errors());
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, "en");
    const auto resolved = compose::resolve(*doc, messages);
    for (const bool fetched : {false, true}) {
        if (fetched) space.fetch();
        model::diagnostics style_sink;
        const auto style = space.style(style_sink);
        ASSERT_TRUE(style && !style_sink.has_errors());
        const font_set set(*style, space.fonts, "en");
        model::diagnostics layout_sink;
        const auto pages = layout_document(resolved, *style, set, layout_sink);
        std::vector<std::string> warnings;
        for (const auto& d : layout_sink.all()) warnings.push_back(d.code + ": " + d.message);
        if (fetched) {
            EXPECT_TRUE(warnings.empty()) << warnings.front();
            EXPECT_EQ(fonts_of(pages, "tc"), (std::set<std::string>{"TC.ttf"}));
        } else {
            ASSERT_EQ(warnings.size(), 1U);
            EXPECT_NE(warnings.front().find("font-not-fetched: the brochure edition draws the Chinese (Traditional) text"),
                      std::string::npos) << warnings.front();
            EXPECT_EQ(fonts_of(pages, "tc"), (std::set<std::string>{"DroidSansFallbackFull.ttf"}));
        }
        EXPECT_EQ(fonts_of(pages, "sc"), (std::set<std::string>{"DroidSansFallbackFull.ttf"}));  // not meant for zh-Hans
    }
}

TEST(optional_fonts, a_face_meant_for_another_language_never_draws_a_phrase_of_this_one) {
    // The shipped styles hold Korean and Japanese faces; the Chinese handout must use none of
    // them, not even for "“关" or "PD-1：" (quotes and full-width marks the CJK face lacks, which
    // a Japanese face has along with the ideographs): Droid Sans Fallback and the Latin face only.
    model::diagnostics sink;
    const auto doc = load::load_document(source_dir / "content/immunotherapy/zh-Hans.xml", sink);
    ASSERT_TRUE(doc && !sink.has_errors());
    const i18n::message_catalog messages(FOLIO_MESSAGES_DIR, "zh-Hans");
    const auto resolved = compose::resolve(*doc, messages);
    for (const std::string edition : {"brochure", "large-print"}) {
        const auto style = folio::testing::shipped_style(edition);
        ASSERT_TRUE(style);
        const font_set set(*style, folio::testing::repository_fonts(), "zh-Hans");
        const auto pages = layout_document(resolved, *style, set, sink);
        std::set<std::string> used;
        for (const auto& page : pages.pages)
            for (const auto& item : page.items)
                if (const auto* run = std::get_if<glyph_run>(&item))
                    used.insert(std::filesystem::path(run->font.file).filename().string());
        // Chinese in Noto Sans SC when `make fonts` fetched it, else Droid Sans Fallback; Latin
        // words in large print are in Atkinson Hyperlegible, the style's Latin face.
        const bool fetched = std::filesystem::exists(folio::testing::repository_fonts() / "noto-cjk/NotoSansSC_400Regular.ttf");
        std::set<std::string> allowed = fetched ? std::set<std::string>{"NotoSansSC_400Regular.ttf", "NotoSansSC_700Bold.ttf"}
                                                : std::set<std::string>{"DroidSansFallbackFull.ttf"};
        if (edition == "brochure")
            allowed.insert({"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"});
        else
            allowed.insert({"AtkinsonHyperlegible_400Regular.ttf", "AtkinsonHyperlegible_700Bold.ttf"});
        for (const auto& file : used) EXPECT_TRUE(allowed.contains(file)) << edition << " draws with " << file;
        EXPECT_TRUE(used.contains(fetched ? "NotoSansSC_400Regular.ttf" : "DroidSansFallbackFull.ttf")) << edition;
    }
}

TEST(optional_fonts, a_character_no_font_has_points_at_make_fonts_when_an_optional_font_of_its_script_is_missing) {
    const optional_font_workspace space;
    model::diagnostics sink;
    space.lay_out_traditional_chinese("<p>香港字&#x2A6A5;</p>", sink);
    std::vector<std::string> errors;
    for (const auto& d : sink.all())
        if (d.level == model::severity::error) errors.push_back(d.message + " / " + d.hint);
    ASSERT_EQ(errors.size(), 1U) << errors.front() << "\n" << errors.back();
    EXPECT_NE(errors.front().find("cannot draw U+2A6A5 CJK UNIFIED IDEOGRAPH-2A6A5 (Han script)"), std::string::npos) << errors.front();
    EXPECT_NE(errors.front().find("run 'make fonts': this style's optional font for the Han script (tc/TC.ttf)"), std::string::npos)
        << errors.front();
}

TEST(optional_fonts, the_coverage_index_names_the_optional_font_that_has_a_character) {
    // With the index in the fonts folder, check knows which unfetched font has the character (a
    // rare ideograph the general CJK face lacks) and which character no font Folio fetches has
    // (one of the Private Use Area): the second gets no `make fonts` hint.
    const optional_font_workspace space;
    std::ofstream(space.fonts / "coverage-index.txt")
        << "# test\ntc/TC.ttf " << code_point_ranges::from_code_points({U'\U0002A6A5', U'\u9999'}).encode() << "\n";
    model::diagnostics sink;
    const auto style = space.style(sink);
    ASSERT_TRUE(style && style->unfetched_fonts.size() == 1U && style->unfetched_fonts.front().indexed_coverage);
    space.lay_out_traditional_chinese("<p>香港字&#x2A6A5;&#xE000;</p>", sink);
    std::map<char32_t, std::string> hints;
    for (const auto& d : sink.all())
        if (d.code == "uncovered-character") hints[d.character] = d.hint;
    ASSERT_EQ(hints.size(), 2U);
    EXPECT_EQ(hints[U'\U0002A6A5'], "run 'make fonts': it fetches tc/TC.ttf, which has it (fonts/coverage-index.txt); else replace the character");
    EXPECT_EQ(hints[U'\uE000'].find("make fonts"), std::string::npos) << hints[U'\uE000'];
    EXPECT_NE(hints[U'\uE000'].find("replace the character"), std::string::npos) << hints[U'\uE000'];
}

}  // namespace
}  // namespace folio::layout
