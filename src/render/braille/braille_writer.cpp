#include "render/braille/braille_writer.hpp"

#include "base/overloaded.hpp"
#include "base/utf8.hpp"
#include "i18n/text_segmentation.hpp"
#include "model/edition_failure.hpp"
#include "render/braille/braille_lines.hpp"
#include "render/braille/braille_pages.hpp"
#include "render/braille/brf_cells.hpp"
#include "render/braille/louis_translator.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
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

/// A print page that begins in a node: its label, and where in the node's drawn text.
struct page_mark {
    std::string label;
    std::size_t offset = 0;
};

/// A piece of a block's text, in the code that writes it; or, with a label, the place where a
/// print page begins (no text).
struct piece {
    std::string text;
    emphasis style = emphasis::none;
    const louis_translator* code = nullptr;
    std::string page = {};
};

/// The code of `language` in the grade the options give for it.
auto code_for(std::string_view language, const braille_options& options) -> std::optional<braille_code> {
    const auto grade = options.grades.find(language.substr(0, language.find('-')));
    return braille_code_for(language, grade == options.grades.end() ? std::nullopt : std::optional<int>(grade->second));
}

class writer {
public:
    writer(const compose::resolved_document& resolved, const braille_options& options, braille_code code,
           model::diagnostics& sink)
        : resolved_(resolved), options_(options), sink_(sink), document_translator_(std::move(code)),
          translator_(&document_translator_) {}

    auto write() -> std::string {
        // Page 1 of the brochure begins with the title: the braille title page stands for it.
        for (std::size_t k = 1; k < options_.print_pages.size(); ++k) {
            const auto& start = options_.print_pages[k];
            print_pages_[start.node_id].push_back({start.label, start.text_offset});
        }
        title_page();
        for (const auto& node : resolved_.doc().body) block(node, 0);
        const page_setup setup{options_.cells, options_.lines};
        auto body = paginate(body_, setup);
        // The contents page lists each heading with the braille page it is on.
        std::vector<line_group> contents;
        contents.push_back({centre_cells(brf(cues().contents()), options_.cells), true, false, false});
        for (const auto& entry : headings_) {
            const auto page = brf(std::to_string(body.page_of_group.at(entry.group) + 1));
            // A blank line before each top-level entry but the first groups a section's entries.
            contents.push_back({contents_entry(entry.text, page, options_.cells, entry.depth * list_step), false,
                                entry.depth == 0 && contents.size() > 1, false});
        }
        auto front = paginate(title_, setup);
        auto contents_pages = paginate(contents, setup);
        front.pages.insert(front.pages.end(), contents_pages.pages.begin(), contents_pages.pages.end());
        std::vector<std::string> numbers;
        for (std::size_t p = 0; p < front.pages.size(); ++p)
            numbers.push_back(brf(cues().braille_preliminary_page(static_cast<std::int64_t>(p + 1))));
        std::string out = render_pages(front.pages, numbers, setup, options_.unicode);
        numbers.clear();
        for (std::size_t p = 0; p < body.pages.size(); ++p) numbers.push_back(brf(std::to_string(p + 1)));
        return out + render_pages(body.pages, numbers, setup, options_.unicode);
    }

private:
    struct heading_entry {
        std::string text;  ///< BRF
        std::size_t depth = 0;
        std::size_t group = 0;  ///< its line group in the body
    };

    const compose::resolved_document& resolved_;
    const braille_options& options_;
    model::diagnostics& sink_;
    louis_translator document_translator_;
    const louis_translator* translator_;  ///< the code of the block being written
    louis_translator english_{{"en-ueb-g1.ctb", false, "Unified English Braille, grade 1", false}};
    std::map<std::string, std::unique_ptr<louis_translator>> other_languages_;
    std::vector<line_group> title_, body_;
    std::vector<line_group>* groups_ = &title_;
    std::vector<heading_entry> headings_;
    std::map<std::string, std::vector<page_mark>> print_pages_;  ///< node id → print pages starting in it
    model::source_position where_;  ///< the block being written, for what is reported
    std::map<std::pair<const louis_translator*, char32_t>, bool> has_sign_;
    std::set<std::pair<const louis_translator*, char32_t>> reported_;

