#include "i18n/text_segmentation.hpp"

#include "i18n/icu_locale.hpp"
#include "i18n/utf16_offsets.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/ubrk.h>

#include <memory>
#include <stdexcept>

namespace folio::i18n {

namespace {
template <typename Make>
auto make_iterator(Make make, const detail::utf16_text& text) -> std::unique_ptr<icu::BreakIterator> {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(make(status));
    if (U_FAILURE(status) || !it) throw std::runtime_error("failed to create an ICU break iterator");
    it->setText(text.text);
    return it;
}

auto trim_end(std::string s) -> std::string {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
    return s;
}
}  // namespace

auto line_break_opportunities(std::string_view utf8, std::string_view locale) -> std::vector<line_break> {
    const detail::utf16_text text(utf8);
    const auto loc = detail::locale_or_root(locale);
    auto it = make_iterator([&](UErrorCode& s) { return icu::BreakIterator::createLineInstance(loc, s); }, text);
    std::vector<line_break> out;
    for (auto at = it->next(); at != icu::BreakIterator::DONE; at = it->next()) {
        // The rule status tells a hard break (after LF and the like) from an opportunity.
        const bool hard = it->getRuleStatus() >= UBRK_LINE_HARD && it->getRuleStatus() < UBRK_LINE_HARD_LIMIT;
        out.push_back({text.byte_offset(at), hard});
    }
    return out;
}

auto words(std::string_view utf8, std::string_view locale) -> std::vector<std::string> {
    const detail::utf16_text text(utf8);
    const auto loc = detail::locale_or_root(locale);
    auto it = make_iterator([&](UErrorCode& s) { return icu::BreakIterator::createWordInstance(loc, s); }, text);
    std::vector<std::string> out;
    auto start = it->first();
    for (auto end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        // UBRK_WORD_NONE marks spaces and punctuation; everything else is a word of some kind.
        if (it->getRuleStatus() == UBRK_WORD_NONE) continue;
        const auto from = text.byte_offset(start);
        out.emplace_back(utf8.substr(from, text.byte_offset(end) - from));
    }
    return out;
}

auto sentences(std::string_view utf8, std::string_view locale) -> std::vector<std::string> {
    const detail::utf16_text text(utf8);
    auto loc = detail::locale_or_root(locale);
    // CLDR's suppressions keep "Mr." or "e.g." from ending a sentence.
    UErrorCode status = U_ZERO_ERROR;
    loc.setKeywordValue("ss", "standard", status);
    auto it = make_iterator([&](UErrorCode& s) { return icu::BreakIterator::createSentenceInstance(loc, s); }, text);
    std::vector<std::string> out;
    auto start = it->first();
    for (auto end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const auto from = text.byte_offset(start);
        auto sentence = trim_end(std::string(utf8.substr(from, text.byte_offset(end) - from)));
        if (!sentence.empty()) out.push_back(std::move(sentence));
    }
    return out;
}

}  // namespace folio::i18n
