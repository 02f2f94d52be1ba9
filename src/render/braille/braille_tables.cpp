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
        {"zh", {{"zh-chn.ctb", false, "Current Chinese braille (Mandarin)", true}, std::nullopt}},
    };
    const auto found = codes.find(language.substr(0, language.find('-')));
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
