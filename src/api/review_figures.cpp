#include "api/review_figures.hpp"

#include "api/review_limits.hpp"

namespace folio::api {
namespace {

auto band_name(review::inflesz_band band) -> std::string {
    switch (band) {
        case review::inflesz_band::very_difficult: return "very-difficult";
        case review::inflesz_band::somewhat_difficult: return "somewhat-difficult";
        case review::inflesz_band::normal: return "normal";
        case review::inflesz_band::fairly_easy: return "fairly-easy";
        case review::inflesz_band::very_easy: return "very-easy";
    }
    return {};
}

auto status_name(review::score_status status) -> std::string {
    switch (status) {
        case review::score_status::scored: return "scored";
        case review::score_status::not_defined_for_language: return "not-defined-for-language";
        case review::score_status::no_text: return "no-text";
    }
    return {};
}

}  // namespace

auto to_public(const review::readability& r) -> readability_figures {
    readability_figures f;
    f.sentences = r.counts.sentences;
    f.words = r.counts.words;
    f.syllables = r.counts.syllables;
    f.letters = r.counts.letters;
    f.long_words = r.counts.long_words;
    f.long_word_rule = r.long_words_by == review::long_word_rule::three_syllables ? "three-syllables" : "seven-letters";
    f.words_per_sentence = r.words_per_sentence;
    f.syllables_per_word = r.syllables_per_word;
    f.long_word_share = r.long_word_share;
    f.status = status_name(r.status);
    if (r.english) {
        f.flesch_kincaid_grade = r.english->flesch_kincaid_grade;
        f.flesch_reading_ease = r.english->flesch_reading_ease;
    }
    if (r.spanish) {
        f.fernandez_huerta = r.spanish->fernandez_huerta;
        f.szigriszt_pazos = r.spanish->szigriszt_pazos;
        f.inflesz_band = band_name(r.spanish->inflesz);
    }
    return f;
}

auto to_public(const review::document_review& r, const std::string& file, const review::review_limits& limits) -> file_review {
    file_review out;
    out.file = file;
    out.language = r.language;
    out.document = to_public(r.document);
    out.document.within_limits = review::within_limits(r.document, limits, true);
    for (const auto& p : r.passages) {
        auto f = to_public(p.scores);
        f.within_limits = review::within_limits(p.scores, limits, false);
        f.id = p.id;
        f.title = p.title;
        f.line = p.position.line;
        f.column = p.position.column;
        out.sections.push_back(std::move(f));
    }
    out.limits = public_limits(limits);
    return out;
}

}  // namespace folio::api
