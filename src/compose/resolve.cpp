#include "compose/resolved_document.hpp"

#include "base/overloaded.hpp"
#include "compose/generated_words.hpp"
#include "compose/inline_runs.hpp"
#include "compose/text_positions.hpp"
#include "i18n/language_tag.hpp"
#include "i18n/list_counter.hpp"
#include "i18n/locale_data.hpp"
#include "i18n/unicode_text.hpp"
#include "model/walk.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <utility>

namespace folio::compose {

namespace {
auto text_run(std::string words) -> model::inlines {
    return {model::inline_node{model::text{std::move(words), 0, true}, {}}};
}

/// Folio's words with values put in them (a name, a publisher): a value written the other way
/// from the document ("Leisha Emens, M.D., Ph.D." in Arabic) becomes a phrase of its own script
/// ("und-Latn"), which every edition isolates (print as a bidi isolate, the e-book with dir), so
/// that its full stop stays at its end instead of jumping to the far side of the line.
auto run_with_values(const std::string& words, const std::vector<std::string>& values, std::string_view language)
    -> model::inlines {
    const bool right_to_left = i18n::is_right_to_left(language);
    model::inlines out;
    std::size_t at = 0;
    for (const auto& value : values) {
        const auto letter = i18n::first_strong_letter(value);
        if (value.empty() || letter.script.empty() || letter.right_to_left == right_to_left) continue;
        const auto found = words.find(value, at);
        if (found == std::string::npos) continue;
        if (found > at) out.push_back(text_run(words.substr(at, found - at)).front());
        out.push_back(model::inline_node{model::foreign{"und-" + letter.script, text_run(value)}, {}});
        at = found + value.size();
    }
    if (at < words.size()) out.push_back(text_run(words.substr(at)).front());
    return out;
}

/// Empty cross-references get their words, from the document as loaded (so a title that itself
/// holds a reference is read the same way wherever it is referred to).
auto fill_cross_references(model::document& doc, const i18n::message_catalog& messages) -> std::size_t {
    const reference_targets targets(doc);  // one walk, not one per reference
    std::vector<std::pair<model::cross_reference*, std::string>> words;
    std::size_t count = 0;  // every reference, filled or written by the author
    auto collect = [&](model::inlines& run, const std::string&) {
        for_each_inline(run, [&](model::inline_node& node) {
            if (auto* ref = std::get_if<model::cross_reference>(&node.value)) {
                ++count;
                ref->to_glossary_entry = targets.entries.contains(ref->target_id);
                if (ref->children.empty()) words.emplace_back(ref, cross_reference_words(targets, *ref, messages));
            }
        });
    };
    for_each_run(doc, collect);
    for (auto& [ref, text] : words) ref->children = text_run(std::move(text));
    return count;
}

/// The address of an external link without its scheme: the URL, e-mail address or phone number.
auto link_address(const model::link& link) -> std::string {
    std::string address = link.href;
    for (const std::string_view scheme : {"mailto:", "tel:"})
        if (address.starts_with(scheme)) address = address.substr(scheme.size());
    return address;
}

/// Whether a link's words already say its address: "ClinicalTrials.gov" for
/// https://clinicaltrials.gov/, "1-800-555-0100" or "(800) 555-0100" for tel:+18005550100 (the
/// same digits, a country code aside).
auto words_say_address(const model::link& link) -> bool {
    const std::string words = model::plain_text(link.children);
    const std::string address = link_address(link);
    if (link.href.starts_with("tel:")) {
        const auto digits = [](const std::string& s) {
            std::string out;
            for (const char c : s)
                if (c >= '0' && c <= '9') out += c;
            return out;
        };
        const auto said = digits(words);
        const auto number = digits(address);
        // The same digits, or the national number of an international one ("800 555 0100" for
        // +18005550100); short numbers (911) only when they are the whole number.
        return !said.empty() && (said == number || (said.size() >= 7 && number.ends_with(said)));
    }
    const auto comparable = [](std::string s) {
        for (const std::string_view prefix : {"https://", "http://", "www."})
            if (s.starts_with(prefix)) s = s.substr(prefix.size());
        while (!s.empty() && s.back() == '/') s.pop_back();
        for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    return comparable(words) == comparable(address);
}

void print_addresses(model::document& doc, const i18n::message_catalog& messages) {
    auto add = [&](model::inlines& run, const std::string&) {
        for_each_inline(run, [&](model::inline_node& node) {
            if (auto* link = std::get_if<model::link>(&node.value); link != nullptr && !link->href.starts_with("#")) {
                link->words_say_address = words_say_address(*link);
                if (!link->words_say_address) {
                    link->printed_address.value = messages.format("printed_address", {{"address", link_address(*link)}});
                    link->printed_address.generated = true;
                }
            }
        });
    };
    for_each_run(doc, add);
}

/// The letters at the start of `text` (a suffix such as "s" or "'s" written right after an
/// abbreviation), as long as no space or punctuation but an apostrophe comes first.
auto leading_letters(std::string_view text) -> std::string {
    std::size_t end = 0;
    for (;;) {
        if (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '\'')) ++end;
        else if (text.substr(end, 3) == "\u2019") end += 3;  // ’
        else break;  // a space, punctuation, or another script's letter: not a suffix Folio knows
    }
    return std::string(text.substr(0, end));
}

/// Whether the words right around an abbreviation spell it out: "gastrointestinal (GI)" (the
/// expansion, maybe with a plural ending, then the abbreviation in brackets) or "GI
/// (gastrointestinal)".
auto spelled_out_around(const model::text* before, const model::abbreviation& a, const model::text* after,
                        const std::string& suffix, std::string_view language) -> bool {
    const auto expansion = i18n::to_lower(a.expansion, language);
    if (before != nullptr && after != nullptr) {
        std::string head = i18n::to_lower(before->value, language);
        while (!head.empty() && head.back() == ' ') head.pop_back();
        if (!head.empty() && head.back() == '(' && after->value.substr(suffix.size()).starts_with(")")) {
            head.pop_back();
            while (!head.empty() && head.back() == ' ') head.pop_back();
            // "… drugs (NSAIDs)": the expansion, maybe with a plural ending of a letter or two.
            for (std::size_t extra = 0; extra <= 2 && extra <= head.size(); ++extra)
                if (std::string_view(head).substr(0, head.size() - extra).ends_with(expansion)) return true;
        }
    }
    if (after != nullptr) {
        const auto tail = i18n::to_lower(after->value.substr(suffix.size()), language);
        const auto open = tail.find_first_not_of(' ');
        if (open != std::string::npos && tail[open] == '(' && std::string_view(tail).substr(open + 1).starts_with(expansion)) return true;
    }
    return false;
}

void spell_out_abbreviations(model::document& doc, const i18n::message_catalog& messages) {
    const auto& language = doc.meta.language;
    std::function<void(model::inlines&)> spell = [&](model::inlines& run) {
        for (std::size_t i = 0; i < run.size(); ++i) {
            auto* a = std::get_if<model::abbreviation>(&run[i].value);
            if (a == nullptr) {
                std::visit(overloaded{[&](model::emphasis& e) { spell(e.children); }, [&](model::strong& s) { spell(s.children); },
                                      [&](model::link& l) { spell(l.children); }, [&](model::foreign& f) { spell(f.children); },
                                      [&](model::cross_reference& x) { spell(x.children); }, [](auto&) {}},
                           run[i].value);
                continue;
            }
            const auto* before = i > 0 ? std::get_if<model::text>(&run[i - 1].value) : nullptr;
            const auto* after = i + 1 < run.size() ? std::get_if<model::text>(&run[i + 1].value) : nullptr;
            a->suffix = after != nullptr ? leading_letters(after->value) : "";
            if (spelled_out_around(before, *a, after, a->suffix, language)) a->spelled_out_in_text = true;
            a->spelled_out = messages.format("abbreviation_first_use",
                                             {{"abbreviation", a->value + a->suffix}, {"expansion", a->expansion}});
        }
    };
    for_each_run(doc, [&](model::inlines& run, const std::string&) { spell(run); });
}

/// List labels, callout labels and headings, glossaries in the reader's order, for `content` and
/// everything nested in it. `number_prefix` is the parent item's numbers for a numbered list that
/// is a direct child of a numbered item ("2."), else empty.
void resolve_block(model::block_node& node, const model::document& doc, const i18n::message_catalog& messages);

void resolve_blocks(model::blocks& content, const model::document& doc, const i18n::message_catalog& messages) {
    for (auto& node : content) resolve_block(node, doc, messages);
}

void resolve_list(model::list& list, const std::string& number_prefix, const model::document& doc,
                  const i18n::message_catalog& messages) {
    std::int64_t number = list.start;
    for (auto& item : list.items) {
        if (list.ordered) {
            // The loader keeps every number within what the style can write.
            const auto counter = i18n::list_counter(number++, list.numbering, doc.meta.language).value_or("");
            item.label = counter.empty() ? "" : counter + ".";
            item.path_label = item.label.empty() ? "" : number_prefix + item.label;
        } else {
            item.label = "\u2022";
            item.path_label = "";
        }
        for (auto& node : item.content) {
            if (auto* nested = std::get_if<model::list>(&node.value)) {
                // A step quoted alone is clear with its parents' labels: "2.b.iii.".
                resolve_list(*nested, list.ordered && nested->ordered ? item.path_label : "", doc, messages);
            } else {
                resolve_block(node, doc, messages);
            }
        }
    }
}

void resolve_block(model::block_node& node, const model::document& doc, const i18n::message_catalog& messages) {
        std::visit(overloaded{
                       [&](model::section& s) { resolve_blocks(s.content, doc, messages); },
                       [&](model::list& l) { resolve_list(l, "", doc, messages); },
                       [&](model::callout& c) {
                           // The kind in words, then the title: colour alone tells a reader nothing.
                           c.label = messages.format("callout_label", {{"kind", callout_kind_key(c.kind)}});
                           c.continued_label = messages.format("callout_continued", {{"label", c.label}});
                           c.heading = text_run(c.label + (c.title.empty() ? "" : messages.format("label_separator")));
                           c.heading.insert(c.heading.end(), c.title.begin(), c.title.end());
                           resolve_blocks(c.content, doc, messages);
                       },
                       [&](model::glossary& g) {
                           // Readers look terms up alphabetically, in their own language's order
                           // (Spanish "ñ" after "n"): every edition reads the entries in this order.
                           const i18n::collator order(doc.meta.language);
                           std::stable_sort(g.entries.begin(), g.entries.end(), [&](const auto& a, const auto& b) {
                               return order.compare(model::plain_text(a.term), model::plain_text(b.term)) < 0;
                           });
                           for (auto& entry : g.entries) resolve_blocks(entry.definition, doc, messages);
                       },
                       [&](model::paragraph&) {},
                       [&](model::table&) {},
                       [&](model::figure&) {},
                       [&](model::page_break&) {},
                   },
                   node.value);
}

/// Every run's pieces placed in its node's drawn text, in the order print draws them.
void place_text(model::document& doc, title_block& title) {
    std::map<std::string, std::size_t, std::less<>> drawn;
    place_run(title.title, 0);
    place_run(title.subtitle, 0);
    std::size_t meta = 0;
    for (auto& notice : title.notices) meta = place_run(notice, meta);
    for_each_run(doc.body, [&](model::inlines& run, const std::string& id) {
        auto& offset = drawn[id];
        offset = place_run(run, offset);
    });
}
}  // namespace

auto callout_kind_key(model::callout_kind kind) -> std::string {
    switch (kind) {
    case model::callout_kind::tip: return "tip";
    case model::callout_kind::warning: return "warning";
    case model::callout_kind::ask_your_care_team: return "ask-your-care-team";
    }
    return "tip";
}

namespace {
/// The document's language, then every other language of its blocks and phrases, once each.
auto languages_of(model::document& doc) -> std::vector<std::string> {
    std::vector<std::string> out{doc.meta.language};
    const auto add = [&](const std::string& language) {
        if (!language.empty() && std::none_of(out.begin(), out.end(), [&](const auto& l) { return i18n::same_language(l, language); }))
            out.push_back(language);
    };
    model::walk_blocks(doc.body, [&](const model::block_node& node) {
        add(node.language);
        return false;
    });
    for_each_run(doc, [&](model::inlines& run, const std::string&) {
        for_each_inline(run, [&](model::inline_node& node) {
            if (const auto* phrase = std::get_if<model::foreign>(&node.value)) add(phrase->language);
        });
    });
    return out;
}
}  // namespace

auto resolve(model::document doc, const i18n::message_catalog& messages) -> resolved_document {
    const auto references = fill_cross_references(doc, messages);
    spell_out_abbreviations(doc, messages);
    print_addresses(doc, messages);
    resolve_blocks(doc.body, doc, messages);

    resolved_document out(std::move(doc), messages);
    out.cross_references_ = references;
    auto& title = out.title_;
    title = title_block_words(out.doc_, messages);
    title.title = out.doc_.meta.title;
    title.subtitle = out.doc_.meta.subtitle;
    if (!title.sample_notice.empty()) title.notices.push_back(text_run(title.sample_notice));
    if (!title.translation_notice.empty()) title.notices.push_back(text_run(title.translation_notice));
    // Who stands behind the handout: a clinic's name belongs on every copy it hands out.
    const auto& meta = out.doc_.meta;
    if (!title.publisher.empty()) title.notices.push_back(run_with_values(title.publisher, {meta.publisher}, meta.language));
    std::vector<std::string> names;
    for (const auto& c : meta.contributors) names.push_back(c.name);
    for (const auto& line : title.contributors) title.notices.push_back(run_with_values(line, names, meta.language));
    // A book's copyright lines, in the author's words: its edition, ISBN and rights.
    if (!meta.edition.empty()) title.notices.push_back(text_run(meta.edition));
    if (!title.isbn.empty()) title.notices.push_back(text_run(title.isbn));
    if (!meta.rights.empty()) title.notices.push_back(text_run(meta.rights));
    if (!title.expert.empty())
        title.notices.push_back(run_with_values(title.expert + " " + title.expert_review,
                                                {meta.expert->name, meta.expert->credentials}, meta.language));
    if (!title.last_reviewed.empty()) title.notices.push_back(text_run(title.last_reviewed));
    place_text(out.doc_, title);
    out.languages_ = languages_of(out.doc_);
    return out;
}

auto resolved_document::page_label(std::int64_t page) const -> std::string {
    return i18n::format_integer(page, doc_.meta.language);
}

auto resolved_document::page_reference(std::int64_t page) const -> std::string {
    return messages_->format("xref_page", {{"page", page}});
}

auto resolved_document::label_separator() const -> std::string { return messages_->format("label_separator"); }

auto resolved_document::page_footer(std::int64_t page, std::int64_t pages) const -> std::string {
    return messages_->format("page_number", {{"page", page}, {"pages", pages}});
}

}  // namespace folio::compose
