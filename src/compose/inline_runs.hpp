#pragma once

// Internal to compose: visiting every inline run of a document, in reading order, to change it.

#include "model/document.hpp"

#include <functional>

namespace folio::compose {

/// Calls `visit(run, node_id)` for every inline run of `content` in reading order, with the id of
/// the node whose drawn text the run belongs to: section and glossary titles, paragraphs, table
/// captions and cells, figure captions, callout headings (or titles, before they are made),
/// glossary terms; nested blocks (list items, callouts, definitions) included.
void for_each_run(model::blocks& content, const std::function<void(model::inlines&, const std::string&)>& visit);

/// for_each_run over the whole document: the title and subtitle (nodes of the title block) first,
/// then the body.
void for_each_run(model::document& doc, const std::function<void(model::inlines&, const std::string&)>& visit);

/// Calls `visit` for every inline node of `run` and, depth first, of every node nested in it.
void for_each_inline(model::inlines& run, const std::function<void(model::inline_node&)>& visit);

}  // namespace folio::compose
