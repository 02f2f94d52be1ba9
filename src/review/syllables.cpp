#include "review/syllables.hpp"

#include "base/utf8.hpp"
#include "i18n/unicode_text.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

namespace folio::review {

namespace {

auto decode(std::string_view utf8) -> std::u32string {
    std::u32string out;
    for (std::size_t at = 0; at < utf8.size();) {
        const auto c = decode_utf8(utf8, at);
        out.push_back(c.value);
        at += c.length;
    }
    return out;
}

auto has_letter(std::string_view word) -> bool { return i18n::count_letters_and_digits(word).letters > 0; }

// ---- Spanish: the syllable follows the spelling (Real Academia Española, Ortografía 2010, 4.1),
// so counting vowel nuclei is exact once diphthongs and hiatus are told apart.

enum class vowel { none, strong, weak, stressed_weak };

auto spanish_vowel(char32_t c) -> vowel {
    switch (c) {
        // a, e, o are "open" (strong) vowels: two of them side by side are two syllables (ca-os).
        case U'a': case U'e': case U'o': case U'á': case U'é': case U'ó': case U'à': case U'è': case U'ò':
            return vowel::strong;
        // i, u are "closed" (weak): next to another vowel they glide into one syllable (ciu-dad, pia).
        case U'i': case U'u': case U'ü': case U'ï':
            return vowel::weak;
        // An accent on i or u marks the stress on it and so breaks the diphthong: dí-a, pa-ís, o-í-do.
        case U'í': case U'ú':
            return vowel::stressed_weak;
        default:
            return vowel::none;
    }
}

auto is_front_vowel(char32_t c) -> bool { return c == U'e' || c == U'i' || c == U'é' || c == U'í'; }

auto spanish_syllables(std::u32string_view w) -> int {
    std::vector<vowel> kinds(w.size(), vowel::none);
    for (std::size_t i = 0; i < w.size(); ++i) {
        kinds[i] = spanish_vowel(w[i]);
        const bool next_is_front = i + 1 < w.size() && is_front_vowel(w[i + 1]);
        // "qu" and "gu" before e or i spell the sounds /k/ and /g/: the u is silent (que-so, gue-rra,
        // gui-ta-rra). With a diaeresis it is sounded (pin-güi-no), which "ü" already says.
        if (w[i] == U'u' && i > 0 && (w[i - 1] == U'q' || (w[i - 1] == U'g' && next_is_front))) kinds[i] = vowel::none;
        // "y" ends a word as the vowel i (hoy, muy, U-ru-guay, and the word "y" itself); elsewhere it
        // is a consonant (yo, ma-yo, re-yes).
        if (w[i] == U'y' && i + 1 == w.size()) kinds[i] = vowel::weak;
    }
    int count = 0;
    bool in_nucleus = false;      // the last letter belongs to a vowel group still open
    bool has_strong = false;      // that group holds an open vowel
    bool has_stressed = false;    // that group holds a stressed í or ú
    char32_t last = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const auto kind = kinds[i];
        if (kind == vowel::none) {
            // An "h" between vowels does not separate them (RAE: prohi-bir, ahu-ma-do): it is silent.
            const bool silent_h = w[i] == U'h' && in_nucleus && i + 1 < w.size() && kinds[i + 1] != vowel::none;
            if (!silent_h) in_nucleus = false;
            continue;
        }
        // A diphthong (or triphthong: buey, U-ru-guay) holds at most one open vowel. Two different
        // closed vowels join (ciu-dad, rui-do), even when one bears the accent: RAE counts "ui",
        // "iu" as diphthongs always (lin-güís-ti-ca, des-truí). The same closed vowel twice does
        // not join (chi-i-ta), nor does a stressed í or ú with an open vowel (dí-a, o-í-do).
        bool joins = false;
        if (in_nucleus) {
            switch (kind) {
                case vowel::strong: joins = !has_strong && !has_stressed; break;
                case vowel::weak: joins = has_strong || w[i] != last; break;
                case vowel::stressed_weak: joins = !has_strong && w[i] != last; break;
                case vowel::none: break;
            }
        }
        if (!joins) {
            ++count;
            in_nucleus = true;
            has_strong = false;
            has_stressed = false;
        }
        has_strong = has_strong || kind == vowel::strong;
        has_stressed = has_stressed || kind == vowel::stressed_weak;
        last = w[i];
    }
    return count;
}

// ---- English: the spelling says much less, so this is a heuristic. It counts vowel groups and
// corrects the patterns where a group is not one syllable; the irregular words that are frequent
// (and those no rule here gets right) are listed.

// Dictionary counts (Merriam-Webster) of frequent words the rules below miscount.
constexpr std::array<std::pair<std::string_view, int>, 39> english_exceptions{{
    {"area", 3},      {"areas", 3},      {"idea", 3},       {"ideas", 3},        {"create", 2},
    {"created", 3},   {"creates", 2},    {"react", 2},      {"reaction", 3},     {"reactions", 3},
    {"science", 2},   {"sciences", 3},   {"scientist", 3},  {"scientists", 3},   {"fluid", 2},
    {"fluids", 2},    {"video", 3},      {"videos", 3},     {"theory", 3},       {"business", 2},
    {"element", 3},   {"elements", 3},   {"evening", 2},    {"recipe", 3},       {"acne", 2},
    {"diabetes", 4},  {"herpes", 2},     {"diarrhea", 4},   {"diarrhoea", 4},    {"cooperate", 4},
    {"coordinate", 4}, {"autoimmune", 4}, {"evenings", 2},  {"lion", 2},         {"poem", 2},
    {"poet", 2},      {"every", 2},      {"everyone", 3},   {"canyon", 2},
}};

auto is_vowel_letter(char c) -> bool {
    // 'E' stands for an accented e (café, cliché), which is always sounded.
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'E';
}

// Lower-case Latin letters as ASCII (é as 'E', other accents dropped), any other letter as a
// consonant: what the rules below read.
auto english_spelling(std::string_view word) -> std::string {
    std::string out;
    for (const char32_t c : decode(i18n::to_lower(word, "en"))) {
        if (c < 0x80) {
            if ((c >= U'a' && c <= U'z') || c == U'\'') out.push_back(static_cast<char>(c));
            continue;
        }
        switch (c) {
            case U'é': case U'è': case U'ê': case U'ë': out.push_back('E'); break;
            case U'à': case U'á': case U'â': case U'ä': out.push_back('a'); break;
            case U'í': case U'ì': case U'î': case U'ï': out.push_back('i'); break;
            case U'ó': case U'ò': case U'ô': case U'ö': out.push_back('o'); break;
            case U'ú': case U'ù': case U'û': case U'ü': out.push_back('u'); break;
            case U'’': out.push_back('\''); break;
            default: out.push_back('z'); break;  // ç, ñ, letters of other scripts: consonants
        }
    }
    return out;
}

auto ends_with(std::string_view w, std::string_view tail) -> bool {
    return w.size() >= tail.size() && w.substr(w.size() - tail.size()) == tail;
}

auto one_of(char c, std::string_view letters) -> bool { return letters.find(c) != std::string_view::npos; }

// Which letters of `w` are vowels: y is a consonant at the start (yes, yellow) and between a
// vowel (or w) and another vowel (be-yond, play-er, law-yer), a vowel elsewhere (gym, cy-to-kine,
// ba-by); u after q is a consonant (qui-et, se-quence).
auto vowel_mask(std::string_view w) -> std::vector<bool> {
    std::vector<bool> mask(w.size(), false);
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        if (!is_vowel_letter(c)) continue;
        if (c == 'u' && i > 0 && w[i - 1] == 'q') continue;
        if (c == 'y') {
            const bool next_vowel = i + 1 < w.size() && is_vowel_letter(w[i + 1]) && w[i + 1] != 'y';
            const bool after_vowel = i > 0 && (mask[i - 1] || w[i - 1] == 'w');
            if (i == 0 || (next_vowel && after_vowel)) continue;
        }
        mask[i] = true;
    }
    return mask;
}

