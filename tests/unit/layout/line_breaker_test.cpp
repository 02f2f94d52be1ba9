#include "layout/line_breaker.hpp"

#include "support/shipped_style.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace folio::layout {
namespace {

auto brochure() -> const model::style& {
    // A failed initialisation is tried again by the next test, which then fails the same way.
    static const model::style style = [] {
        auto s = folio::testing::shipped_style("brochure");
        if (!s) throw std::runtime_error("styles/brochure.xml cannot be used with the repository's fonts (see above)");
        return *s;
    }();
    return style;
}

auto fonts() -> const font_set& {
    static const font_set set(brochure(), folio::testing::repository_fonts());
    return set;
}

auto span(const std::string& text, const std::string& language = "en") -> std::vector<styled_span> {
    text_style s;
    s.size = 10;
    s.language = language;
    return {{text, s}};
}

auto line_text(const laid_line& line) -> std::string {
    std::string out;
    for (const auto& r : line.runs) out += r.text;
    return out;
}

auto right_edge(const laid_line& line) -> double {
    double edge = 0;
    for (const auto& r : line.runs)
        for (const auto& g : r.glyphs)
            if (g.text != " ") edge = std::max(edge, static_cast<double>(g.x) + g.advance);
    return edge;
}

TEST(line_breaker, fills_lines_up_to_the_width_and_keeps_every_character) {
    const std::string text = "Immunotherapy helps your immune system find and fight cancer cells. It has three main aims.";
    line_settings settings;
    settings.width = 150;
    settings.language = "en";
    const auto result = break_lines(span(text), settings, fonts());
    ASSERT_GT(result.lines.size(), 2U);
    std::string joined;
    for (const auto& line : result.lines) {
        EXPECT_LE(right_edge(line), settings.width + 0.01) << line_text(line);
        joined += line_text(line);
    }
    EXPECT_EQ(joined, text);
    EXPECT_TRUE(result.uncovered.empty());
}

TEST(line_breaker, justified_lines_reach_the_right_edge_except_the_last) {
    line_settings settings;
    settings.width = 200;
    settings.justify = true;
    settings.hyphenate = true;
    settings.language = "en";
    const auto result = break_lines(span("Most often the drug drips slowly into a vein through a thin tube, and most people go home the same day."),
                                    settings, fonts());
    ASSERT_GT(result.lines.size(), 2U);
    for (std::size_t i = 0; i + 1 < result.lines.size(); ++i) EXPECT_NEAR(right_edge(result.lines[i]), 200, 0.05) << line_text(result.lines[i]);
    EXPECT_LT(right_edge(result.lines.back()), 199);
}

TEST(line_breaker, cuts_a_word_longer_than_the_line_instead_of_overflowing) {
    line_settings settings;
    settings.width = 60;
    settings.language = "en";
    const std::string url = "https://www.cancer.gov/about-cancer/treatment/types/immunotherapy";
    const auto result = break_lines(span(url), settings, fonts());
    ASSERT_GT(result.lines.size(), 2U);
    std::string joined;
    for (const auto& line : result.lines) {
        EXPECT_LE(right_edge(line), 60.01);
        joined += line_text(line);
    }
    EXPECT_EQ(joined, url);
}

/// The line's drawn text with its added hyphen, as a reader sees it.
auto seen_text(const laid_line& line) -> std::string {
    std::string out;
    for (const auto& r : line.runs)
        for (const auto& g : r.glyphs) out += g.text != "\u00AD" ? g.text : g.advance > 0 ? "-" : "";
    return out;
}

TEST(line_breaker, hyphenates_at_pattern_points_with_a_visible_hyphen_only_when_asked) {
    const std::string text = "Los inhibidores de puntos de control inmunitarios bloquean las proteínas inhibidoras.";
    line_settings settings;
    settings.width = 70;
    settings.language = "es";
    settings.justify = true;
    settings.hyphenate = true;
    const auto hyphenated = break_lines(span(text, "es"), settings, fonts());
    std::string joined;
    int hyphens = 0;
    for (std::size_t i = 0; i < hyphenated.lines.size(); ++i) {
        const auto seen = seen_text(hyphenated.lines[i]);
        joined += line_text(hyphenated.lines[i]);
        EXPECT_LE(right_edge(hyphenated.lines[i]), 70.05) << seen;
        if (seen.ends_with("-")) {
            ++hyphens;
            EXPECT_LT(i + 1, hyphenated.lines.size()) << "the last line ends with an added hyphen";
        }
    }
    EXPECT_GT(hyphens, 0) << "nothing hyphenated in a 70 pt measure";
    EXPECT_EQ(joined, text) << "the hyphens are drawn, not added to the text";
    settings.hyphenate = false;
    for (const auto& line : break_lines(span(text, "es"), settings, fonts()).lines) {
        EXPECT_FALSE(seen_text(line).ends_with("-")) << seen_text(line);
    }
}

TEST(line_breaker, a_soft_hyphen_breaks_with_a_hyphen_where_hyphenation_is_on_and_is_invisible_elsewhere) {
    const std::string text = "Pembro\u00ADlizumab pembro\u00ADlizumab pembro\u00ADlizumab";
    line_settings settings;
    settings.width = 50;
    settings.language = "en";
    settings.hyphenate = true;
    const auto on = break_lines(span(text), settings, fonts());
    ASSERT_GT(on.lines.size(), 1U);
    EXPECT_TRUE(seen_text(on.lines.front()).ends_with("Pembro-")) << seen_text(on.lines.front()) << " | " << seen_text(on.lines[1]);
    settings.hyphenate = false;
    settings.width = 300;
    const auto off = break_lines(span(text), settings, fonts());
    ASSERT_EQ(off.lines.size(), 1U);
    for (const auto& r : off.lines.front().runs) {
        for (const auto& g : r.glyphs) {
            if (g.text == "\u00AD") {
                EXPECT_EQ(g.advance, 0) << "an unbroken soft hyphen takes no room";
            }
        }
    }
}

TEST(line_breaker, total_fit_keeps_justified_spaces_tighter_than_the_first_fit) {
    // A paragraph whose greedy filling leaves one very loose line: total fit spreads the slack.
    const std::string text =
        "Cancer cells are often good at hiding, though: some look a lot like healthy cells, and others send out signals "
        "that tell immune cells to stand down. As a result, the immune system may miss the cancer or stop fighting it "
        "too soon. Immunotherapy is a type of cancer treatment that helps your immune system find and fight cancer.";
    line_settings settings;
    settings.width = 240;
    settings.language = "en";
    settings.justify = true;
    settings.hyphenate = true;
    const auto result = break_lines(span(text), settings, fonts());
    ASSERT_GT(result.lines.size(), 4U);
    // A space of Noto Sans is 0.26 em; a justified line's spaces are at most doubled (a line that
    // would need more is left unjustified), and total fit keeps almost every line justified.
    EXPECT_LE(widest_word_space(result), 0.53);
    std::size_t justified = 0;
    for (std::size_t i = 0; i + 1 < result.lines.size(); ++i) justified += std::abs(right_edge(result.lines[i]) - 240) < 0.05 ? 1 : 0;
    EXPECT_GE(justified + 1, result.lines.size() - 1) << "more than one line left unjustified";
}

TEST(line_breaker, content_widths_are_the_widest_word_and_the_widest_line) {
    line_settings settings;
    settings.language = "en";
    const auto whole = measure_content(span("Take the brakes off immune cells\nPembrolizumab"), settings, fonts());
    settings.width = 1e6;
    const auto one_line = break_lines(span("Take the brakes off immune cells"), settings, fonts());
    settings.width = 1;
    EXPECT_NEAR(whole.max, right_edge(one_line.lines.front()), 0.01);
    const auto word = break_lines(span("Pembrolizumab"), settings, fonts());
    EXPECT_NEAR(whole.min, right_edge(word.lines.front()), 0.5);
    settings.hyphenate = true;
    const auto hyphenated = measure_content(span("Pembrolizumab"), settings, fonts());
    EXPECT_LT(hyphenated.min, whole.min) << "a hyphenation point makes the narrowest width smaller";
}

TEST(line_breaker, cjk_lines_never_start_with_closing_punctuation) {
    line_settings settings;
    settings.width = 52;  // about five ideographs at 10 pt
    settings.language = "zh-Hans";
    const auto result = break_lines(span("免疫治疗是一种癌症治疗方法。它帮助免疫系统找到并对抗癌症。", "zh-Hans"), settings, fonts());
    ASSERT_GT(result.lines.size(), 2U);
    for (const auto& line : result.lines) {
        const auto text = line_text(line);
        EXPECT_FALSE(text.starts_with("。")) << text;
        EXPECT_FALSE(text.starts_with("，")) << text;
        EXPECT_LE(right_edge(line), 52.01);
    }
}

TEST(line_breaker, chinese_is_justified_between_characters_not_on_the_spaces_around_latin_words) {
    line_settings settings;
    settings.width = 200;
    settings.justify = true;
    settings.language = "zh-Hans";
    const auto result = break_lines(span("在 CAR-T 细胞疗法中，您的 T 细胞会在实验室里接受改造，带上一种新的受体，叫做嵌合抗原受体。", "zh-Hans"),
                                    settings, fonts());
    ASSERT_GT(result.lines.size(), 1U);
    const auto& line = result.lines.front();
    EXPECT_NEAR(right_edge(line), 200, 0.05);  // justified
    // Every glyph's advance beyond its natural width: spaces get no more than the ideographs do,
    // and the letters inside "CAR-T" get nothing.
    std::vector<positioned_glyph> glyphs;  // the whole line, left to right (logical order here)
    for (const auto& run : line.runs) glyphs.insert(glyphs.end(), run.glyphs.begin(), run.glyphs.end());
    double widest_space = 0, ideograph = 0;
    for (std::size_t g = 0; g + 1 < glyphs.size(); ++g) {
        const double pitch = glyphs[g + 1].x - glyphs[g].x;
        if (glyphs[g].text == " ") widest_space = std::max(widest_space, pitch);
        if (glyphs[g].text == "细") ideograph = pitch;
    }
    // The characters take the stretch (an ideograph is one em, 10 pt, wide before it), and a space
    // (about a quarter of an em) no more than a character's share.
    EXPECT_GT(ideograph, 10.001);
    EXPECT_LT(widest_space, ideograph);
}

TEST(line_breaker, a_printed_address_breaks_only_where_chicago_allows_and_never_after_its_hyphens) {
    const std::string address = " (https://www.cancer.gov/about-cancer/patient-education/immunotherapy-and-you?lang=en&print=yes)";
    auto spans = span("Read more" + std::string());
    styled_span url{address, spans.front().style, spans.front().text.size(), true};
    spans.push_back(url);
    for (const double width : {90.0, 130.0, 200.0}) {  // each piece between break points fits
        line_settings settings;
        settings.width = width;
        const auto result = break_lines(spans, settings, fonts());
        ASSERT_GT(result.lines.size(), 2U);
        std::string joined;
        for (std::size_t i = 0; i < result.lines.size(); ++i) {
            const auto text = line_text(result.lines[i]);
            joined += text;
            if (i + 1 == result.lines.size()) continue;
            EXPECT_FALSE(text.ends_with("-")) << text;  // a reader would take it for an added hyphen
            const auto next = line_text(result.lines[i + 1]);
            // Chicago: after "//" or ":", else before "/", ".", "-", "?", "&", "=" ... (or at the space).
            const bool allowed = text.ends_with("//") || text.ends_with(" ") || text.ends_with("=") || text.ends_with("&") ||
                                 std::string_view("/.-_?#%~=&").find(next.front()) != std::string_view::npos;
            EXPECT_TRUE(allowed) << "'" << text << "' | '" << next << "'";
        }
        EXPECT_EQ(joined, "Read more" + address);  // copying the lines gives the address back
    }
}

TEST(line_breaker, right_to_left_lines_keep_logical_order_and_run_leftwards) {
    line_settings settings;
    settings.width = 300;
    settings.right_to_left = true;
    settings.language = "ar";
    const std::string text = "العلاج المناعي PD-1 يساعد";
    const auto result = break_lines(span(text, "ar"), settings, fonts());
    ASSERT_EQ(result.lines.size(), 1U);
    const auto& line = result.lines.front();
    EXPECT_EQ(line_text(line), text);  // logical order
    // The first Arabic word sits at the right end of the line; "PD-1" is left of it, LTR inside.
    const auto& first = line.runs.front();
    EXPECT_TRUE(first.right_to_left);
    EXPECT_NEAR(first.x + first.width, 300, 0.5);
    const auto latin = std::find_if(line.runs.begin(), line.runs.end(), [](const placed_run& r) { return r.text.starts_with("PD-1"); });
    ASSERT_NE(latin, line.runs.end());
    EXPECT_FALSE(latin->right_to_left);
    EXPECT_LT(latin->x, first.x);
    EXPECT_LT(latin->glyphs.front().x, latin->glyphs.back().x);  // "P" left of "1"
    // Within an Arabic run, logical order goes right to left on the page.
    EXPECT_GT(first.glyphs.front().x, first.glyphs.back().x);
}

TEST(line_breaker, a_phrase_in_a_left_to_right_language_keeps_its_full_stop_at_its_end_in_arabic) {
    // <p><span lang="en">An English version is available.</span></p> in an Arabic document: the
    // span is isolated (as the e-book's dir="ltr" does), so the full stop is drawn right of the
    // last word, not at the far left of the line.
    line_settings settings;
    settings.width = 400;
    settings.right_to_left = true;
    settings.language = "ar";
    const auto result = break_lines(span("An English version is available.", "en"), settings, fonts());
    ASSERT_EQ(result.lines.size(), 1U);
    double stop_x = -1;
    double last_word_x = -1;
    for (const auto& r : result.lines.front().runs)
        for (const auto& g : r.glyphs) {
            if (g.text == ".") stop_x = g.x;
            if (g.text == "e") last_word_x = std::max(last_word_x, static_cast<double>(g.x));
        }
    ASSERT_GE(stop_x, 0);
    EXPECT_GT(stop_x, last_word_x);
}

TEST(line_breaker, reports_a_character_no_font_can_draw) {
    line_settings settings;
    settings.language = "en";
    const auto result = break_lines(span("Take care \U0001F600 today"), settings, fonts());
    ASSERT_EQ(result.uncovered.size(), 1U);
    EXPECT_EQ(result.uncovered.front().character, U'\U0001F600');
}

TEST(line_breaker, picks_a_font_per_script_by_coverage) {
    line_settings settings;
    settings.language = "hi";
    const auto result = break_lines(span("कैंसर CAR-T 免疫", "hi"), settings, fonts());
    ASSERT_TRUE(result.uncovered.empty());
    std::vector<std::string> files;
    for (const auto& r : result.lines.front().runs) files.push_back(std::filesystem::path(font_reference(*r.font).file).filename());
    EXPECT_NE(std::find(files.begin(), files.end(), "NotoSansDevanagari-Regular.ttf"), files.end());
    EXPECT_NE(std::find(files.begin(), files.end(), "NotoSans-Regular.ttf"), files.end());
    EXPECT_NE(std::find(files.begin(), files.end(), "DroidSansFallbackFull.ttf"), files.end());
}

TEST(font_set, a_family_lacking_the_language_letters_is_passed_over_for_the_whole_text) {
    const auto large = folio::testing::shipped_style("large-print");
    ASSERT_TRUE(large);
    auto file_of = [](const loaded_font* f) { return std::filesystem::path(font_reference(*f).file).filename().string(); };
    // English large print is set in Atkinson Hyperlegible; Vietnamese, which Atkinson lacks
    // letters for, in Noto Sans throughout: even words Atkinson could draw, like "pháp".
    const font_set english(*large, folio::testing::repository_fonts(), "en");
    EXPECT_EQ(file_of(english.pick("Latn", "pháp", false, false)), "AtkinsonHyperlegible_400Regular.ttf");
    const font_set vietnamese(*large, folio::testing::repository_fonts(), "vi");
    EXPECT_EQ(file_of(vietnamese.pick("Latn", "pháp", false, false)), "NotoSans-Regular.ttf");
    EXPECT_EQ(file_of(vietnamese.pick("Zyyy", "1.", false, false)), "NotoSans-Regular.ttf");
}

}  // namespace
}  // namespace folio::layout
