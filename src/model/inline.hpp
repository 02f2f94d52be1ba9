#pragma once

#include "model/source_position.hpp"

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace folio::model {

struct inline_node;
/// A run of inline content: text with emphasis, links, abbreviations and so on, in reading order.
using inlines = std::vector<inline_node>;

/// Where a piece of inline content starts in the drawn text of the node it belongs to (bytes):
/// the words every edition shows of that node, in reading order, a forced line break counted as
/// one space. Set by the compose stage (0 in a loaded model); print's glyph runs and the e-book's
/// page markers both refer to these positions.
using text_offset = std::size_t;

/// Plain text, NFC-normalized, whitespace already collapsed by the loader.
struct text {
    std::string value;
    text_offset offset = 0;   ///< set by compose
    bool generated = false;   ///< words compose made (cross-reference text, callout labels)
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
    /// Set by compose for an external link whose words are not its address: the address as print
    /// shows it after them (" (https://…)"), since paper cannot be clicked. Empty otherwise.
    text printed_address;
    /// Set by compose: the words already say where the link goes (the same address, e-mail or
    /// phone number, as "1-800-555-0100" says tel:+18005550100), so no edition repeats it.
    bool words_say_address = false;
};
/// An abbreviation and its expansion; editions expand it at first use.
struct abbreviation {
    std::string expansion;
    std::string value;
    text_offset offset = 0;   ///< set by compose
    /// The author spelled it out in the words around it ("gastrointestinal (GI)"): said as
    /// written, and no later use is expanded. Set by the loader (spelled-out="true") or by
    /// compose, which recognises the expansion right before it or right after it in brackets.
    bool spelled_out_in_text = false;
    /// Set by compose: letters written right after it ("NSAID" + "s"), which belong before the
    /// expansion when it is said: "NSAIDs (nonsteroidal anti-inflammatory drug)".
    std::string suffix = {};
    std::string spelled_out = {};  ///< set by compose: the abbreviation (and suffix) with its expansion, as said at first use
};
/// A phrase in another language than its surroundings (BCP 47 tag, canonical form).
struct foreign {
    std::string language;
    inlines children;
};
/// A reference to a section, figure, table or glossary entry. Empty children as loaded: the compose
/// stage fills them with generated words from the target (its title, caption or term).
struct cross_reference {
    std::string target_id;
    inlines children;
    bool to_glossary_entry = false;  ///< set by compose: the target is a glossary entry
};
/// A forced line break. Counted as one space in its node's drawn text (see text_offset).
struct line_break {
    text_offset offset = 0;  ///< set by compose
};

/// One inline node and where it comes from.
struct inline_node {
    std::variant<text, emphasis, strong, link, abbreviation, foreign, cross_reference, line_break>
        value;
    source_position position;
};

/// The text of an inline run with all markup dropped (abbreviations unexpanded).
auto plain_text(const inlines& run) -> std::string;

}  // namespace folio::model