    auto cues() const -> const compose::cues& { return resolved_.cues(); }

    void add(std::vector<std::string> lines, bool keep_with_next = false, bool blank_before = false, bool divisible = false) {
        if (!lines.empty()) groups_->push_back({std::move(lines), keep_with_next, blank_before, divisible});
    }

    /// A print page indicator: a line of dots 3-6 with the print page number at its end (Braille
    /// Formats §1.9), kept with the line after it.
    void page_indicator(const std::string& label) {
        const auto number = translator_->translate(label);
        add({std::string(options_.cells - std::min(options_.cells, number.size()), print_page_line) + number}, true);
    }

    /// The indicators of the print pages that begin in node `id` at offset 0, or at any offset
    /// when `all` (a block whose text is not written word for word: a table, a glossary entry).
    void print_page_indicators(const std::string& id, bool all = false) {
        const auto found = print_pages_.find(id);
        if (found == print_pages_.end()) return;
        auto& marks = found->second;
        while (!marks.empty() && (all || marks.front().offset == 0)) {
            page_indicator(marks.front().label);
            marks.erase(marks.begin());
        }
    }

    /// The translator for text in another language, or null when liblouis has no table for it.
    auto translator_for(const std::string& language) -> const louis_translator* {
        auto [it, fresh] = other_languages_.try_emplace(language);
        if (fresh)
            if (auto code = code_for(language, options_)) it->second = std::make_unique<louis_translator>(std::move(*code));
        return it->second.get();
    }

    /// Inline content as pieces with their emphasis and code (links with the address print
    /// shows), and, when `node` is given, a page piece where each print page begins in its text
    /// (after the word the page begins in: BANA does not divide a word between print pages).
    void runs(const model::inlines& run, emphasis style, std::vector<piece>& out, const std::string* node = nullptr) {
        const auto text = [&](const std::string& value, std::size_t offset) {
            std::size_t from = 0;
            if (node != nullptr)
                if (auto found = print_pages_.find(*node); found != print_pages_.end()) {
                    auto& marks = found->second;
                    while (!marks.empty() && marks.front().offset < offset + value.size()) {
                        auto cut = marks.front().offset > offset ? marks.front().offset - offset : 0;
                        while (cut > 0 && cut < value.size() && value[cut - 1] != ' ') ++cut;  // the word's end
                        if (cut > from) out.push_back({value.substr(from, cut - from), style, translator_});
                        from = std::max(from, cut);
                        out.push_back({{}, emphasis::none, nullptr, marks.front().label});
                        marks.erase(marks.begin());
                    }
                }
            out.push_back({value.substr(from), style, translator_});
        };
        for (const auto& item : run) {
            std::visit(overloaded{
                           [&](const model::text& t) { text(t.value, t.offset); },
                           [&](const model::emphasis& e) { runs(e.children, emphasis::italic, out, node); },
                           [&](const model::strong& s) { runs(s.children, emphasis::bold, out, node); },
                           [&](const model::link& l) {
                               runs(l.children, style, out, node);
                               if (!l.printed_address.value.empty()) out.push_back({l.printed_address.value, style, translator_});
                           },
                           [&](const model::abbreviation& a) { text(a.value, a.offset); },
                           [&](const model::foreign& f) {
                               // A phrase in another language in its own code; where liblouis has
                               // none, a transcriber's note names the language. In English text,
                               // a phrase in a language of Latin letters is written in UEB,
                               // uncontracted (Rules of UEB §13.1), as English readers expect.
                               const auto* other = translator_for(f.language);
                               if (other != nullptr && translator_->code().table.starts_with("en-ueb") && !other->code().other_script)
                                   other = &english_;
                               if (other == nullptr) {
                                   out.push_back({std::string(note_open), emphasis::none, nullptr});
                                   out.push_back({cues().braille_untranscribed(f.language, resolved_.doc().meta.language),
                                                  emphasis::none, translator_});
                                   out.push_back({std::string(note_close), emphasis::none, nullptr});
                                   return;
                               }
                               const auto* saved = std::exchange(translator_, other);
                               runs(f.children, style, out, node);
                               translator_ = saved;
                           },
                           [&](const model::cross_reference& x) { runs(x.children, style, out, node); },
                           [&](const model::line_break& b) { text(" ", b.offset); },
                       },
                       item.value);
        }
    }

