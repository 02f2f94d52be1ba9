#include "i18n/text_segmentation.hpp"

#include "i18n/icu_locale.hpp"
#include "i18n/utf16_offsets.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include "base/c_handle.hpp"

#include <map>
#include <mutex>
#include <set>

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

/// CLDR's abbreviations that do not end a sentence in `locale` ("Mr.", "e.g.", Spanish "p. ej."),
/// read once per language. ICU applies them itself (locale keyword "ss=standard"), but matches
/// them against the end of the word before the full stop, so that Spanish "L." kept "TIL. En …"
/// as one sentence; here they are compared with the whole word.
auto sentence_break_exceptions(std::string_view locale) -> const std::set<std::string>& {
    static std::mutex guard;
    static std::map<std::string, std::set<std::string>, std::less<>> cache;
    const std::lock_guard lock(guard);
    const auto name = std::string(detail::locale_or_root(locale).getLanguage());
    if (const auto found = cache.find(name); found != cache.end()) return found->second;
    std::set<std::string> words;
    UErrorCode status = U_ZERO_ERROR;
    const c_handle<UResourceBundle, ures_close> bundle{ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", name.c_str(), &status)};
    const c_handle<UResourceBundle, ures_close> exceptions{ures_getByKey(bundle.get(), "exceptions", nullptr, &status)};
    const c_handle<UResourceBundle, ures_close> list{ures_getByKey(exceptions.get(), "SentenceBreak", nullptr, &status)};
    if (U_SUCCESS(status)) {
        for (std::int32_t i = 0; i < ures_getSize(list.get()); ++i) {
            std::int32_t length = 0;
            const UChar* word = ures_getStringByIndex(list.get(), i, &length, &status);
            if (U_FAILURE(status)) break;
            std::string utf8_word;
            icu::UnicodeString(word, length).toUTF8String(utf8_word);
            words.insert(std::move(utf8_word));
        }
    }
    return cache.emplace(name, std::move(words)).first->second;
}

auto trim_end(std::string s) -> std::string {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
    return s;
}
}  // namespace

auto line_break_opportunities(std::string_view utf8, std::string_view locale) -> std::vector<line_break> {
    const detail::utf16_text text(utf8);
    const auto loc = detail::locale_or_root(locale);
    // Korean running text breaks at its spaces, as Korean readers expect of a leaflet, not
    // between any two syllables of a word ("있습니" / "다."): CSS word-break: keep-all, which
    // ICU 72 does not offer (its "lw" keyword knows only "phrase").
    const bool keep_all = std::string_view(loc.getLanguage()) == "ko";
    const auto letter_unit = [](UChar32 c) {
        const auto kind = static_cast<ULineBreak>(u_getIntPropertyValue(c, UCHAR_LINE_BREAK));
        return kind == U_LB_NUMERIC || kind == U_LB_ALPHABETIC || kind == U_LB_AMBIGUOUS || kind == U_LB_IDEOGRAPHIC ||
               kind == U_LB_H2 || kind == U_LB_H3 || kind == U_LB_JL || kind == U_LB_JV || kind == U_LB_JT;
    };
    auto it = make_iterator([&](UErrorCode& s) { return icu::BreakIterator::createLineInstance(loc, s); }, text);
    std::vector<line_break> out;
    for (auto at = it->next(); at != icu::BreakIterator::DONE; at = it->next()) {
        // A hard break follows a mandatory-break character (LF, CR, NEL, LS, PS; UAX #14 BK, CR,
        // LF, NL). The rule status is not asked: ICU gives the boundaries its dictionaries find
        // inside a Thai, Lao, Khmer or Burmese word the status of the rule-based boundary that
        // ends the stretch, so "ภาษา|ไทย\n" would report a hard break inside the word.
        const auto before = static_cast<UChar32>(text.text.char32At(text.text.moveIndex32(at, -1)));
        const auto kind = static_cast<ULineBreak>(u_getIntPropertyValue(before, UCHAR_LINE_BREAK));
        const bool hard = kind == U_LB_MANDATORY_BREAK || kind == U_LB_CARRIAGE_RETURN || kind == U_LB_LINE_FEED ||
                          kind == U_LB_NEXT_LINE;
        // After CR of a CR LF pair, ICU gives no boundary (it breaks after the LF), so this is exact.
        if (keep_all && !hard && at < text.text.length() && letter_unit(before) && letter_unit(text.text.char32At(at)))
            continue;
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

auto word_spaced(std::string_view utf8, std::string_view locale) -> std::string {
    const detail::utf16_text text(utf8);
    const auto loc = detail::locale_or_root(locale);
    auto it = make_iterator([&](UErrorCode& s) { return icu::BreakIterator::createWordInstance(loc, s); }, text);
    std::string out;
    bool after_word = false;
    auto start = it->first();
    for (auto end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        const bool word = it->getRuleStatus() != UBRK_WORD_NONE;  // not a space or punctuation
        if (word && after_word) out += ' ';
        const auto from = text.byte_offset(start);
        out += utf8.substr(from, text.byte_offset(end) - from);
        after_word = word;
    }
    return out;
}

auto sentences(std::string_view utf8, std::string_view locale) -> std::vector<std::string> {
    const detail::utf16_text text(utf8);
    auto it = make_iterator([&](UErrorCode& s) { return icu::BreakIterator::createSentenceInstance(detail::locale_or_root(locale), s); },
                            text);
    const auto& abbreviations = sentence_break_exceptions(locale);
    std::vector<std::string> out;
    std::size_t from = 0;
    for (auto end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
        const auto to = text.byte_offset(end);
        const auto segment = utf8.substr(from, to - from);
        auto sentence = trim_end(std::string(segment));
        // A boundary after an abbreviation ("Dr.", "p. ej.") is none, unless the text or the line
        // ends there.
        const auto token_start = sentence.find_last_of(" \t\n\r");
        const auto token = sentence.substr(token_start == std::string::npos ? 0 : token_start + 1);
        const bool line_ends = segment.find_first_of("\n\r", sentence.size()) != std::string_view::npos;
        if (to < utf8.size() && !line_ends && abbreviations.count(token) > 0) continue;
        if (!sentence.empty()) out.push_back(std::move(sentence));
        from = to;
    }
    return out;
}

}  // namespace folio::i18n
