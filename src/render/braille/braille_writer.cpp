#include "render/braille/braille_writer.hpp"

#include "base/overloaded.hpp"
#include "model/edition_failure.hpp"
#include "render/braille/braille_lines.hpp"
#include "render/braille/brf_cells.hpp"
#include "render/braille/louis_translator.hpp"

#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace folio::render::braille {
namespace {

// BANA's indents, in cells from the margin (Braille Formats 2016, §2 and §8): paragraphs 3-1,
// list items 1-3 and their levels 3-5 and 5-7, headings of the second and third levels at 5 and 7.
constexpr indents paragraph_indents{2, 0};
constexpr std::size_t list_step = 2;
// Boxing lines around a callout (Braille Formats §3.6): a full line of dots 2-3-5-6 above, and of
// dots 1-2-4-5 below.
constexpr char box_top = '7';
constexpr char box_bottom = 'G';
// UEB's transcriber's note indicators (Rules of UEB §3.27): dots 4, 4-6, 1-2-6 and 4, 4-6, 3-4-5.
constexpr std::string_view note_open = "@.<";
constexpr std::string_view note_close = "@.>";
// The print page indicator's line: dots 3-6.
constexpr char print_page_line = '-';

/// A group of lines that go on one page together when they can, and whether it stays with the
/// next group (a heading).
struct line_group {
    std::vector<std::string> lines;
    bool keep_with_next = false;
    bool blank_before = false;
};

class writer {
public:
    writer(const compose::resolved_document& resolved, const braille_options& options, braille_code code)
        : resolved_(resolved), options_(options), document_translator_(std::move(code)), translator_(&document_translator_) {}

    auto write() -> std::string {
        // Page 1 of the brochure begins with the title: the braille title page stands for it.
        for (std::size_t k = 1; k < options_.print_pages.size(); ++k)
            print_pages_[options_.print_pages[k].node_id].push_back(options_.print_pages[k].label);
        title_page();
        for (const auto& node : resolved_.doc().body) block(node, 0);
        return paginate();
    }

private:
    const compose::resolved_document& resolved_;
    const braille_options& options_;
    louis_translator document_translator_;
    const louis_translator* translator_;  ///< the code of the block being written
    louis_translator english_{{"en-ueb-g1.ctb", false, "Unified English Braille, grade 1", false}};
    std::map<std::string, std::unique_ptr<louis_translator>> other_languages_;
    std::vector<std::vector<line_group>> sections_{1};  // the title page, then the body
    std::map<std::string, std::vector<std::string>> print_pages_;  ///< node id → print pages starting in it

    /// The print page indicators of the pages that begin in node `id`: a line of dots 3-6 with
    /// the print page number at its end (Braille Formats §1.9). The indicator stands before the
    /// block, where BANA puts it at the very word the page begins with: within a paragraph, it
    /// is a block early.
    void print_page_indicators(const std::string& id) {
        const auto found = print_pages_.find(id);
        if (found == print_pages_.end()) return;
        for (const auto& label : found->second) {
            const auto number = translator_->translate(label);
            add({std::string(options_.cells - std::min(options_.cells, number.size()), print_page_line) + number});
        }
        print_pages_.erase(found);
    }

    /// The translator for a block in another language, or null when liblouis has no table for it.
    auto translator_for(const std::string& language) -> const louis_translator* {
        auto [it, fresh] = other_languages_.try_emplace(language);
        if (fresh)
            if (auto code = braille_code_for(language)) it->second = std::make_unique<louis_translator>(std::move(*code));
        return it->second.get();
    }

    auto cues() const -> const compose::cues& { return resolved_.cues(); }

    /// Inline content as runs with their emphasis (links with the address print shows).
    void runs(const model::inlines& run, emphasis style, std::vector<styled_text>& out) const {
        for (const auto& node : run) {
            std::visit(overloaded{
                           [&](const model::text& t) { out.push_back({t.value, style}); },
                           [&](const model::emphasis& e) { runs(e.children, emphasis::italic, out); },
                           [&](const model::strong& s) { runs(s.children, emphasis::bold, out); },
                           [&](const model::link& l) {
                               runs(l.children, style, out);
                               if (!l.printed_address.value.empty()) out.push_back({l.printed_address.value, style});
                           },
                           [&](const model::abbreviation& a) { out.push_back({a.value, style}); },
                           [&](const model::foreign& f) { runs(f.children, style, out); },
                           [&](const model::cross_reference& x) { runs(x.children, style, out); },
                           [&](const model::line_break&) { out.push_back({" ", style}); },
                       },
                       node.value);
        }
    }

