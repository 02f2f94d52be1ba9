#include "review/document_review.hpp"

#include "i18n/text_segmentation.hpp"
#include "i18n/unicode_text.hpp"
#include "model/walk.hpp"
#include "review/finding.hpp"
#include "review/phrases.hpp"
#include "review/prose.hpp"
#include "review/syllables.hpp"
#include "review/writing_checks.hpp"

#include <cmath>
#include <cstdio>
#include <set>
#include <utility>

namespace folio::review {
namespace {

/// Where no syllables are counted, a word of this many letters counts as long enough to explain.
constexpr std::size_t long_word_letters = 14;
/// A word outside the most common ones is rare from this length: shorter ones are mostly names,
/// spellings and inflections the list does not hold, not words a reader cannot follow.
constexpr int rare_word_syllables = 3;

auto one_decimal(double value) -> std::string {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

/// The terms a reader can look up: glossary terms and abbreviations with their expansions, lower-cased.
auto explained_terms(const model::document& doc) -> std::string {
    std::string terms;
    const auto add_abbreviations = [&](const auto& self, const model::inlines& run) -> void {
        for (const auto& node : run) {
            if (const auto* a = std::get_if<model::abbreviation>(&node.value)) terms += " " + a->value + " " + a->expansion;
            if (const auto* l = std::get_if<model::link>(&node.value)) self(self, l->children);
            if (const auto* e = std::get_if<model::emphasis>(&node.value)) self(self, e->children);
            if (const auto* s = std::get_if<model::strong>(&node.value)) self(self, s->children);
        }
    };
    model::walk_blocks(doc.body, [&](const model::block_node& node) {
        if (const auto* g = std::get_if<model::glossary>(&node.value))
            for (const auto& entry : g->entries) terms += " " + model::plain_text(entry.term);
        if (const auto* p = std::get_if<model::paragraph>(&node.value)) add_abbreviations(add_abbreviations, p->content);
        return false;
    });
    return i18n::to_lower(terms, doc.meta.language);
}

struct reviewer {
    const model::document& doc;
    const review_limits& limits;
    const common_words* common = nullptr;
    const language_phrases& phrases = phrases_for(doc.meta.language);
    const std::string terms = explained_terms(doc);
    const std::optional<syllable_language> syllables_in = syllable_language_of(doc.meta.language);
    std::set<std::string> words_reported = {};
    document_review out = {};

    /// Whether a lower-cased English word, or the word it is an inflection of, is among the common
    /// ones: the list holds word forms, so a plural or an ending ("attaches") is looked up without
    /// it too. Only English is looked up: in languages that inflect more (Spanish verbs and their
    /// pronouns, "recomendarla") or join words to their particles (Arabic), a list of forms without
    /// their lemmas called every other ordinary word rare (measured on the sample: 60 of 70
    /// Spanish notes were everyday verb forms).
    auto is_common(const std::string& lower) const -> bool {
        if (common->contains(lower)) return true;
        static const std::vector<std::string> endings = {"s", "es", "ed", "d", "ing", "ly", "er", "ers"};
        for (const auto& ending : endings) {
            if (lower.size() <= ending.size() + 2 || !lower.ends_with(ending)) continue;
            const auto stem = lower.substr(0, lower.size() - ending.size());
            if (common->contains(stem) || common->contains(stem + "e")) return true;
        }
        return false;
    }

    /// Whether the glossary, an abbreviation or the sentence explains `word`.
    auto explained(std::string_view sentence, std::size_t at, const std::string& word) const -> bool {
        const auto language = doc.meta.language;
        const auto lower = i18n::to_lower(word, language);
        // A glossary term or abbreviation, or a plural of one.
        const auto singular = lower.size() > 1 && lower.back() == 's' ? lower.substr(0, lower.size() - 1) : lower;
        if (terms.find(lower) != std::string::npos || terms.find(singular) != std::string::npos) return true;
        // Words in the sentence that explain it ("… means …", "… such as …").
        const auto lower_sentence = " " + i18n::to_lower(sentence, language) + " ";
        for (const auto& phrase : phrases.explanations)
            if (lower_sentence.find(" " + phrase + " ") != std::string::npos) return true;
        // Its definition right after it ("Immunotherapy is a treatment …"), or a parenthesis or
        // colon after it.
        const auto after = i18n::to_lower(sentence.substr(at + word.size()), language);
        const auto next = after.find_first_not_of(' ');
        if (next == std::string::npos) return false;
        if (after[next] == '(' || after[next] == ':') return true;
        for (const auto& phrase : phrases.definitions)
            if (after.compare(next, phrase.size() + 1, phrase + " ") == 0) return true;
        return false;
    }

    /// A long word neither the glossary nor its sentence explains, reported at its first use.
    /// Names are left alone: a capitalised word inside a sentence ("University", "AstraZeneca")
    /// or one with a full stop inside ("ClinicalTrials.gov"), and words in another language.
    void unexplained_words(std::string_view sentence, const std::vector<std::string>& words, const prose& text, std::size_t sentence_at,
                           model::source_position fallback) {
        const auto& language = doc.meta.language;
        std::size_t searched = 0;
        bool first = true;
        for (const auto& word : words) {
            const auto found = sentence.find(word, searched);
            const auto at = found == std::string_view::npos ? searched : found;
            searched = at + word.size();
            const bool first_word = std::exchange(first, false);
            const auto syllables = syllables_in ? count_syllables(word, *syllables_in) : 0;
            const auto counted = i18n::count_letters_and_digits(word);
            const bool long_word = syllables_in && phrases.long_word_syllables > 0 ? syllables >= phrases.long_word_syllables
                                                                                        : counted.letters >= long_word_letters;
            const auto lower = i18n::to_lower(word, language);
            // Rare: not among the language's most common words, and long enough that it is not a
            // short everyday word the list happens to miss (names, numbers, spellings).
            const bool long_enough = syllables >= rare_word_syllables;
            const bool rare = common != nullptr && !common->empty() && syllables_in == syllable_language::english && long_enough &&
                              !is_common(lower) && counted.digits == 0;
            if ((!long_word && !rare) || text.in_foreign(sentence_at + at)) continue;
            const bool capitalised = lower != word;
            if ((capitalised && !first_word) || word.find('.') != std::string::npos) continue;
            if (!words_reported.insert(lower).second || explained(sentence, at, word)) continue;
            out.findings.push_back(make_finding(doc, model::severity::note, "unexplained-word", text.source_at(sentence_at + at, fallback),
                                           "'" + word + "' is a " + (long_word ? "long" : "rare") +
                                               " word that neither the glossary nor its sentence explains" +
                                               (long_word ? "" : " (it is not among the language's 10,000 most common words)"),
                                           "explain it where it is first used (\"… means …\"), add it to the glossary, or use a "
                                           "more common word",
                                           word));
        }
    }

    auto measure(const prose& text, model::source_position at) -> text_statistics {
        const auto measured = measure_text(text.text, doc.meta.language);
        for (const auto& s : measured.sentences) {
            const auto sentence = std::string_view(text.text).substr(s.offset, s.length);
            const auto words = i18n::words(sentence, doc.meta.language);
            if (s.words > limits.max_sentence_words) {
                out.findings.push_back(make_finding(
                    doc, model::severity::warning, "long-sentence", text.source_at(s.offset, at),
                    "this sentence has " + std::to_string(s.words) + " words, more than " +
                        std::to_string(limits.max_sentence_words),
                    "split it: one idea a sentence reads more easily", words.empty() ? "" : words.front()));
            }
            unexplained_words(sentence, words, text, s.offset, at);
        }
        return measured.statistics;
    }

    /// A warning when a part (or the whole, `whole`) reads harder than the limits allow.
    void hold_to_limits(const readability& r, const std::string& what, model::source_position at, bool whole) {
        if (!within_limits(r, limits, whole).has_value()) return;
        if (r.english && limits.max_grade && r.english->flesch_kincaid_grade > *limits.max_grade)
            out.findings.push_back(make_finding(doc, model::severity::warning, "reading-grade", at,
                                           what + " reads at US grade " + one_decimal(r.english->flesch_kincaid_grade) +
                                               " (Flesch–Kincaid), above " + one_decimal(*limits.max_grade),
                                           "use shorter sentences and shorter, everyday words; patient material should read "
                                           "at grade 6 to 8"));
        if (r.spanish && limits.min_inflesz && r.spanish->szigriszt_pazos < *limits.min_inflesz)
            out.findings.push_back(make_finding(doc, model::severity::warning, "reading-ease", at,
                                           what + " scores " + one_decimal(r.spanish->szigriszt_pazos) +
                                               " on the INFLESZ scale (Szigriszt-Pazos), below " + one_decimal(*limits.min_inflesz),
                                           "use shorter sentences and shorter, everyday words; 55 or more reads as 'normal'"));
        if (r.spanish && limits.min_fernandez_huerta && r.spanish->fernandez_huerta < *limits.min_fernandez_huerta)
            out.findings.push_back(make_finding(doc, model::severity::warning, "reading-ease", at,
                                           what + " scores " + one_decimal(r.spanish->fernandez_huerta) +
                                               " (Fernández-Huerta), below " + one_decimal(*limits.min_fernandez_huerta),
                                           "use shorter sentences and shorter, everyday words"));
    }

    auto run() -> document_review {
        out.language = doc.meta.language;
        text_statistics whole;
        whole.family = formula_family_of(doc.meta.language);
        for (const auto& p : passages_of(doc)) {
            text_statistics counts;
            counts.family = whole.family;
            for (const auto& [text, at] : p.paragraphs) counts += measure(text, at);
            whole += counts;
            passage_readability r{p.id, p.title, p.position, readability_of(counts)};
            hold_to_limits(r.scores, p.title.empty() ? "the text before the first section" : "section '" + p.title + "'",
                           p.position, false);
            out.passages.push_back(std::move(r));
        }
        out.document = readability_of(whole);
        const auto title_at = doc.meta.title.empty() ? model::source_position{} : doc.meta.title.front().position;
        hold_to_limits(out.document, "the document", title_at, true);
        check_structure(doc, limits, out.findings);
        return std::move(out);
    }
};

}  // namespace

auto within_limits(const readability& r, const review_limits& limits, bool whole) -> std::optional<bool> {
    if (r.status != score_status::scored || (!whole && r.counts.words < limits.min_words_scored)) return std::nullopt;
    bool held = false;
    bool meets = true;
    if (r.english && limits.max_grade) {
        held = true;
        meets = meets && r.english->flesch_kincaid_grade <= *limits.max_grade;
    }
    if (r.spanish && limits.min_inflesz) {
        held = true;
        meets = meets && r.spanish->szigriszt_pazos >= *limits.min_inflesz;
    }
    if (r.spanish && limits.min_fernandez_huerta) {
        held = true;
        meets = meets && r.spanish->fernandez_huerta >= *limits.min_fernandez_huerta;
    }
    if (!held) return std::nullopt;
    return meets;
}

auto review_document(const model::document& doc, const review_limits& limits, const common_words* common) -> document_review {
    reviewer r{doc, limits, common};
    return r.run();
}

}  // namespace folio::review
