#pragma once

// Internal to render/text: the state of one screen-reader text rendering.

#include "compose/resolved_document.hpp"
#include "model/document.hpp"

#include <set>
#include <string>
#include <vector>

namespace folio::render::text {

class text_writer {
public:
    explicit text_writer(const compose::resolved_document& resolved)
        : resolved_(resolved), doc_(resolved.doc()), cues_(resolved.cues()) {}

    /// Adds a chunk of one or more lines with at least `blank_lines` empty lines before it.
    void emit(std::string text, int blank_lines = 1);
    /// Adds a heading: two blank lines before, one after (T3).
    void heading(int level, const std::string& title);
    [[nodiscard]] auto finish() const -> std::string;

    void title_block();
    void blocks(const model::blocks& content);
    /// The text of an inline run as a listener should hear it.
    auto inline_text(const model::inlines& run) -> std::string;

    [[nodiscard]] auto document() const -> const model::document& { return doc_; }

private:
    void block(const model::block_node& node);
    void list(const model::list& list, std::vector<std::string>& lines, int depth);
    void table(const model::table& table);
    void figure(const model::figure& figure);
    void callout(const model::callout& callout);
    void glossary(const model::glossary& glossary);
    void append_inline(const model::inline_node& node, std::string& out);

    struct chunk {
        std::string text;
        int blank_lines;
    };
    const compose::resolved_document& resolved_;
    const model::document& doc_;
    const compose::cues& cues_;
    std::vector<chunk> chunks_;
    int blank_lines_after_heading_ = 0;
    std::set<std::string, std::less<>> expanded_abbreviations_;
    std::size_t skip_suffix_ = 0;  ///< bytes of the next text an expanded abbreviation already said (its suffix)
};

}  // namespace folio::render::text
