#pragma once

// Which liblouis tables write a language's braille, and in which grade.

#include <optional>
#include <string>
#include <string_view>

namespace folio::render::braille {

/// A language's braille code as liblouis writes it.
struct braille_code {
    std::string table;       ///< liblouis translation table ("en-ueb-g2.ctb")
    bool contracted = false; ///< contracted (grade 2) or not
    std::string name;        ///< the code's name, for a transcriber's note ("Unified English Braille, grade 2")
    bool other_script = false;  ///< the language is not written in Latin letters (Latin words need English braille)
    bool words_apart = false;   ///< print runs words together but braille spaces them (Chinese: 分词连写)
};

/// The braille code Folio uses for a BCP 47 tag (its primary language), or nothing when liblouis
/// has no table for it. The choices, language by language, and why:
/// - English: Unified English Braille grade 2, the contracted code BANA adopted in 2016 for
///   general text;
/// - Spanish: uncontracted (integral) braille, the Spanish code in general use (the Comisión
///   Braille Española's estenografía is for personal notes);
/// - Arabic: grade 1, the form of the Unified Arabic Braille code used in print transcription;
/// - Hindi: Bharati braille, which has no contractions;
/// - Vietnamese: the uncontracted code (liblouis grade 0; its grade 1 already contracts syllables);
/// - Chinese (Mandarin): current Chinese braille, which writes syllables by sound, with tones.
auto braille_code_for(std::string_view language) -> std::optional<braille_code>;

/// The code of `language` in `grade` (1 uncontracted, 2 contracted; none: the default above), or
/// nothing when liblouis has no table for it in that grade (Hindi and Chinese have grade 1 only).
auto braille_code_for(std::string_view language, std::optional<int> grade) -> std::optional<braille_code>;

}  // namespace folio::render::braille
