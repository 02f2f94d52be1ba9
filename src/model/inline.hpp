#pragma once

#include "model/source_position.hpp"

#include <string>
#include <variant>
#include <vector>

namespace folio::model {

struct inline_node;
/// A run of inline content: text with emphasis, links, abbreviations and so on, in reading order.
using inlines = std::vector<inline_node>;

/// Plain text, NFC-normalized, whitespace already collapsed by the loader.
struct text {
    std::string value;
};
/// Stress emphasis (HTML em): italic in print, bold in large print.
struct emphasis {
    inlines children;
};
/// Strong importance (HTML strong).
struct strong {
    inlines children;
};
/// A hyperlink: http(s), mailto, tel, or "#id" for a place in the same document.
struct link {
    std::string href;
    inlines children;
};
/// An abbreviation and its expansion; editions expand it at first use.
struct abbreviation {
    std::string expansion;
    std::string value;
};
/// A phrase in another language than its surroundings (BCP 47 tag, canonical form).
struct foreign {
    std::string language;
    inlines children;
};
/// A reference to a section, figure, table or glossary entry. Empty children: writers generate
/// the text from the target (its title, caption or term).
struct cross_reference {
    std::string target_id;
    inlines children;
};
/// A forced line break.
struct line_break {};

/// One inline node and where it comes from.
struct inline_node {
    std::variant<text, emphasis, strong, link, abbreviation, foreign, cross_reference, line_break>
        value;
    source_position position;
};

/// The text of an inline run with all markup dropped (abbreviations unexpanded).
auto plain_text(const inlines& run) -> std::string;

}  // namespace folio::model
