#include "render/html/accessibility.hpp"

#include <cctype>
#include <regex>

namespace folio::render::html {

auto stylesheet_is_transformable(std::string_view css) -> bool {
    const std::string text(css);
    static const std::regex absolute_length(R"([0-9.]\s*(pt|px|cm|mm|in|pc)\b)");
    static const std::regex fixed_height(R"((^|[\s;{])(height|max-height|min-height)\s*:\s*[0-9.])");
    return !std::regex_search(text, absolute_length) && !std::regex_search(text, fixed_height) &&
           text.find("!important") == std::string::npos;
}

auto stylesheet_keeps_reading_order(std::string_view css) -> bool {
    // Rule by rule ("selector { declarations }"): what floats, is reordered or is taken out of the
    // flow can be seen in another order than it is read. `position: relative` moves nothing; the
    // one absolutely positioned box Folio writes is a list item's label, drawn in the margin
    // beside the item it begins, where it is read.
    static const std::regex rule(R"(([^{}]*)\{([^{}]*)\})");
    static const std::regex moved(R"((^|[\s;{])(float|order|flex-direction|grid-area)\s*:)");
    static const std::regex positioned(R"((^|[\s;{])position\s*:\s*(absolute|fixed|sticky))");
    const std::string text(css);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), rule); it != std::sregex_iterator(); ++it) {
        const std::string selector = std::regex_replace((*it)[1].str(), std::regex(R"(^\s+|\s+$)"), "");
        const std::string declarations = (*it)[2].str();
        if (std::regex_search(declarations, moved)) return false;
        if (std::regex_search(declarations, positioned) && selector != ".list-label") return false;
    }
    return true;
}

auto derive_accessibility(const publication_facts& facts, const compose::cues& cues)
    -> accessibility_metadata {
    const auto& c = facts.content;
    accessibility_metadata m;
    const bool images = c.informative_images > 0;
    const bool every_image_described = images && c.images_with_alt == c.informative_images;

    m.access_modes.push_back("textual");
    if (images) m.access_modes.push_back("visual");
    // Text alone is enough when every informative image has a text alternative.
    if (!images || every_image_described) m.access_modes_sufficient.push_back("textual");
    if (images) m.access_modes_sufficient.push_back("textual,visual");

    std::vector<std::string> sentences{cues.summary(compose::summary_sentence::conformance)};
    if (c.headings > 0) {
        m.features.push_back("structuralNavigation");
        m.features.push_back("tableOfContents");
        sentences.push_back(cues.summary(compose::summary_sentence::navigation));
    }
    if (every_image_described) {
        m.features.push_back("alternativeText");
        sentences.push_back(cues.summary(compose::summary_sentence::images));
    }
    if (c.tables > 0 && c.tables_with_headers == c.tables) sentences.push_back(cues.summary(compose::summary_sentence::tables));
    if (facts.page_list) {
        m.features.push_back("printPageNumbers");
        sentences.push_back(cues.summary(compose::summary_sentence::page_list));
    }
    if (!c.other_languages.empty()) sentences.push_back(cues.summary(compose::summary_sentence::languages));
    if (facts.reading_order_kept) m.features.push_back("readingOrder");
    if (facts.relative_styles) {
        m.features.push_back("displayTransformability");
        sentences.push_back(cues.summary(compose::summary_sentence::text_size));
    }
    // Text, one image format and CSS: nothing flashes, moves or plays a sound.
    m.hazards.push_back("none");

    m.summary = cues.join_sentences(sentences);
    return m;
}

}  // namespace folio::render::html