// Whether the vowels at `i` and `i + 1` are two syllables (hiatus) although written side by side.
auto english_hiatus(std::string_view w, std::size_t i) -> bool {
    const char a = w[i], b = w[i + 1];
    const char before = i > 0 ? w[i - 1] : ' ';
    const char after = i + 2 < w.size() ? w[i + 2] : ' ';
    const auto rest = w.substr(i + 2);
    // "ci", "ti", "si", "gi", "xi" before a vowel say "sh"/"j" and the i is silent: na-tion,
    // spe-cial, re-li-gion, anx-ious, in-fec-tious, phy-si-cian.
    const bool palatal = one_of(before, "ctsgx");
    if (a == 'i' && b == 'a') {
        if (after == 't') return true;  // -iate, -iation: ap-pre-ci-ate, ra-di-a-tion
        return !palatal;                // bac-te-ri-a, pneu-mo-ni-a, tri-al
    }
    if (a == 'i' && b == 'o') {
        if (palatal) return false;
        // "-ion", "-ior" after l, n, v glide: mil-lion, o-pin-ion, se-nior, be-hav-ior.
        if ((after == 'n' || after == 'r') && one_of(before, "lnv")) return false;
        return true;  // ra-di-o, bi-ol-o-gy, se-ri-ous, pre-vi-ous
    }
    if (a == 'i' && b == 'u') return true;  // -ium: cal-ci-um, so-di-um, po-tas-si-um
    if (a == 'i' && b == 'e') {
        // di-et, qui-et, so-ci-e-ty; ear-li-er, ear-li-est (but field, friend, stud-ies are one).
        if (after == 't') return true;
        if (rest == "r" || rest == "st") return true;
        // cli-ent, nu-tri-ent, ex-pe-ri-ence, but pa-tient, an-cient (palatal).
        if (after == 'n' && i + 3 < w.size() && one_of(w[i + 3], "tc")) return !palatal;
        return false;
    }
    if (a == 'i' && b == 'i') return true;                                       // ski-ing
    if (a == 'u' && b == 'a') return before != 'q' && before != 'g';            // u-su-al, ac-tu-al; lan-guage
    if (a == 'u' && b == 'o') return true;                                       // con-tin-u-ous
    if (a == 'u' && b == 'e') return after == 'n' || after == 'l';               // in-flu-ence, fu-el
    if (a == 'e' && b == 'o' && after == 'u') return !one_of(before, "gc");      // cu-ta-ne-ous; gor-geous
    return false;
}

