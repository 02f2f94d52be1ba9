#include "i18n/hyphenation.hpp"

#include "i18n/icu_locale.hpp"
#include "i18n/utf16_offsets.hpp"

#include <hyphen.h>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace folio::i18n {

namespace {
/// Where Debian's hyphen-* packages put their patterns; FOLIO_HYPHEN_DIR overrides it.
auto pattern_folder() -> std::filesystem::path {
    if (const char* dir = std::getenv("FOLIO_HYPHEN_DIR"); dir != nullptr && *dir != '\0') return dir;
    return "/usr/share/hyphen";
}

struct dictionary_deleter {
    void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};
using dictionary = std::unique_ptr<HyphenDict, dictionary_deleter>;

/// The pattern file for a language: hyph_<lang>_<REGION>.dic for the tag's region, else for the
/// region ICU thinks likeliest (es -> es_ES), else hyph_<lang>.dic, else the first of the
/// language's files in name order.
auto pattern_file(std::string_view language) -> std::filesystem::path {
    const auto folder = pattern_folder();
    const auto locale = detail::locale_or_root(language);
    const std::string lang = locale.getLanguage();
    if (lang.empty()) return {};
    std::vector<std::string> names;
    if (*locale.getCountry() != '\0') names.push_back(lang + "_" + locale.getCountry());
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale likely(locale);
    likely.addLikelySubtags(status);
    if (U_SUCCESS(status) && *likely.getCountry() != '\0') names.push_back(lang + "_" + likely.getCountry());
    names.push_back(lang);
    for (const auto& name : names)
        if (const auto file = folder / ("hyph_" + name + ".dic"); std::filesystem::is_regular_file(file)) return file;
    std::error_code error;
    std::filesystem::path first;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const auto file_name = entry.path().filename().string();
        if (file_name.starts_with("hyph_" + lang + "_") && file_name.ends_with(".dic") && (first.empty() || entry.path() < first))
            first = entry.path();
    }
    return first;
}

/// Loaded dictionaries by language, for the life of the process (libhyphen's are read-only once
/// loaded, so they may be shared between threads).
auto dictionary_for(std::string_view language) -> HyphenDict* {
    static std::mutex mutex;
    static std::map<std::string, dictionary, std::less<>> loaded;
    const std::lock_guard lock(mutex);
    if (const auto found = loaded.find(language); found != loaded.end()) return found->second.get();
    dictionary d;
    if (const auto file = pattern_file(language); !file.empty()) d.reset(hnj_hyphen_load(file.c_str()));
    return loaded.emplace(std::string(language), std::move(d)).first->second.get();
}

/// Hyphenation points of one word (byte offsets into it), or none when it is to stay whole.
auto word_points(HyphenDict* dict, std::string_view word) -> std::vector<std::size_t> {
    // Where each code point starts (a byte that is not a continuation byte), and the checks.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < word.size(); ++i)
        if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
    const auto original = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())));
    int letters = 0;
    for (std::int32_t i = 0; i < original.length(); i = original.moveIndex32(i, 1)) {
        const UChar32 c = original.char32At(i);
        if (u_isdigit(c) || c == '-' || c == 0x2010 || c == 0x00AD) return {};
        if (i > 0 && u_isupper(c)) return {};
        if (u_isalpha(c)) ++letters;
    }
    // Lower case, as the patterns are written; a word whose lower case has other code points
    // (Turkish dotted I) is left whole rather than mapped wrongly.
    auto folded = original;
    folded.toLower(icu::Locale::getRoot());
    if (folded.countChar32() != original.countChar32()) return {};
    std::string lower;
    folded.toUTF8String(lower);
    if (letters < 6) return {};
    std::vector<char> hyphens(lower.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    const int left = std::max(2, static_cast<int>(dict->lhmin)), right = std::max(3, static_cast<int>(dict->rhmin));
    if (hnj_hyphen_hyphenate3(dict, lower.data(), static_cast<int>(lower.size()), hyphens.data(), nullptr, &rep, &pos,
                              &cut, left, right, 2, 2) != 0)
        return {};
    if (rep != nullptr) {  // non-standard hyphenation (e.g. Hungarian "ssz"): not used, only freed
        for (std::size_t k = 0; k < lower.size(); ++k) std::free(rep[k]);
        std::free(rep);
        std::free(pos);
        std::free(cut);
        return {};
    }
    // For UTF-8 patterns libhyphen reports by character: an odd value at k puts a hyphen after
    // the k-th code point.
    std::vector<std::size_t> out;
    const std::size_t count = starts.size();
    for (std::size_t k = 0; k + 1 < count; ++k)
        if ((hyphens[k] & 1) != 0 && k + 1 >= static_cast<std::size_t>(left) && count - (k + 1) >= static_cast<std::size_t>(right))
            out.push_back(starts[k + 1]);
    return out;
}
}  // namespace

auto has_hyphenation_patterns(std::string_view language) -> bool { return dictionary_for(language) != nullptr; }

auto hyphenation_points(std::string_view utf8, std::string_view language) -> std::vector<std::size_t> {
    HyphenDict* dict = dictionary_for(language);
    if (dict == nullptr || utf8.empty()) return {};
    const detail::utf16_text text(utf8);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(detail::locale_or_root(language), status));
    if (U_FAILURE(status) || !it) return {};
    it->setText(text.text);
    std::vector<std::size_t> out;
    auto start = it->first();
    for (auto end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        // Letters only: UBRK_WORD_LETTER (numbers, kana and ideographs have statuses of their own).
        if (it->getRuleStatus() < UBRK_WORD_LETTER || it->getRuleStatus() >= UBRK_WORD_LETTER_LIMIT) continue;
        const auto from = text.byte_offset(start);
        for (const auto at : word_points(dict, utf8.substr(from, text.byte_offset(end) - from))) out.push_back(from + at);
    }
    return out;
}

}  // namespace folio::i18n
