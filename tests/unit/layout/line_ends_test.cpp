// Every line of print ends where a line may end: at an ICU line-break opportunity (UAX #14 with
// the document language's rules: CJK kinsoku, no break before closing punctuation) or at a
// hyphenation point drawn with a hyphen. Checked on the glyph runs themselves, so it covers what
// the pdftotext-based print check cannot see: Arabic (poppler makes a word of each glyph) and
// Chinese (no spaces between words). Printed web addresses break by their own (Chicago) rule and
// are checked whole by tests/print/check_layout_quality.py.

#include "laid_out.hpp"

#include "i18n/text_segmentation.hpp"
#include "base/overloaded.hpp"
#include "load/load_document.hpp"
#include "model/walk.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace folio::layout {
namespace {

/// One node's drawn text, as far as its glyph runs show it, and the lines it was set on.
struct drawn_node {
    std::map<std::size_t, std::string> pieces;  ///< text offset → run text
    struct line {
        std::size_t start = 0;
        std::size_t end = 0;
        bool hyphen = false;  ///< ends with a drawn hyphen (added, or a soft hyphen of the content)
        std::size_t page = 0;
        bool furniture = false;  ///< pagination artifacts drawn on the same baseline
        double right = 0;        ///< right edge of the line's ink (spaces left out)
        double left = 1e9;       ///< left edge of the same
    };
    std::map<std::tuple<std::size_t, long>, line> lines;  ///< (page, baseline) → line

    /// The text with gaps (what artifacts or dropped line-end spaces hid) filled with spaces.
    [[nodiscard]] auto text() const -> std::string {
        std::string out;
        for (const auto& [at, piece] : pieces) {
            if (at > out.size()) out.append(at - out.size(), ' ');
            if (at + piece.size() > out.size()) out.replace(at, std::string::npos, piece);
        }
        return out;
    }
};

using node_key = std::tuple<std::string, int, int, int, int>;  // id, role, row, column, part

auto drawn_nodes(const paged_document& pages) -> std::map<node_key, drawn_node> {
    std::map<node_key, drawn_node> out;
    std::set<std::tuple<std::size_t, long>> furniture;  // (page, baseline) of pagination words
    for (std::size_t p = 0; p < pages.pages.size(); ++p)
        for (const auto& item : pages.pages[p].items)
            if (const auto* run = std::get_if<glyph_run>(&item);
                run != nullptr && !run->glyphs.empty() && run->from.artifact == artifact_kind::pagination)
                furniture.insert({p, std::lround(run->glyphs.front().y * 10)});
    for (std::size_t p = 0; p < pages.pages.size(); ++p)
        for (const auto& item : pages.pages[p].items) {
            const auto* run = std::get_if<glyph_run>(&item);
            if (run == nullptr || run->glyphs.empty() || run->from.artifact != artifact_kind::none) continue;
            auto& node = out[{run->from.node_id, static_cast<int>(run->from.role), run->from.row, run->from.column, run->from.part}];
            node.pieces[run->text_offset] = run->text;
            const std::tuple<std::size_t, long> baseline{p, std::lround(run->glyphs.front().y * 10)};
            auto& line = node.lines.try_emplace(baseline, drawn_node::line{run->text_offset, run->text_offset, false, p,
                                                                           furniture.contains(baseline)}).first->second;
            line.start = std::min(line.start, run->text_offset);
            line.end = std::max(line.end, run->text_offset + run->text.size());
            for (const auto& g : run->glyphs) {
                if (g.text == "\u00AD") line.hyphen = true;
                if (g.text != " ") line.right = std::max(line.right, static_cast<double>(g.x) + g.advance);
                if (g.text != " ") line.left = std::min(line.left, static_cast<double>(g.x));
            }
        }
    return out;
}

/// The whitespace-delimited token around byte `at`: a printed address breaks by its own rule.
auto inside_address(const std::string& text, std::size_t at) -> bool {
    const auto from = text.find_last_of(' ', at == 0 ? 0 : at - 1);
    const auto to = text.find(' ', at);
    const auto token = text.substr(from == std::string::npos ? 0 : from + 1, to == std::string::npos ? std::string::npos : to - (from == std::string::npos ? 0 : from + 1));
    return token.find("://") != std::string::npos || token.find("www.") != std::string::npos;
}

/// Fails for every line that ends where no line may end; returns the number of lines checked.
auto check_line_ends(const paged_document& pages, const std::string& language, const std::string& where) -> std::size_t {
    std::size_t checked = 0;
    for (const auto& [key, node] : drawn_nodes(pages)) {
        if (node.lines.size() < 2) continue;
        const auto text = node.text();
        std::set<std::size_t> breaks;
        for (const auto& b : i18n::line_break_opportunities(text, language)) breaks.insert(b.offset);
        std::vector<drawn_node::line> lines;
        for (const auto& [at, line] : node.lines) lines.push_back(line);
        std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            const auto boundary = lines[i + 1].start;
            ++checked;
            if (breaks.contains(boundary) || lines[i].hyphen || inside_address(text, boundary)) continue;
            // Words no node owns (a cross-reference's page number, drawn as a pagination artifact
            // and taking no room in the node's text) end this line or begin the next: the line
            // ended somewhere in them, unseen here.
            if (lines[i].furniture || lines[i + 1].furniture) {
                --checked;
                continue;
            }
            ADD_FAILURE() << where << ": node '" << std::get<0>(key) << "' page " << lines[i].page + 1
                          << ": a line ends inside a word, before \"" << text.substr(boundary, 12) << "\" (after \""
                          << text.substr(boundary >= 12 ? boundary - 12 : 0, std::min<std::size_t>(boundary, 12)) << "\")";
        }
    }
    return checked;
}