auto vowel_groups(std::string_view w) -> int {
    const auto mask = vowel_mask(w);
    int groups = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (!mask[i]) continue;
        if (i == 0 || !mask[i - 1] || english_hiatus(w, i - 1)) ++groups;
    }
    return groups;
}

auto consonant(char c) -> bool { return c != '\'' && !is_vowel_letter(c); }

// "-le", "-re" after another consonant is a syllable of its own (ta-ble, lit-tle, ac-re), as are
// "-les", "-led" there (ta-bles, trou-bled); after a vowel or the same letter it is not (smiled, called).
auto syllabic_liquid(std::string_view w, std::size_t liquid) -> bool {
    if (liquid == 0 || (w[liquid] != 'l' && w[liquid] != 'r')) return false;
    const char before = w[liquid - 1];
    return consonant(before) && before != w[liquid] && !(w[liquid] == 'r' && before == 'h');
}

auto english_syllables(std::string w) -> int;

// A word made of `stem` and a suffix of `suffix_syllables` whose stem keeps its own silent e
// (safe-ly, care-ful, state-ment, hope-less, mak-ing): counted as the two parts.
auto split_suffix(std::string_view w, std::string_view suffix, int suffix_syllables) -> std::optional<int> {
    if (!ends_with(w, suffix) || w.size() < suffix.size() + 2) return std::nullopt;
    const auto stem = w.substr(0, w.size() - suffix.size());
    if (vowel_groups(stem) == 0) return std::nullopt;  // bring, fly, bless: no stem to split off
    return english_syllables(std::string(stem)) + suffix_syllables;
}

