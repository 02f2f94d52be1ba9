#pragma once

#include "model/diagnostics.hpp"
#include "model/document.hpp"

namespace folio::load {

/// Checks that a translation has the structure of its source: the same sections, figures,
/// tables, lists, callouts, glossaries and glossary entries (by id, author-given or derived from
/// their place), the same number of items in every list and of cells in every table row. Each
/// difference is an error on the translation naming both files and the id [translation-parity].
void check_translation_parity(const model::document& source, const model::document& translation,
                              model::diagnostics& sink);

}  // namespace folio::load