TEST(line_ends, the_shipped_handout_breaks_lines_only_where_a_line_may_end) {
    for (const std::string language : {"en", "es", "zh-Hans", "ar", "vi", "hi"}) {
        const auto doc = testing::shipped_handout(language);
        ASSERT_TRUE(doc) << language;
        for (const std::string edition : {"brochure", "large-print"}) {
            const auto result = testing::lay_out(*doc, edition);
            ASSERT_TRUE(result.resolved);
            // Enough lines that a check on nothing cannot pass: every paragraph of several lines.
            EXPECT_GT(check_line_ends(result.pages, language, language + " " + edition), 40U) << language << " " << edition;
        }
    }
}

/// A narrow, wide table and running text in `language`, words as long as that language has.
auto hard_document(const std::string& language, const std::string& words) -> model::document {
    std::string row = "<tr>";
    for (int c = 0; c < 5; ++c) row += "<td>" + words + "</td>";
    row += "</tr>";
    std::string head = "<tr>";
    for (int c = 0; c < 5; ++c) head += "<th scope=\"col\">" + words.substr(0, words.find(' ')) + "</th>";
    head += "</tr>";
    std::string body = "<section id=\"s\"><title>" + words.substr(0, words.find(' ')) + "</title>";
    for (int i = 0; i < 6; ++i) body += "<p>" + words + " " + words + " " + words + "</p>";
    body += "<table id=\"t\"><caption>" + words + "</caption><thead>" + head + "</thead><tbody>" + row + row + row + "</tbody></table>";
    body += "<ul><li>" + words + "<ul><li>" + words + " " + words + "</li></ul></li></ul></section>";
    const std::string xml = "<document version=\"1\"><meta><title>T</title><language>" + language +
                            "</language><identifier>urn:line-ends</identifier><published>2026-11-26</published>"
                            "<translation status=\"original\"/></meta><body>" + body + "</body></document>";
    model::diagnostics sink;
    auto doc = load::load_document_from_bytes(xml, std::filesystem::path(FOLIO_SOURCE_DIR) / "tests/unit/layout/line-ends.xml", sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    return doc ? *doc : model::document{};
}

TEST(line_ends, long_words_in_narrow_table_columns_break_only_where_a_line_may_end) {
    const std::vector<std::pair<std::string, std::string>> samples{
        {"ar", "السيتوكينات والإنترلوكينات، المثبطات المناعية (PD-1) والأجسام المضادة وحيدة النسيلة."},
        {"zh-Hans", "免疫检查点抑制剂（例如帕博利珠单抗）能够帮助T细胞识别并攻击癌细胞。嵌合抗原受体T细胞疗法，“CAR-T”。"},
        {"hi", "इम्यूनोथेरेपी, चेकपॉइंट इनहिबिटर और मोनोक्लोनल एंटीबॉडी (साइटोकाइन) कैंसर कोशिकाओं पर।"},
        {"es", "Inmunoterapias, pembrolizumab, blinatumomab y citocinas antiinflamatorias (interleucina-2)."},
    };
    for (const auto& [language, words] : samples) {
        const auto doc = hard_document(language, words);
        for (const std::string edition : {"brochure", "large-print"}) {
            const auto result = testing::lay_out(doc, edition);
            ASSERT_TRUE(result.resolved);
            EXPECT_GT(check_line_ends(result.pages, language, language + " " + edition), 20U) << language << " " << edition;
        }
    }
}

/// Where the forced line breaks of `run` sit in its node's drawn text.
void forced_breaks(const model::inlines& run, std::set<std::size_t>& out) {
    for (const auto& node : run)
        std::visit(overloaded{
                       [&](const model::text&) {},
                       [&](const model::emphasis& e) { forced_breaks(e.children, out); },
                       [&](const model::strong& e) { forced_breaks(e.children, out); },
                       [&](const model::link& e) { forced_breaks(e.children, out); },
                       [&](const model::abbreviation&) {},
                       [&](const model::foreign& e) { forced_breaks(e.children, out); },
                       [&](const model::cross_reference& e) { forced_breaks(e.children, out); },
                       [&](const model::line_break& b) { out.insert(b.offset); },
                   },
                   node.value);
}

/// For each paragraph of several lines: how far apart the right ends of its lines are, in points
/// (0 when every line is filled to the same measure); a paragraph's last line and lines ended by
/// a forced break are left out.
auto ragged_ends(const testing::laid_out& laid) -> std::vector<double> {
    std::map<std::string, std::set<std::size_t>> breaks;
    model::walk_blocks(laid.resolved->doc().body, [&](const model::block_node& node) {
        if (const auto* p = std::get_if<model::paragraph>(&node.value)) forced_breaks(p->content, breaks[node.id]);
        return false;  // on to the next block
    });
    std::vector<double> out;
    for (const auto& [key, node] : drawn_nodes(laid.pages)) {
        if (std::get<1>(key) != static_cast<int>(item_role::paragraph) || node.lines.size() < 3) continue;
        const auto& forced = breaks[std::get<0>(key)];
        std::vector<drawn_node::line> lines;
        for (const auto& [at, line] : node.lines) lines.push_back(line);
        std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
        double low = 1e9, high = -1e9;
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            if (lines[i].furniture) continue;  // a page number's line may end a few points short
            if (forced.contains(lines[i + 1].start - 1)) continue;
            low = std::min(low, lines[i].right);
            high = std::max(high, lines[i].right);
        }
        if (high >= low) out.push_back(high - low);
    }
    return out;
}