    /// Whether `code` has a sign for `c` (asked of liblouis once per code and character).
    auto writes(const louis_translator& code, char32_t c) -> bool {
        const auto key = std::pair(&code, c);
        auto known = has_sign_.find(key);
        if (known == has_sign_.end()) {
            std::string one;
            append_utf8(one, c);
            known = has_sign_.emplace(key, code.undefined_characters(one).empty()).first;
        }
        return known->second;
    }

    /// Reports once each character a code has no sign for: liblouis leaves it out.
    void report_missing_signs(const louis_translator& code, std::string_view text) {
        for (std::size_t at = 0; at < text.size();) {
            const auto [c, length] = decode_utf8(text, at);
            at += length == 0 ? 1 : length;
            if (c <= U' ' || writes(code, c) || reported_.contains(std::pair(&code, c))) continue;
            if (!code.undefined_in(text, c)) continue;  // written with its neighbours (a nukta with its consonant)
            reported_.insert(std::pair(&code, c));
            std::string one;
            append_utf8(one, c);
            char hex[16];
            std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
            sink_.warning("braille-no-sign", resolved_.doc().source_path, where_,
                          "the braille edition leaves out '" + one + "' (" + hex + "): " + code.code().name +
                              " has no sign for it; write it in words if a braille reader needs it");
        }
    }

