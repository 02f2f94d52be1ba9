#pragma once

#include "model/image.hpp"
#include "model/inline.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace folio::model {

struct block_node;
/// Blocks in reading order.
using blocks = std::vector<block_node>;

struct paragraph {
    inlines content;
};

struct list_item {
    std::string id;
    source_position position;
    blocks content;
    std::string label;       ///< set by compose: the item's own label ("3.", "٣.", "c.", "iv.", "•"); empty for numbering none
    std::string path_label;  ///< set by compose: numbered items inside numbered items, with their parents' labels ("2.b.iv."), or its own; empty for bullets and numbering none
};
/// How a numbered list writes its numbers (the names are CSS's list-style-type values). Every
/// edition prints the same label for an item: compose makes it once (`list_item::label`).
enum class list_numbering { decimal, lower_alpha, upper_alpha, lower_roman, upper_roman, none };

/// A bulleted (ordered = false) or numbered list; `start` is the first number.
struct list {
    bool ordered = false;
    list_numbering numbering = list_numbering::decimal;  ///< a numbered list's style
    std::int32_t start = 1;
    std::vector<list_item> items;
};

enum class header_scope { none, column, row };
struct table_cell {
    header_scope scope = header_scope::none;  ///< none: a data cell (td)
    inlines content;
    source_position position;
    [[nodiscard]] auto is_header() const -> bool { return scope != header_scope::none; }
};
struct table_row {
    std::vector<table_cell> cells;
    source_position position;
};
struct table {
    inlines caption;
    std::vector<table_row> head;  ///< header rows (thead), may be empty
    std::vector<table_row> body;  ///< data rows (tbody)
    /// Number of columns: the widest row.
    [[nodiscard]] auto column_count() const -> std::size_t;
};

/// An image with its accessible text. Exactly one of `alt` non-empty or `decorative` holds.
struct figure {
    std::string image_path;  ///< relative to the document folder, checked to stay inside it
    std::string alt;
    bool decorative = false;
    inlines caption;
    /// The file read and verified by the loader; set on every figure of a document loaded without
    /// errors. Later stages take the image from here and never open the file.
    std::optional<image_data> image = std::nullopt;
};

enum class callout_kind { tip, warning, ask_your_care_team };
struct callout {
    callout_kind kind = callout_kind::tip;
    inlines title;  ///< may be empty
    blocks content;
    std::string label;  ///< set by compose: the kind in words ("Warning")
    inlines heading;    ///< set by compose: what every edition shows first, the label then the title ("Warning: When to call")
    std::string continued_label;  ///< set by compose: the label print repeats where the box goes on over a page break
};

struct glossary_entry {
    std::string id;
    source_position position;
    inlines term;
    blocks definition;
};
struct glossary {
    int level = 2;  ///< heading level of the title, counted like a section's
    inlines title;  ///< may be empty; when present it is a heading
    std::vector<glossary_entry> entries;
};

/// A section; `level` is its heading level (the document title is level 1, so top-level
/// sections are level 2). An untitled section only groups its content.
struct section {
    int level = 2;
    inlines title;
    blocks content;
};

/// A hint to paged editions to start a new page.
struct page_break {};

/// One block, with the id every stage uses for it: the author's id when given, otherwise one
/// derived from its place ("side-effects.p3"), so it is stable across runs and editions.
struct block_node {
    std::variant<paragraph, list, table, figure, callout, glossary, section, page_break> value;
    std::string id;
    std::string language;  ///< BCP 47 when it differs from the document's; else empty
    source_position position;
    /// The loader made `id` (the author wrote none): messages then name the block by its place,
    /// never by an id the author would not find in the file.
    bool id_derived = false;
};

}  // namespace folio::model