TEST(line_ends, chinese_is_set_solid_in_a_left_aligned_style_and_english_stays_ragged) {
    for (const std::string edition : {"brochure", "large-print"}) {
        const auto zh = testing::shipped_handout("zh-Hans");
        const auto en = testing::shipped_handout("en");
        ASSERT_TRUE(zh && en);
        const auto solid = ragged_ends(testing::lay_out(*zh, edition));
        const auto ragged = ragged_ends(testing::lay_out(*en, edition));
        ASSERT_GE(solid.size(), 5U) << edition;
        ASSERT_GE(ragged.size(), 5U) << edition;
        // A line of long Latin names in Chinese ("University of Pittsburgh Medical Center …") has
        // too few gaps to fill without holes and is left short (the line breaker's stretch bound):
        // at most one paragraph in ten may have one.
        const auto filled = std::count_if(solid.begin(), solid.end(), [](double spread) { return spread < 0.5; });
        EXPECT_GE(static_cast<double>(filled), 0.9 * static_cast<double>(solid.size()))
            << edition << ": " << solid.size() - static_cast<std::size_t>(filled) << " Chinese paragraphs end their lines at different places";
        const auto even = std::count_if(ragged.begin(), ragged.end(), [](double spread) { return spread < 0.5; });
        EXPECT_LT(static_cast<double>(even), 0.2 * static_cast<double>(ragged.size())) << edition << ": English lines were justified";
    }
}

TEST(line_ends, headings_and_titles_of_several_lines_are_balanced) {
    // "Liệu pháp miễn dịch trong điều trị ung" / "thư": a title as one full line and a lone word
    // reads badly; balanced, its lines differ little in length (CSS text-wrap: balance).
    std::size_t checked = 0;
    for (const std::string language : {"en", "es", "zh-Hans", "ar", "vi", "hi"}) {
        const auto doc = testing::shipped_handout(language);
        ASSERT_TRUE(doc) << language;
        for (const std::string edition : {"brochure", "large-print"}) {
            const auto laid = testing::lay_out(*doc, edition);
            for (const auto& [key, node] : drawn_nodes(laid.pages)) {
                const auto role = static_cast<item_role>(std::get<1>(key));
                if (role != item_role::heading && role != item_role::title && role != item_role::subtitle) continue;
                if (node.lines.size() < 2) continue;
                double shortest = 1e9, longest = 0;
                for (const auto& [at, line] : node.lines) {
                    shortest = std::min(shortest, line.right - line.left);
                    longest = std::max(longest, line.right - line.left);
                }
                ++checked;
                EXPECT_GT(shortest, 0.5 * longest) << language << " " << edition << ": '" << std::get<0>(key) << "' has a line of "
                                                   << shortest << " pt beside one of " << longest << " pt";
            }
        }
    }
    EXPECT_GE(checked, 5U);  // the shipped handout has headings of two lines in large print
}

}  // namespace
}  // namespace folio::layout
