#include "render/braille/braille_tables.hpp"

#include <map>

namespace folio::render::braille {

namespace {
/// A language's codes in liblouis: uncontracted, contracted (when liblouis has one), and which
/// of them Folio uses when a style does not say (braille_tables.hpp says why).
struct language_codes {
    braille_code grade1;
    std::optional<braille_code> grade2;
    int default_grade = 1;
};

auto codes_of(std::string_view language) -> const language_codes* {
    static const std::map<std::string, language_codes, std::less<>> codes = {
        {"en", {{"en-ueb-g1.ctb", false, "Unified English Braille, grade 1"},
                braille_code{"en-ueb-g2.ctb", true, "Unified English Braille, grade 2"}, 2}},
        {"es", {{"es-g1.ctb", false, "Spanish braille, uncontracted"},
                braille_code{"es-g2.ctb", true, "Spanish braille, contracted"}}},
        {"ar", {{"ar-ar-g1.utb", false, "Arabic braille, grade 1", true},
                braille_code{"ar-ar-g2.ctb", true, "Arabic braille, grade 2", true}}},
        {"hi", {{"hi-in-g1.utb", false, "Bharati braille (Hindi)", true}, std::nullopt}},
        // liblouis's vi-vn-g1 already contracts syllables: its g0 is the uncontracted code.
        {"vi", {{"vi-vn-g0.utb", false, "Vietnamese braille, uncontracted"},
                braille_code{"vi-vn-g2.ctb", true, "Vietnamese braille, contracted"}}},
        {"zh", {{"zh-chn.ctb", false, "Current Chinese braille (Mandarin)", true, true}, std::nullopt}},
        // Chinese in traditional characters is read in Taiwan's braille, which spells syllables
        // by Zhuyin (liblouis's zh-tw), not in the mainland's.
        {"zh-Hant", {{"zh-tw.ctb", false, "Taiwanese braille (Mandarin)", true, true}, std::nullopt}},
        // Languages Folio has no sample of, each tried on a passage of the language-help sample
        // (its taglines) and read back (tests/unit/render_braille): uncontracted by default, as
        // for Spanish; the contracted code where liblouis has one, for a style to choose.
        {"de", {{"de-g1.ctb", false, "German braille, uncontracted (Vollschrift)"},
                braille_code{"de-g2.ctb", true, "German braille, contracted (Kurzschrift)"}}},
        {"el", {{"el.ctb", false, "Greek braille", true}, std::nullopt}},
        {"fr", {{"fr-bfu-comp6.utb", false, "French braille, uncontracted (intégral)"},
                braille_code{"fr-bfu-g2.ctb", true, "French braille, contracted (abrégé)"}}},
        {"he", {{"he-IL.utb", false, "Hebrew braille", true}, std::nullopt}},
        {"it", {{"it-it-comp6.utb", false, "Italian braille"}, std::nullopt}},
        {"ka", {{"ka.utb", false, "Georgian braille", true}, std::nullopt}},
        {"pa", {{"pu-in-g1.utb", false, "Bharati braille (Punjabi)", true}, std::nullopt}},
        {"pl", {{"Pl-Pl-g1.utb", false, "Polish braille"}, std::nullopt}},
        {"pt", {{"pt-pt-g1.utb", false, "Portuguese braille, uncontracted"},
                braille_code{"pt-pt-g2.ctb", true, "Portuguese braille, contracted"}}},
        {"ru", {{"ru-litbrl.ctb", false, "Russian literary braille", true}, std::nullopt}},
        {"sw", {{"sw-ke-g1.utb", false, "Swahili braille, uncontracted"},
                braille_code{"sw-ke-g2.ctb", true, "Swahili braille, contracted"}}},
        {"ur", {{"ur-pk-g1.utb", false, "Urdu braille, grade 1", true},
                braille_code{"ur-pk-g2.ctb", true, "Urdu braille, grade 2", true}}},
    };
    const auto primary = language.substr(0, language.find('-'));
    const bool traditional = primary == "zh" && (language.find("-Hant") != std::string_view::npos || language.ends_with("-TW") ||
                                                 language.ends_with("-HK") || language.ends_with("-MO"));
    const auto found = codes.find(traditional ? std::string_view("zh-Hant") : primary);
    return found == codes.end() ? nullptr : &found->second;
}
}  // namespace

auto braille_code_for(std::string_view language) -> std::optional<braille_code> {
    return braille_code_for(language, std::nullopt);
}

auto braille_code_for(std::string_view language, std::optional<int> grade) -> std::optional<braille_code> {
    const auto* codes = codes_of(language);
    if (codes == nullptr) return std::nullopt;
    switch (grade.value_or(codes->default_grade)) {
    case 1: return codes->grade1;
    case 2: return codes->grade2;
    default: return std::nullopt;
    }
}

}  // namespace folio::render::braille
