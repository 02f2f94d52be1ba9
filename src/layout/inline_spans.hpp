#pragma once

#include "model/document.hpp"
#include "model/style.hpp"

#include <functional>
#include <optional>
#include <utility>
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
    int source = 0;          ///< which of the caller's provenances the text is drawn for (lines_to_items)
    /// Where in the content file the text's pieces start: (byte offset in `text`, position of
    /// the text node there). Folio's own words have none.
    std::vector<std::pair<std::size_t, model::source_position>> sources = {};
    /// The content position of the text at byte `at` of `text`: where its text node starts.
    [[nodiscard]] auto source_at(std::size_t at) const -> std::optional<model::source_position>;
};

/// What inline markup becomes in print, for one edition's style.
struct span_context {
    bool emphasis_is_bold = false;  ///< large print: no italics
    /// In print, the words after a cross-reference naming the page of its target (", page 5"),
    /// or none; drawn as page furniture (styled_span::source = page_furniture_source).
    std::function<std::string(const std::string& target_id)> page_of_target;
};

/// The styled_span::source of words that belong to this printing, not to the content (a
/// cross-reference's page number): drawn as pagination artifacts.
inline constexpr int page_furniture_source = -1;

/// Flattens inline content into styled spans: emphasis becomes italic (bold in large print),
/// strong bold, links carry their target, foreign phrases their language, cross-references
/// their (resolved) words, line breaks "\n". Each span keeps where it starts in its node's drawn
/// text, as the compose stage placed it.
auto flatten_inlines(const model::inlines& run, const text_style& base, const span_context& context)
    -> std::vector<styled_span>;

}  // namespace folio::layout
