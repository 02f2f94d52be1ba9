#pragma once

// Internal to render/html (and its tests): the EPUB Accessibility 1.1 metadata, derived from what
// the publication really holds.

#include "compose/cues.hpp"
#include "render/html/content_plan.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace folio::render::html {

/// What was built, beyond the content's own facts.
struct publication_facts {
    content_facts content;
    bool page_list = false;           ///< the nav has a page list and every marker was placed
    bool relative_styles = false;     ///< the CSS passed stylesheet_is_transformable
    bool reading_order_kept = false;  ///< the CSS moves nothing out of document order
};

struct accessibility_metadata {
    std::vector<std::string> access_modes;             ///< schema:accessMode
    std::vector<std::string> access_modes_sufficient;  ///< schema:accessModeSufficient
    std::vector<std::string> features;                 ///< schema:accessibilityFeature
    std::vector<std::string> hazards;                  ///< schema:accessibilityHazard
    std::string summary;                               ///< schema:accessibilitySummary, in the document's language
};

/// Each feature is claimed only when true: `alternativeText` when there are informative images
/// and every one has alt text, `printPageNumbers` with a page list, `tableOfContents` and
/// `structuralNavigation` when there are headings besides the title, `readingOrder` and
/// `displayTransformability` when the CSS keeps them. The summary says the same in words.
auto derive_accessibility(const publication_facts& facts, const compose::cues& cues)
    -> accessibility_metadata;

/// Whether a stylesheet leaves the reader in control of the text: no absolute units (pt, px, cm,
/// mm, in, pc), no !important, no fixed heights.
auto stylesheet_is_transformable(std::string_view css) -> bool;
/// Whether a stylesheet keeps the visual order the document order: no float, no reordering, no
/// positioning but list labels' (beside the item they begin).
auto stylesheet_keeps_reading_order(std::string_view css) -> bool;

}  // namespace folio::render::html
