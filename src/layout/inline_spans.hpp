#pragma once

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
    std::size_t offset = 0;  ///< where `text` starts in its node's drawn text (model::text_offset)
    bool address = false;    ///< a printed address (URL, e-mail): broken only where Chicago style allows
};

/// What inline markup becomes in print, for one edition's style.
struct span_context {
    bool emphasis_is_bold = false;  ///< large print: no italics
};

/// Flattens inline content into styled spans: emphasis becomes italic (bold in large print),
/// strong bold, links carry their target, foreign phrases their language, cross-references
/// their (resolved) words, line breaks "\n". Each span keeps where it starts in its node's drawn
/// text, as the compose stage placed it.
auto flatten_inlines(const model::inlines& run, const text_style& base, const span_context& context)
    -> std::vector<styled_span>;

}  // namespace folio::layout