    auto brf(const model::inlines& run) const -> std::string {
        std::vector<styled_text> parts;
        runs(run, emphasis::none, parts);
        return translate(parts);
    }
    auto brf(std::string_view text) const -> std::string { return translate({{std::string(text)}}); }

    /// Braille for `parts` in the current code. In a code for another script (Arabic, Hindi,
    /// Chinese), words in Latin letters (a company's name, "CAR T") are written in uncontracted
    /// English braille: those codes would write them in 8-dot cells no BRF file holds, or as
    /// their own letters. Switch indicators around them are still to come (issue 17, point 2).
    auto translate(const std::vector<styled_text>& parts) const -> std::string {
        if (!translator_->code().other_script) return translator_->translate(parts);
        std::string out;
        std::vector<styled_text> pending;
        bool latin = false;
        const auto flush = [&] {
            if (!pending.empty()) out += (latin ? english_ : *translator_).translate(pending);
            pending.clear();
        };
        for (const auto& part : parts) {
            std::size_t from = 0;
            for (std::size_t at = 0; at < part.text.size(); ++at) {
                const auto c = static_cast<unsigned char>(part.text[at]);
                const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                const bool other = c >= 0x80;  // a byte of a letter of the code's own script
                if ((letter && !latin) || (other && latin)) {
                    pending.push_back({part.text.substr(from, at - from), part.style});
                    flush();
                    latin = letter;
                    from = at;
                }
            }
            pending.push_back({part.text.substr(from), part.style});
        }
        flush();
        return out;
    }

    void add(std::vector<std::string> lines, bool keep_with_next = false, bool blank_before = false) {
        if (!lines.empty()) sections_.back().push_back({std::move(lines), keep_with_next, blank_before});
    }

    void title_page() {
        const auto& title = resolved_.title();
        add(centre_cells(brf(title.title), options_.cells));
        if (!title.subtitle.empty()) add(centre_cells(brf(title.subtitle), options_.cells), false, true);
        bool first = true;
        for (const auto& notice : title.notices) {
            add(wrap_cells(brf(notice), options_.cells, {0, list_step}), false, first);
            first = false;
        }
        sections_.emplace_back();  // the body starts on a new page
    }

    void heading(int level, const model::inlines& title) {
        const auto text = brf(title);
        // Level 2 (the document's top sections) centred with a blank line before; then cell 5, cell 7.
        if (level <= 2) add(centre_cells(text, options_.cells), true, true);
        else add(wrap_cells(text, options_.cells, {level == 3 ? 4U : 6U, level == 3 ? 4U : 6U}), true, true);
    }

    void list(const model::list& l, std::size_t depth) {
        const indents at{depth * list_step, depth * list_step + list_step};
        for (const auto& item : l.items) {
            print_page_indicators(item.id);
            bool labelled = false;
            for (const auto& node : item.content) {
                if (const auto* p = std::get_if<model::paragraph>(&node.value)) {
                    std::vector<styled_text> parts;
                    if (!labelled && !item.label.empty()) parts.push_back({item.label + " "});
                    runs(p->content, emphasis::none, parts);
                    add(wrap_cells(translate(parts), options_.cells, labelled ? indents{at.runover, at.runover} : at));
                    labelled = true;
                } else if (const auto* nested = std::get_if<model::list>(&node.value)) {
                    list(*nested, depth + 1);
                } else {
                    block(node, depth + 1);
                }
            }
        }
    }

    void table(const model::table& t) {
        // Listed format (Braille Formats §11): the caption, then each row's cells as
        // "header: value", the row's first cell at cell 1 and the others at cell 3.
        if (!t.caption.empty()) add(wrap_cells(brf(t.caption), options_.cells, paragraph_indents), true);
        std::vector<std::string> headers(t.column_count());
        for (const auto& row : t.head)
            for (std::size_t k = 0; k < row.cells.size(); ++k) headers[k] = model::plain_text(row.cells[k].content);
        for (const auto& row : t.body) {
            std::vector<std::string> lines;
            for (std::size_t k = 0; k < row.cells.size(); ++k) {
                const auto value = model::plain_text(row.cells[k].content);
                const auto words = headers[k].empty() ? value : cues().table_cell(headers[k], value);
                for (auto& line : wrap_cells(brf(words), options_.cells, k == 0 ? indents{0, list_step} : indents{list_step, list_step * 2}))
                    lines.push_back(std::move(line));
            }
            add(std::move(lines));
        }
    }

