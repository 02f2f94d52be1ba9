#pragma once

#include "i18n/message_catalog.hpp"
#include "model/document.hpp"
#include "model/style.hpp"

#include <string>
#include <vector>

namespace folio::layout {

/// How a stretch of print text looks and what it links to.
struct text_style {
    double size = 10;
    model::color color;
    bool bold = false;
    bool italic = false;
    std::string language;     ///< BCP 47 of the text
    std::string href;         ///< external link target
    std::string link_target;  ///< internal link: node id
    friend auto operator==(const text_style&, const text_style&) -> bool = default;
};

struct styled_span {
    std::string text;  ///< "\n" stands for a forced line break
    text_style style;
};

/// What inline markup becomes in print, for one edition's style.
struct span_context {
    const model::document& doc;
    const i18n::message_catalog& messages;
    bool emphasis_is_bold = false;  ///< large print: no italics
};

/// Flattens inline content into styled spans: emphasis becomes italic (bold in large print),
/// strong bold, links carry their target, foreign phrases their language, empty
/// cross-references the generated words, line breaks "\n".
auto flatten_inlines(const model::inlines& run, const text_style& base, const span_context& context)
    -> std::vector<styled_span>;

}  // namespace folio::layout
