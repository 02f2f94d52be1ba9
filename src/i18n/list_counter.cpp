#include "i18n/list_counter.hpp"

#include "i18n/icu_locale.hpp"
#include "i18n/language_tag.hpp"
#include "i18n/locale_data.hpp"

#include "base/c_handle.hpp"

#include <unicode/fieldpos.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/ulocdata.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/usetiter.h>

#include <cstdint>
#include <map>
#include <mutex>
#include <limits>
#include <memory>
#include <vector>

namespace folio::i18n {
namespace {

constexpr long long largest_roman = 3999;
// An index with fewer letters is not an alphabet to count with (Japanese lists the 10 kana rows,
// Korean 14 initial consonants); the shortest alphabets in use have about 20 letters.
constexpr std::size_t shortest_alphabet = 20;

/// The language's alphabet in upper case (CLDR index characters, single letters only, in its
/// collation order); empty where a … z is used instead.
auto own_alphabet(std::string_view tag) -> std::vector<std::string> {
    UErrorCode status = U_ZERO_ERROR;
    const auto locale = detail::locale_or_root(tag);
    const c_handle<ULocaleData, ulocdata_close> data{ulocdata_open(locale.getName(), &status)};
    if (U_FAILURE(status)) return {};
    const c_handle<USet, uset_close> set{ulocdata_getExemplarSet(data.get(), nullptr, 0, ULOCDATA_ES_INDEX, &status)};
    if (U_FAILURE(status) || !set) return {};
    std::vector<std::string> letters;
    bool latin = false;
    icu::UnicodeSetIterator it(*icu::UnicodeSet::fromUSet(set.get()));
    while (it.next()) {
        if (it.isString()) continue;  // digraphs ("CH" in some indexes) are not one counter letter
        const UChar32 c = it.getCodepoint();
        UErrorCode script_status = U_ZERO_ERROR;
        if (uscript_getScript(c, &script_status) == USCRIPT_LATIN) latin = true;
        std::string letter;
        icu::UnicodeString(c).toUTF8String(letter);
        letters.push_back(std::move(letter));
    }
    if (latin || letters.size() < shortest_alphabet) return {};
    // A set iterates in code point order; a reader counts in the alphabet's order.
    sort_by_collation(letters, tag);
    // Indic scripts count with consonants (क, ख, ग …), not the vowels that lead the index, as
    // CSS's ready-made counter styles for them do ("hindi", "bengali", …).
    std::vector<std::string> consonants;
    for (const auto& letter : letters) {
        UChar32 c = 0;
        U8_GET_UNSAFE(reinterpret_cast<const std::uint8_t*>(letter.data()), 0, c);
        if (u_getIntPropertyValue(c, UCHAR_INDIC_SYLLABIC_CATEGORY) == U_INSC_CONSONANT) consonants.push_back(letter);
    }
    if (consonants.size() >= shortest_alphabet) return consonants;
    return letters;
}

/// Arabic counts with the abjad order (أ، ب، ج، د …: the letters' old numeric order, as Arabic
/// documents letter their points and CSS's "arabic-abjad" does), not the dictionary's.
auto arabic_abjad() -> std::vector<std::string> {
    return {"أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن",
            "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"};
}

auto latin_alphabet() -> std::vector<std::string> {
    std::vector<std::string> letters;
    for (char c = 'A'; c <= 'Z'; ++c) letters.emplace_back(1, c);
    return letters;
}

/// Bijective base-N, as spreadsheet columns: 1 → A, N → the last letter, N + 1 → AA.
auto alphabetic(long long n, const std::vector<std::string>& letters) -> std::string {
    const auto base = static_cast<long long>(letters.size());
    std::vector<std::size_t> digits;
    for (; n > 0; n = (n - 1) / base) digits.push_back(static_cast<std::size_t>((n - 1) % base));
    std::string out;
    for (auto d = digits.rbegin(); d != digits.rend(); ++d) out += letters[*d];
    return out;
}

auto case_mapped(const std::string& text, bool lower, std::string_view tag) -> std::string {
    auto u = icu::UnicodeString::fromUTF8(text);
    const auto locale = detail::locale_or_root(tag);
    if (lower) u.toLower(locale); else u.toUpper(locale);
    std::string out;
    u.toUTF8String(out);
    return out;
}

auto roman(long long n, bool lower) -> std::optional<std::string> {
    UErrorCode status = U_ZERO_ERROR;
    // CLDR's numbering-system rules (root) hold the Roman counters used by CSS's roman styles.
    icu::RuleBasedNumberFormat rules(icu::URBNF_NUMBERING_SYSTEM, icu::Locale::getRoot(), status);
    if (U_FAILURE(status)) return std::nullopt;
    icu::UnicodeString out;
    icu::FieldPosition position;
    rules.format(static_cast<int64_t>(n), icu::UnicodeString(lower ? u"%roman-lower" : u"%roman-upper"), out, position, status);
    if (U_FAILURE(status)) return std::nullopt;
    std::string text;
    out.toUTF8String(text);
    return text;
}

/// The letters a language's alpha lists count with, worked out once per language: every label of
/// a list asks for them, and each asking would open CLDR's data and a collator again.
auto alphabet_for(std::string_view locale) -> const std::vector<std::string>& {
    static std::mutex guard;
    static std::map<std::string, std::vector<std::string>, std::less<>> cache;
    const std::lock_guard lock(guard);
    if (const auto found = cache.find(locale); found != cache.end()) return found->second;
    auto letters = same_language(locale, "ar", tag_match::primary_language) ? arabic_abjad() : own_alphabet(locale);
    if (letters.empty()) letters = latin_alphabet();
    return cache.emplace(std::string(locale), std::move(letters)).first->second;
}

}  // namespace

auto largest_list_counter(model::list_numbering numbering) -> long long {
    switch (numbering) {
        case model::list_numbering::lower_roman:
        case model::list_numbering::upper_roman: return largest_roman;
        default: return std::numeric_limits<long long>::max();
    }
}

auto list_counter(long long n, model::list_numbering numbering, std::string_view locale) -> std::optional<std::string> {
    if (n < 1 || n > largest_list_counter(numbering)) return std::nullopt;
    switch (numbering) {
        case model::list_numbering::decimal: return format_integer(n, locale);
        case model::list_numbering::none: return std::string();
        case model::list_numbering::lower_roman: return roman(n, true);
        case model::list_numbering::upper_roman: return roman(n, false);
        case model::list_numbering::lower_alpha:
        case model::list_numbering::upper_alpha:
            return case_mapped(alphabetic(n, alphabet_for(locale)), numbering == model::list_numbering::lower_alpha, locale);
    }
    return std::nullopt;
}

}  // namespace folio::i18n