    void block(const model::block_node& node, std::size_t depth) {
        print_page_indicators(node.id);
        // A block in another language is written in that language's braille code; where liblouis
        // has none, a transcriber's note names the language instead (Braille Formats §6).
        if (!node.language.empty()) {
            const auto* other = translator_for(node.language);
            if (other == nullptr) {
                add(wrap_cells(std::string(note_open) + brf(cues().block_language(node.language, resolved_.doc().meta.language)) +
                                   std::string(note_close),
                               options_.cells, {6, 4}));
                return;
            }
            const auto* saved = std::exchange(translator_, other);
            block_in_language(node, depth);
            translator_ = saved;
            return;
        }
        block_in_language(node, depth);
    }

    void block_in_language(const model::block_node& node, std::size_t depth) {
        std::visit(overloaded{
                       [&](const model::section& s) {
                           if (!s.title.empty()) heading(s.level, s.title);
                           for (const auto& inner : s.content) block(inner, depth);
                       },
                       [&](const model::paragraph& p) {
                           const indents at = depth == 0 ? paragraph_indents : indents{depth * list_step, depth * list_step};
                           add(wrap_cells(brf(p.content), options_.cells, at));
                       },
                       [&](const model::list& l) { list(l, depth); },
                       [&](const model::table& t) { table(t); },
                       [&](const model::figure& f) {
                           // A transcriber's note with the image's text (Braille Formats §6).
                           if (!f.decorative)
                               add(wrap_cells(std::string(note_open) + brf(cues().image(f.alt)) + std::string(note_close), options_.cells,
                                              {6, 4}));
                           if (!f.caption.empty()) add(wrap_cells(brf(f.caption), options_.cells, paragraph_indents));
                       },
                       [&](const model::callout& c) {
                           add({std::string(options_.cells, box_top)}, true, true);
                           add(wrap_cells(brf(c.heading), options_.cells, {0, list_step}), true);
                           for (const auto& inner : c.content) block(inner, depth);
                           add({std::string(options_.cells, box_bottom)});
                       },
                       [&](const model::glossary& g) {
                           if (!g.title.empty()) heading(g.level, g.title);
                           for (const auto& entry : g.entries) {
                               print_page_indicators(entry.id);
                               std::string definition;
                               for (const auto& d : entry.definition)
                                   if (const auto* p = std::get_if<model::paragraph>(&d.value))
                                       definition += (definition.empty() ? "" : " ") + model::plain_text(p->content);
                               add(wrap_cells(brf(cues().glossary_entry(model::plain_text(entry.term), definition)), options_.cells,
                                              {0, list_step}));
                           }
                       },
                       [](const model::page_break&) {},  // braille pages fall where braille needs them
                   },
                   node.value);
    }

    /// Pages of `options_.lines` lines: the body on `lines - 1`, the last line blank but for the
    /// braille page number at its right (Braille Formats §1.6); a group that fits a page is not
    /// split, and a heading is never the last thing on a page.
    auto paginate() -> std::string {
        const std::size_t body_lines = options_.lines - 1;
        std::vector<std::vector<std::string>> pages;
        for (auto& section : sections_) {
            pages.emplace_back();
            for (std::size_t g = 0; g < section.size(); ++g) {
                auto& page = pages.back();
                const auto& group = section[g];
                std::size_t needed = group.lines.size() + (group.blank_before && !page.empty() ? 1 : 0);
                if (group.keep_with_next && g + 1 < section.size()) needed += std::min<std::size_t>(section[g + 1].lines.size(), 1);
                if (!page.empty() && page.size() + needed > body_lines && group.lines.size() < body_lines) pages.emplace_back();
                auto* current = &pages.back();
                if (group.blank_before && !current->empty()) current->emplace_back();
                for (const auto& line : group.lines) {
                    if (current->size() == body_lines) {
                        pages.emplace_back();
                        current = &pages.back();
                    }
                    current->push_back(line);
                }
            }
        }
        const std::string line_end = options_.unicode ? "\n" : "\r\n";
        std::string out;
        for (std::size_t p = 0; p < pages.size(); ++p) {
            auto& page = pages[p];
            page.resize(body_lines);
            const auto number = brf(std::to_string(p + 1));
            page.push_back(std::string(options_.cells - std::min(options_.cells, number.size()), ' ') + number);
            for (const auto& line : page) {
                auto text = line;
                while (!text.empty() && text.back() == ' ') text.pop_back();
                out += (options_.unicode ? brf_to_unicode(text) : text) + line_end;
            }
            out += '\f';
        }
        return out;
    }
};

}  // namespace

auto write_braille(const compose::resolved_document& resolved, const braille_options& options) -> std::string {
    const auto& language = resolved.doc().meta.language;
    auto code = braille_code_for(language, options.grade);
    if (!code)
        throw model::edition_failure("liblouis has no braille table for the language '" + language +
                                     "': Folio cannot write its braille edition (the other editions are written)");
    return writer(resolved, options, std::move(*code)).write();
}

}  // namespace folio::render::braille