auto english_syllables(std::string w) -> int {
    // Possessives and contractions: "doctor's", "we'll" add no syllable, but "nurse's" does
    // (after a hissing sound), as does the "n't" of "isn't", "didn't" after a consonant.
    if (const auto apostrophe = w.find('\''); apostrophe != std::string::npos) {
        const auto stem = w.substr(0, apostrophe);
        const auto tail = w.substr(apostrophe + 1);
        if (stem.empty()) return english_syllables(tail);
        if (tail == "t" && ends_with(stem, "n") && stem.size() > 1) {
            const auto base = stem.substr(0, stem.size() - 1);
            return english_syllables(base) + (consonant(base.back()) ? 1 : 0);
        }
        const bool hissing = tail == "s" && (one_of(stem.back(), "sxz") || ends_with(stem, "ce") ||
                                             ends_with(stem, "se") || ends_with(stem, "ge") || ends_with(stem, "ch") ||
                                             ends_with(stem, "sh"));
        return english_syllables(stem) + (hissing ? 1 : 0);
    }
    const auto exception = std::find_if(english_exceptions.begin(), english_exceptions.end(),
                                        [&](const auto& entry) { return entry.first == w; });
    if (exception != english_exceptions.end()) return exception->second;

    // Compounds whose first part ends in a silent e: some-one, there-fore, guide-line, care-giv-er.
    for (const std::string_view head : {"some", "there", "home", "life", "time", "side", "base", "guide", "nose", "care",
                                        "fire", "whole", "like", "more"}) {
        if (w.size() > head.size() + 1 && w.starts_with(head) && vowel_groups(w.substr(head.size())) > 0)
            return 1 + english_syllables(w.substr(head.size()));
    }
    // Suffixes that are a syllable of their own after a stem that keeps its spelling.
    for (const auto& [suffix, syllables] : std::initializer_list<std::pair<std::string_view, int>>{
             {"ings", 1}, {"ing", 1}, {"fully", 2}, {"ful", 1}, {"lessly", 2}, {"less", 1}, {"ness", 1},
             {"ments", 1}, {"ment", 1}, {"ly", 1}}) {
        if (const auto split = split_suffix(w, suffix, syllables)) return *split;
    }

    int count = vowel_groups(w);
    const auto n = w.size();
    const auto mask = vowel_mask(w);
    // Whether the e at `at` is a vowel group alone (not part of "ee", "ie", "ue", ...).
    const auto lone_e = [&](std::size_t at) { return w[at] == 'e' && at > 0 && !mask[at - 1]; };
    if (n >= 3 && ends_with(w, "ed") && lone_e(n - 2)) {
        // "-ed" is a syllable only after t or d (want-ed, need-ed): helped, used, called are one.
        if (!one_of(w[n - 3], "td") && !syllabic_liquid(w, n - 3)) --count;
    } else if (n >= 3 && ends_with(w, "es") && lone_e(n - 2)) {
        // "-es" is a syllable after a hissing sound (box-es, doses, chang-es, wish-es): times,
        // vaccines, cytokines add none.
        const bool hissing = one_of(w[n - 3], "sxzcg") || ends_with(w, "ches") || ends_with(w, "shes");
        if (!hissing && !syllabic_liquid(w, n - 3)) --count;
    } else if (n >= 2 && w.back() == 'e' && lone_e(n - 1)) {
        // A final e is silent (make, vaccine, nurse) but after a consonant + l or r (ta-ble, ac-re).
        if (!syllabic_liquid(w, n - 2)) --count;
    } else if (n >= 5 && ends_with(w, "gue") && w[n - 4] != 'r') {
        // "-gue" is silent after a vowel or n (fa-tigue, league, tongue), not after r (ar-gue).
        --count;
    }
    // "-ism", "-asm": the m is a syllable of its own (au-tism = au-ti-sm, spa-sm).
    if (ends_with(w, "sm") && n >= 3 && mask[n - 3]) ++count;
    return std::max(count, 1);
}

}  // namespace

auto syllable_language_of(std::string_view language) -> std::optional<syllable_language> {
    const auto primary = language.substr(0, language.find_first_of("-_"));
    std::string lower(primary);
    for (auto& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower == "en") return syllable_language::english;
    if (lower == "es") return syllable_language::spanish;
    return std::nullopt;
}

auto count_syllables(std::string_view word, syllable_language language) -> int {
    if (!has_letter(word)) return 0;
    if (language == syllable_language::spanish) {
        const int count = spanish_syllables(decode(i18n::to_lower(word, "es")));
        return std::max(count, 1);  // abbreviations without vowels ("kg", "Sr") are read as one
    }
    return english_syllables(english_spelling(word));
}

auto count_syllables(std::string_view word, std::string_view language) -> std::optional<int> {
    const auto rules = syllable_language_of(language);
    if (!rules) return std::nullopt;
    return count_syllables(word, *rules);
}

}  // namespace folio::review
