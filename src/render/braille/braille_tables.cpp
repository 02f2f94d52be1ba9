#include "render/braille/braille_tables.hpp"

#include <map>

namespace folio::render::braille {

auto braille_code_for(std::string_view language) -> std::optional<braille_code> {
    static const std::map<std::string, braille_code, std::less<>> codes = {
        {"en", {"en-ueb-g2.ctb", true, "Unified English Braille, grade 2"}},
        {"es", {"es-g1.ctb", false, "Spanish braille, uncontracted"}},
        {"ar", {"ar-ar-g1.utb", false, "Arabic braille, grade 1", true}},
        {"hi", {"hi-in-g1.utb", false, "Bharati braille (Hindi)", true}},
        {"vi", {"vi-vn-g0.utb", false, "Vietnamese braille, uncontracted"}},
        {"zh", {"zh-chn.ctb", false, "Current Chinese braille (Mandarin)", true}},
    };
    const auto primary = language.substr(0, language.find('-'));
    const auto found = codes.find(primary);
    if (found == codes.end()) return std::nullopt;
    return found->second;
}

}  // namespace folio::render::braille
