#pragma once

#include "model/diagnostics.hpp"

#include <vector>

namespace folio::load {

/// A diagnostic about one character (model::diagnostic::character) points where its text starts:
/// inline nodes keep only their start, and the text was normalized and its whitespace collapsed
/// since. This finds the character itself in the file, written as it is or as a character
/// reference (&#x5E9;), at or after that start, and places the diagnostic on it (leaving it as it
/// was when the file cannot be read or the character is not found there). A diagnostic about a
/// phrase (model::diagnostic::words) is moved onto its first word the same way. Each file is read
/// once.
void point_at_characters(std::vector<model::diagnostic>& diagnostics);

}  // namespace folio::load
