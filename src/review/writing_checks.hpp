#pragma once

// The writing checks of the author report that look at the document's structure rather than its
// sentences: alt text, link words, capitals, table headers, action content.

#include "model/diagnostics.hpp"
#include "model/document.hpp"
#include "review/document_review.hpp"

#include <vector>

namespace folio::review {

/// Appends a finding for each figure whose alt text is longer than the limit or says it is an
/// image, each link whose words say nothing of where it goes, each table without header cells,
/// runs of three or more words in capitals, and a document with no action content.
void check_structure(const model::document& doc, const review_limits& limits, std::vector<model::diagnostic>& findings);

}  // namespace folio::review
