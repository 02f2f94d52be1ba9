#include "render/text/text_writer.hpp"

#include "base/overloaded.hpp"
#include "i18n/language_tag.hpp"

namespace folio::render::text {

namespace {
auto join_lines(const std::vector<std::string>& lines) -> std::string {
    std::string out;
    for (const auto& line : lines) out += (out.empty() ? "" : "\n") + line;
    return out;
}

}  // namespace

void text_writer::blocks(const model::blocks& content) {
    for (const auto& node : content) block(node);
}

void text_writer::block(const model::block_node& node) {
    if (!node.language.empty() && !i18n::same_language(node.language, doc_.meta.language))
        emit(cues_.block_language(node.language, doc_.meta.language));
    std::visit(overloaded{
                   [&](const model::section& b) {
                       if (!b.title.empty()) heading(b.level, inline_text(b.title));
                       blocks(b.content);
                   },
                   [&](const model::paragraph& b) { emit(inline_text(b.content)); },
                   [&](const model::list& b) {
                       std::vector<std::string> lines;
                       lines.push_back(cues_.list_start(b.ordered, static_cast<std::int64_t>(b.items.size())));
                       list(b, lines, 0);
                       emit(join_lines(lines));
                   },
                   [&](const model::table& b) { table(b); },
                   [&](const model::figure& b) { figure(b); },
                   [&](const model::callout& b) { callout(b); },
                   [&](const model::glossary& b) { glossary(b); },
                   [&](const model::page_break&) {},  // a print hint; a listener hears nothing
               },
               node.value);
}

void text_writer::list(const model::list& list, std::vector<std::string>& lines, int depth) {
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    const std::string continuation = indent + "  ";
    for (const auto& item : list.items) {
        // T2: a consistent label; labels inside numbered items read as "2.1." or "2.b." so the
        // nesting is heard. Numbering none has no label: the item's text alone.
        const std::string label = list.ordered ? item.path_label : "-";
        const std::string lead = label.empty() ? indent : indent + label + " ";
        bool labelled = false;
        for (const auto& node : item.content) {
            if (const auto* p = std::get_if<model::paragraph>(&node.value)) {
                const std::string text = inline_text(p->content);
                lines.push_back(labelled ? continuation + text : lead + text);
                labelled = true;
            } else if (const auto* nested = std::get_if<model::list>(&node.value)) {
                if (!labelled && !label.empty()) lines.push_back(indent + label);
                labelled = true;
                this->list(*nested, lines, depth + 1);
            } else {
                // Rare in a list item (a figure, table or callout): render it on its own and indent it.
                if (!labelled && !label.empty()) lines.push_back(indent + label);
                labelled = true;
                text_writer inner(resolved_);
                inner.expanded_abbreviations_ = expanded_abbreviations_;
                inner.block(node);
                expanded_abbreviations_ = inner.expanded_abbreviations_;
                std::string text = inner.finish();
                text.pop_back();
                std::size_t start = 0;
                while (start <= text.size()) {
                    const auto end = text.find('\n', start);
                    const auto line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
                    if (!line.empty()) lines.push_back(continuation + line);
                    if (end == std::string::npos) break;
                    start = end + 1;
                }
            }
        }
        if (!labelled) lines.push_back(indent + label);
    }
}

void text_writer::table(const model::table& table) {
    const auto rows = static_cast<std::int64_t>(table.body.size());
    emit(cues_.table_start(inline_text(table.caption), rows, static_cast<std::int64_t>(table.column_count())));
    // Column labels come from the last header row, the one right above the data.
    std::vector<std::string> headers;
    if (!table.head.empty())
        for (const auto& cell : table.head.back().cells) headers.push_back(inline_text(cell.content));
    std::int64_t row_number = 0;
    for (const auto& row : table.body) {
        std::vector<std::string> lines;
        lines.push_back(cues_.table_row(++row_number, rows));
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const auto& cell = row.cells[c];
            const std::string value = inline_text(cell.content);
            if (c < headers.size() && !headers[c].empty()) {
                lines.push_back(cues_.table_cell(headers[c], value));
            } else if (cell.is_header()) {
                lines.push_back(value);
            } else {
                lines.push_back(cues_.table_cell_unlabelled(static_cast<std::int64_t>(c + 1), value));
            }
        }
        emit(join_lines(lines));
    }
    emit(cues_.table_end());
}

void text_writer::figure(const model::figure& figure) {
    std::vector<std::string> lines;
    if (!figure.decorative) lines.push_back(cues_.image(figure.alt));
    if (!figure.caption.empty()) lines.push_back(cues_.caption(inline_text(figure.caption)));
    if (!lines.empty()) emit(join_lines(lines));
}

void text_writer::callout(const model::callout& callout) {
    emit(cues_.callout_start(callout.kind, inline_text(callout.title)));
    blocks(callout.content);
    emit(cues_.callout_end(callout.kind));
}

void text_writer::glossary(const model::glossary& glossary) {
    const auto count = static_cast<std::int64_t>(glossary.entries.size());
    if (!glossary.title.empty()) heading(glossary.level, inline_text(glossary.title));
    emit(cues_.glossary_start(count));
    // Readers look terms up alphabetically, in their own language's order (compose sorted them).
    for (const auto& entry : glossary.entries) {
        const std::string term = inline_text(entry.term);
        bool first = true;
        for (const auto& node : entry.definition) {
            const auto* p = std::get_if<model::paragraph>(&node.value);
            if (first && p != nullptr) {
                emit(cues_.glossary_entry(term, inline_text(p->content)));
            } else {
                if (first) emit(term);
                block(node);
            }
            first = false;
        }
    }
}

}  // namespace folio::render::text
