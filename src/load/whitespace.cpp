#include "load/whitespace.hpp"

#include "base/overloaded.hpp"

namespace folio::load {

namespace {
auto is_xml_space(char c) -> bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Collapses in reading order. `after_space` is true at the start and after a space or break, so
// whitespace there is dropped; `last_text` is the text seen last, whose trailing space is dropped
// before a break and at the end of the run.
struct collapse_state {
    bool after_space = true;
    model::text* last_text = nullptr;

    void trim_last() {
        if (last_text != nullptr && !last_text->value.empty() && last_text->value.back() == ' ')
            last_text->value.pop_back();
    }
};

void collapse(model::inlines& run, collapse_state& state) {
    for (auto& node : run) {
        std::visit(overloaded{
                       [&](model::text& n) {
                           std::string out;
                           out.reserve(n.value.size());
                           for (const char c : n.value) {
                               if (is_xml_space(c)) {
                                   if (!state.after_space) out += ' ';
                                   state.after_space = true;
                               } else {
                                   out += c;
                                   state.after_space = false;
                               }
                           }
                           n.value = std::move(out);
                           if (!n.value.empty()) state.last_text = &n;
                       },
                       [&](model::abbreviation&) {
                           state.after_space = false;
                           state.last_text = nullptr;
                       },
                       [&](model::cross_reference& n) {
                           if (n.children.empty()) {
                               // Compose generates its text: it counts as a word between the spaces.
                               state.after_space = false;
                               state.last_text = nullptr;
                           } else {
                               collapse(n.children, state);
                           }
                       },
                       [&](model::line_break&) {
                           state.trim_last();
                           state.after_space = true;
                           state.last_text = nullptr;
                       },
                       [&](model::emphasis& n) { collapse(n.children, state); },
                       [&](model::strong& n) { collapse(n.children, state); },
                       [&](model::link& n) { collapse(n.children, state); },
                       [&](model::foreign& n) { collapse(n.children, state); },
                   },
                   node.value);
    }
}

void remove_empty_text(model::inlines& run) {
    std::erase_if(run, [](const model::inline_node& node) {
        const auto* t = std::get_if<model::text>(&node.value);
        return t != nullptr && t->value.empty();
    });
    for (auto& node : run) {
        std::visit(overloaded{
                       [](model::emphasis& n) { remove_empty_text(n.children); },
                       [](model::strong& n) { remove_empty_text(n.children); },
                       [](model::link& n) { remove_empty_text(n.children); },
                       [](model::foreign& n) { remove_empty_text(n.children); },
                       [](model::cross_reference& n) { remove_empty_text(n.children); },
                       [](model::text&) {},
                       [](model::abbreviation&) {},
                       [](model::line_break&) {},
                   },
                   node.value);
    }
}
}  // namespace

auto collapse_whitespace(std::string_view text) -> std::string {
    std::string out;
    bool after_space = true;
    for (const char c : text) {
        if (is_xml_space(c)) {
            if (!after_space) out += ' ';
            after_space = true;
        } else {
            out += c;
            after_space = false;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

void collapse_inline_whitespace(model::inlines& run) {
    collapse_state state;
    collapse(run, state);
    state.trim_last();
    remove_empty_text(run);
}

}  // namespace folio::load
