#include "review/writing_checks.hpp"

#include "base/overloaded.hpp"
#include "i18n/text_segmentation.hpp"
#include "i18n/unicode_text.hpp"
#include "model/walk.hpp"
#include "review/finding.hpp"
#include "review/phrases.hpp"
#include "review/prose.hpp"

#include <algorithm>

namespace folio::review {
namespace {

/// Runs of this many words in capitals are hard to read (and screen readers may spell them out).
constexpr std::size_t capitals_run = 3;

auto trimmed(std::string text) -> std::string {
    const auto is_space_or_mark = [](char c) { return c == ' ' || c == '.' || c == ',' || c == ':' || c == '!' || c == '?'; };
    while (!text.empty() && is_space_or_mark(text.back())) text.pop_back();
    const auto first = std::find_if_not(text.begin(), text.end(), is_space_or_mark);
    return {first, text.end()};
}

/// The first words of a long text, for a message.
auto excerpt(const std::string& text) -> std::string {
    constexpr std::size_t shown = 60;  // code points
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && points++ == shown) return text.substr(0, i) + "…";
    }
    return text;
}

auto starts_with(std::string_view text, std::string_view prefix) -> bool { return text.substr(0, prefix.size()) == prefix; }
auto ends_with(std::string_view text, std::string_view suffix) -> bool {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

struct checker {
    const model::document& doc;
    const review_limits& limits;
    const language_phrases& phrases;
    std::vector<model::diagnostic>& findings;
    bool action_content = false;

    void warn(std::string code, model::source_position at, std::string message, std::string hint, std::string words = {}) {
        findings.push_back(make_finding(doc, model::severity::warning, std::move(code), at, std::move(message), std::move(hint),
                                        std::move(words)));
    }

    void heading(const model::inlines& title) {
        const auto lower = i18n::to_lower(model::plain_text(title), doc.meta.language);
        for (const auto& phrase : phrases.action_headings)
            if (lower.find(phrase) != std::string::npos) action_content = true;
        capitals(title, {});
    }

    /// Words in capitals, three or more in a row.
    void capitals(const model::inlines& run, model::source_position fallback) {
        const auto text = prose_of(run);
        std::vector<std::string> in_a_row;
        std::size_t searched = 0;
        std::size_t run_start = 0;
        const auto flush = [&] {
            if (in_a_row.size() >= capitals_run) {
                std::string words;
                for (const auto& w : in_a_row) words += (words.empty() ? "" : " ") + w;
                warn("capitals", text.source_at(run_start, fallback),
                     std::to_string(in_a_row.size()) + " words in capitals ('" + words + "') are harder to read than ordinary text",
                     "write them in ordinary case and use <strong> for importance", in_a_row.front());
            }
            in_a_row.clear();
        };
        for (const auto& word : i18n::words(text.text, doc.meta.language)) {
            const auto at = text.text.find(word, searched);
            searched = at == std::string::npos ? searched : at + word.size();
            if (i18n::is_all_capitals(word)) {
                if (in_a_row.empty()) run_start = at == std::string::npos ? 0 : at;
                in_a_row.push_back(word);
            } else if (i18n::count_letters_and_digits(word).letters > 0) {
                flush();
            }
        }
        flush();
    }

    void links(const model::inlines& run) {
        for (const auto& node : run) {
            std::visit(overloaded{
                           [&](const model::link& l) {
                               const auto words = trimmed(i18n::to_lower(model::plain_text(l.children), doc.meta.language));
                               if (std::find(phrases.vague_links.begin(), phrases.vague_links.end(), words) != phrases.vague_links.end())
                                   warn("vague-link-text", node.position,
                                        "the link's words '" + model::plain_text(l.children) + "' do not say where it goes",
                                        "name the place: 'the clinic's opening hours', not 'click here' (WCAG 2.4.4)");
                               links(l.children);
                           },
                           [&](const model::emphasis& e) { links(e.children); },
                           [&](const model::strong& s) { links(s.children); },
                           [&](const model::foreign& f) { links(f.children); },
                           [](const auto&) {},
                       },
                       node.value);
        }
    }

    void text(const model::inlines& run, model::source_position at) {
        links(run);
        capitals(run, at);
    }

    void figure(const model::figure& f, model::source_position at) {
        if (f.decorative || f.alt.empty()) return;  // a missing alt is the loader's error
        const auto length = i18n::count_code_points(f.alt);
        if (length > limits.max_alt_characters)
            warn("alt-text-long", at,
                 "this figure's alt text is " + std::to_string(length) + " characters long, more than " +
                     std::to_string(limits.max_alt_characters),
                 "say what the image shows in a sentence; put the details in the caption or the text");
        const auto lower = trimmed(i18n::to_lower(f.alt, doc.meta.language));
        bool says_image = false;
        for (const auto& opening : phrases.alt_openings) says_image = says_image || starts_with(lower, opening);
        for (const auto& ending : phrases.alt_endings) says_image = says_image || ends_with(lower, ending);
        if (says_image)
            warn("alt-text-says-image", at, "this figure's alt text starts or ends by saying it is an image ('" + excerpt(f.alt) + "')",
                 "leave that out: screen readers already say 'image'; describe what it shows");
    }

    void table(const model::table& t, model::source_position at) {
        bool header = false;
        for (const auto* rows : {&t.head, &t.body})
            for (const auto& row : *rows)
                for (const auto& cell : row.cells) header = header || cell.is_header();
        if (!header)
            warn("table-without-headers", at, "this table has no header cells, so no cell can be read with its column's name",
                 "put the column names in a <head> row, or mark a row's name with scope=\"row\"");
        for (const auto* rows : {&t.head, &t.body})
            for (const auto& row : *rows)
                for (const auto& cell : row.cells) text(cell.content, cell.position);
        text(t.caption, at);
    }

    void run() {
        model::walk_blocks(doc.body, [&](const model::block_node& node) {
            std::visit(overloaded{
                           [&](const model::paragraph& p) { text(p.content, node.position); },
                           [&](const model::section& s) { heading(s.title); },
                           [&](const model::callout& c) {
                               if (c.kind != model::callout_kind::tip) action_content = true;
                               heading(c.title);
                           },
                           [&](const model::glossary& g) {
                               for (const auto& entry : g.entries) text(entry.term, entry.position);
                           },
                           [&](const model::figure& f) {
                               figure(f, node.position);
                               text(f.caption, node.position);
                           },
                           [&](const model::table& t) { table(t, node.position); },
                           [](const model::list&) {},
                           [](const model::page_break&) {},
                       },
                       node.value);
            return false;
        });
        if (!action_content) {
            const auto at = doc.meta.title.empty() ? model::source_position{} : doc.meta.title.front().position;
            warn("no-action-content", at,
                 "nothing tells the reader what to do or when to call: no warning or 'ask your care team' callout, and no "
                 "heading such as 'When to call'",
                 "add a callout kind=\"warning\" or kind=\"ask-your-care-team\" with the signs to act on (PEMAT actionability)");
        }
    }
};

}  // namespace

void check_structure(const model::document& doc, const review_limits& limits, std::vector<model::diagnostic>& findings) {
    checker c{doc, limits, phrases_for(doc.meta.language), findings, false};
    c.run();
}

}  // namespace folio::review
