#pragma once

// One finding of the author report: a diagnostic about the document's file.

#include "model/diagnostics.hpp"
#include "model/document.hpp"

#include <string>

namespace folio::review {

/// A finding at `at` in `doc`'s file; `words` (a sentence's or word's first word) lets
/// load::point_at_characters move it onto the word itself.
inline auto make_finding(const model::document& doc, model::severity level, std::string code, model::source_position at,
                         std::string message, std::string hint, std::string words = {}) -> model::diagnostic {
    model::diagnostic d;
    d.level = level;
    d.code = std::move(code);
    d.file = doc.source_path;
    d.position = at;
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.words = std::move(words);
    return d;
}

}  // namespace folio::review