    /// Whether `c` is written in English braille inside `code`: a Latin letter in a code for
    /// another script (Arabic, Hindi, Chinese would write it in 8-dot cells no BRF file holds, or
    /// as their own letters), or a sign the code lacks and UEB has (the Spanish table has no
    /// bullet or degree sign, the Greek one no brackets, the Urdu one no colon).
    auto in_english(const louis_translator& code, char32_t c) -> bool {
        if (c == U' ') return false;
        const bool latin_letter = (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
        if (latin_letter && code.code().other_script) return true;
        return &code != &english_ && !writes(code, c) && writes(english_, c);
    }

    /// Braille for `parts` (no page pieces), each in its own code; see in_english.
    auto translate(const std::vector<piece>& parts) -> std::string {
        std::string out;
        std::vector<styled_text> pending;
        const louis_translator* pending_code = nullptr;
        const auto flush = [&] {
            if (!pending.empty()) out += pending_code->translate(pending);
            pending.clear();
        };
        const auto push = [&](const louis_translator* code, std::string text, emphasis style) {
            if (text.empty()) return;
            report_missing_signs(*code, text);
            if (code != pending_code) flush();
            pending_code = code;
            pending.push_back({std::move(text), style});
        };
        for (const auto& part : parts) {
            if (part.code == nullptr) {  // braille already (a transcriber's note indicator)
                flush();
                out += part.text;
                continue;
            }
            auto text = part.code->code().words_apart ? i18n::word_spaced(part.text, "zh") : part.text;
            // A no-break space is a space in braille; tables without a sign for it would drop it.
            for (const std::string_view space : {"\u00A0", "\u202F", "\u2007"})
                for (auto at = text.find(space); at != std::string::npos; at = text.find(space, at + 1)) text.replace(at, space.size(), " ");
            std::size_t from = 0;
            bool english = false;
            for (std::size_t at = 0; at < text.size();) {
                const auto [c, length] = decode_utf8(text, at);
                // A space goes with what it follows.
                if (const bool here = c != U' ' && in_english(*part.code, c); c != U' ' && here != english) {
                    push(english ? &english_ : part.code, text.substr(from, at - from), part.style);
                    english = here;
                    from = at;
                }
                at += length == 0 ? 1 : length;
            }
            push(english ? &english_ : part.code, text.substr(from), part.style);
        }
        flush();
        return out;
    }

    auto brf(const model::inlines& run) -> std::string {
        std::vector<piece> parts;
        runs(run, emphasis::none, parts);
        return translate(parts);
    }
    auto brf(std::string_view text) -> std::string { return translate({{std::string(text), emphasis::none, translator_}}); }

    /// A block of running text at `at`; where a print page begins inside it, its indicator stands
    /// on a line of its own and the text goes on at the runover margin (Braille Formats §1.9).
    void text_block(const std::vector<piece>& parts, indents at) {
        std::vector<piece> segment;
        bool first = true;
        const auto lines = [&] {
            if (segment.empty()) return;
            add(wrap_cells(translate(segment), options_.cells, first ? at : indents{at.runover, at.runover}), false, false, true);
            segment.clear();
            first = false;
        };
        for (const auto& part : parts) {
            if (part.page.empty()) {
                segment.push_back(part);
                continue;
            }
            lines();
            page_indicator(part.page);
        }
        lines();
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
        add(wrap_cells(brf(cues().braille_transcribed()), options_.cells, {0, list_step}), false, true);
        groups_ = &body_;
    }

    void heading(int level, const model::inlines& title) {
        const auto text = brf(title);
        headings_.push_back({text, level <= 2 ? 0U : static_cast<std::size_t>(level - 2), body_.size()});
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
                    where_ = node.position;
                    print_page_indicators(node.id);
                    std::vector<piece> parts;
                    if (!labelled && !item.label.empty()) parts.push_back({item.label + " ", emphasis::none, translator_});
                    runs(p->content, emphasis::none, parts, &node.id);
                    text_block(parts, labelled ? indents{at.runover, at.runover} : at);
                    print_page_indicators(node.id, true);
                    labelled = true;
                } else if (const auto* nested = std::get_if<model::list>(&node.value)) {
                    list(*nested, depth + 1);
                } else {
                    block(node, depth + 1);
                }
            }
            print_page_indicators(item.id, true);
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
        where_ = node.position;
        const bool running_text = std::holds_alternative<model::paragraph>(node.value);
        print_page_indicators(node.id, !running_text);
        // A block in another language is written in that language's braille code; where liblouis
        // has none, a transcriber's note names the language instead (Braille Formats §6).
        if (!node.language.empty()) {
            const auto* other = translator_for(node.language);
            if (other == nullptr) {
                add(wrap_cells(std::string(note_open) + brf(cues().braille_untranscribed(node.language, resolved_.doc().meta.language)) +
                                   std::string(note_close),
                               options_.cells, {6, 4}));
                print_page_indicators(node.id, true);
                return;
            }
            // The change of code is said in a transcriber's note ("In Spanish:"), in the code of
            // the text around it.
            add(wrap_cells(std::string(note_open) + brf(cues().block_language(node.language, resolved_.doc().meta.language)) +
                               std::string(note_close),
                           options_.cells, {6, 4}),
                true);
            const auto* saved = std::exchange(translator_, other);
            block_in_language(node, depth);
            translator_ = saved;
        } else {
            block_in_language(node, depth);
        }
        print_page_indicators(node.id, true);
    }

    void block_in_language(const model::block_node& node, std::size_t depth) {
        std::visit(overloaded{
                       [&](const model::section& s) {
                           if (!s.title.empty()) heading(s.level, s.title);
                           for (const auto& inner : s.content) block(inner, depth);
                       },
                       [&](const model::paragraph& p) {
                           std::vector<piece> parts;
                           runs(p.content, emphasis::none, parts, &node.id);
                           text_block(parts, depth == 0 ? paragraph_indents : indents{depth * list_step, depth * list_step});
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
                               print_page_indicators(entry.id, true);
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
};

}  // namespace

auto write_braille(const compose::resolved_document& resolved, const braille_options& options, model::diagnostics& sink)
    -> std::string {
    const auto& language = resolved.doc().meta.language;
    auto code = code_for(language, options);
    if (!code) throw model::edition_failure(no_braille_table(language));
    return writer(resolved, options, std::move(*code), sink).write();
}

auto no_braille_table(std::string_view language) -> std::string {
    return "liblouis has no braille table for the language '" + std::string(language) +
           "' (Folio writes braille in the languages listed in docs/editions/braille.md)";
}

}  // namespace folio::render::braille
