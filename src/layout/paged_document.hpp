#pragma once

// The output of the layout stage and the input of the PDF writer: pages of positioned, shaped
// glyph runs, rules, boxes and images, each carrying the id of the content node it shows, or the
// kind of artifact it is (page furniture, decoration). Independent of libharu and HarfBuzz.
//
// Coordinates are PDF points (1/72 inch) with the origin at the TOP-LEFT of the page and y
// growing DOWNWARDS; the writer converts to PDF's bottom-left origin.

#include "layout/glyph_text.hpp"
#include "model/image.hpp"
#include "model/title_block_ids.hpp"

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace folio::layout {

struct rgb {
    double r = 0, g = 0, b = 0;  ///< 0..1
    friend auto operator==(const rgb&, const rgb&) -> bool = default;
};

struct rect {
    double x = 0, y = 0, width = 0, height = 0;
};

/// What a drawn item is when it is not content: PDF/UA artifacts.
enum class artifact_kind {
    none,        ///< real content: `node_id` names the content node
    pagination,  ///< running header or footer, page number
    layout,      ///< decoration: rules, callout boxes, backgrounds
};

/// What a drawn item shows within its node: tagging finds the item's element from it (see
/// render/pdf/tagging/leaf_key.hpp), so every role there is must be handled there.
enum class item_role {
    none,           ///< not said (artifacts without a role; hand-made pages in tests)
    title,          ///< the document's title (node "title")
    subtitle,       ///< the document's subtitle (node "subtitle")
    metadata,       ///< a notice line of the title block (node "meta"; `provenance::part` says which)
    heading,        ///< a section's or glossary's title (`provenance::level` says its level)
    paragraph,
    list_label,     ///< the number or bullet of a list item (node: the item)
    list_body,      ///< a paragraph directly in a list item
    figure,         ///< a figure's image
    caption,        ///< a figure's caption
    table_caption,
    table_header,   ///< a header cell's text (`row`, `column` say which cell)
    table_cell,     ///< a data cell's text (`row`, `column` say which cell)
    callout_title,
    term,           ///< a glossary term (node: the entry)
    page_number,    ///< page furniture (an artifact)
};

/// Where an item comes from: a content node, or an artifact.
struct provenance {
    std::string node_id;                    ///< id of the model node (block id); empty for artifacts
    artifact_kind artifact = artifact_kind::none;
    item_role role = item_role::none;       ///< finer role for tagging
    int level = 0;                          ///< headings: the level (1 = document title); else 0
    int row = -1;                           ///< table cells: the row, header rows first (from 0); else -1
    int column = -1;                        ///< table cells: the column in logical order (from 0); else -1
    int part = -1;                          ///< several blocks drawn for one node id (the title block's
                                            ///< notice lines, all "meta"): which one (from 0); else -1
};

/// A font file (TrueType outlines), identified by path and face index.
struct font_ref {
    std::string file;
    int face_index = 0;
    friend auto operator==(const font_ref&, const font_ref&) -> bool = default;
};

/// Where a link goes: an external address or a content node of this document (one of the two).
struct link_target {
    std::string uri;   ///< http(s), mailto or tel
    std::string node;  ///< the node id of an internal destination
    [[nodiscard]] auto empty() const -> bool { return uri.empty() && node.empty(); }
    friend auto operator<=>(const link_target&, const link_target&) = default;
};

/// One glyph of a shaped run. Glyphs of a run are stored in LOGICAL order (the order of the
/// text), each at its own visual position, so that text extraction and tag trees read the text
/// in reading order even for right-to-left lines.
struct positioned_glyph {
    std::uint32_t glyph_id = 0;
    // Single precision: a page is at most a few thousand points wide, and floats keep 1/1000 pt
    // there, far finer than the 1/100 pt the PDF is written in; a book holds millions of glyphs.
    float x = 0;           ///< pen position (glyph origin) on the baseline, absolute page coords
    float y = 0;           ///< baseline, absolute page coords (y down)
    float advance = 0;     ///< horizontal advance in points (as shaped)
    glyph_text text;       ///< the characters this glyph stands for (UTF-8); may be empty for the
                           ///< 2nd..nth glyph of a cluster (the first glyph carries the text)
};
static_assert(sizeof(positioned_glyph) <= 32, "a book holds millions of glyphs");

/// Moves a glyph by (dx, dy) points, the sum taken in double precision.
inline void move_glyph(positioned_glyph& g, double dx, double dy) {
    g.x = static_cast<float>(g.x + dx);
    g.y = static_cast<float>(g.y + dy);
}

/// A run of glyphs in one font, size and colour.
struct glyph_run {
    font_ref font;
    double size = 10;            ///< font size in points
    rgb color;
    bool right_to_left = false;
    std::string language;        ///< BCP 47 of this run's text
    std::vector<positioned_glyph> glyphs;
    std::string text;            ///< the whole run's text in logical order (UTF-8)
    std::size_t text_offset = 0; ///< where `text` starts in the drawn text of its node (bytes):
                                 ///< the runs of one node, in reading order, concatenate to it
    provenance from;
    std::string actual_text;     ///< when non-empty, the text a reader should get for this run
    bool synthetic_bold = false; ///< bold asked of a family with one weight (Chinese): the glyphs are
                                 ///< filled and stroked, so the text still looks bold
    link_target link;            ///< where the run's text links to (empty: nowhere); the clickable
                                 ///< area is a `link` item of the same target
                                 ///< (e.g. a list bullet "•" whose meaning is in Lbl)
};

/// A filled and/or stroked rectangle (callout boxes, table rules, underlines).
struct box {
    rect area;
    bool fill = false;
    rgb fill_color;
    bool stroke = false;
    rgb stroke_color;
    double line_width = 0.5;
    provenance from;             ///< normally an artifact (layout)
};

/// A raster image drawn into `area`: the loader's record, bytes included (the writer never opens
/// the file; the same record, shared bytes and all, is one image however often it is drawn).
struct image {
    model::image_data data;
    rect area;
    std::string alt;             ///< empty for decorative images (then from.artifact != none)
    provenance from;
};

/// A clickable area: an external URL or a place in the document.
struct link {
    rect area;
    std::string uri;             ///< http(s)/mailto/tel; empty for internal links
    std::string target_node;     ///< for internal links: the node id of the destination
    std::string description;     ///< the link's text, for /Contents
    provenance from;
    [[nodiscard]] auto target() const -> link_target { return {uri, target_node}; }
};

using page_item = std::variant<glyph_run, box, image, link>;

struct page {
    double width = 595.276;      ///< A4 by default
    double height = 841.89;
    std::string label;           ///< printed page number as shown ("1", "٣", ...)
    std::vector<page_item> items;  ///< in reading order (content) with artifacts where drawn
};

/// A bookmark: every heading, in document order.
struct outline_entry {
    std::string title;
    int level = 1;               ///< 1 = document title, 2 = top-level sections...
    std::size_t page_index = 0;
    double y = 0;                ///< top of the heading on its page
    std::string node_id;
};

/// Where a node starts (for internal links and page maps).
struct anchor {
    std::string node_id;
    std::size_t page_index = 0;
    double y = 0;
};

/// Where a printed page begins in the content: the first real content drawn on it.
struct page_start {
    std::string label;           ///< the printed page number
    std::string node_id;         ///< the content node whose text continues or starts there
    std::size_t text_offset = 0; ///< bytes into that node's drawn text (glyph_run::text_offset)
};

struct paged_document {
    std::string title;
    std::string author;          ///< authors joined
    std::string publisher;       ///< the organisation that publishes the document
    std::string subject;
    std::string keywords;
    std::string language;        ///< BCP 47 of the document
    std::string identifier;
    std::vector<page> pages;
    std::vector<outline_entry> outline;
    std::vector<anchor> anchors;

    /// For each numbered page (a book's cover is none), where it begins in the content (for the
    /// e-book's page list and braille's print page indicators): its first content
    /// run, or a figure's image (offset 0 of the figure, whose caption follows it). Text drawn
    /// again, such as a table's header rows repeated at the top of a page, is not where the page
    /// begins: runs already drawn on an earlier page are passed over.
    [[nodiscard]] auto page_starts() const -> std::vector<page_start> {
        std::vector<page_start> out;
        std::set<std::pair<std::string, std::size_t>> drawn;
        for (const auto& p : pages) {
            page_start start{p.label, {}, 0};
            bool found = false;
            for (const auto& item : p.items) {
                if (const auto* run = std::get_if<glyph_run>(&item);
                    run != nullptr && run->from.artifact == artifact_kind::none && !run->from.node_id.empty()) {
                    if (!found && !drawn.contains({run->from.node_id, run->text_offset})) {
                        start.node_id = run->from.node_id;
                        start.text_offset = run->text_offset;
                        found = true;
                    }
                } else if (const auto* img = std::get_if<image>(&item);
                           img != nullptr && !found && img->from.artifact == artifact_kind::none && !img->from.node_id.empty()) {
                    start.node_id = img->from.node_id;
                    start.text_offset = 0;
                    found = true;
                }
            }
            for (const auto& item : p.items)
                if (const auto* run = std::get_if<glyph_run>(&item); run != nullptr && !run->from.node_id.empty())
                    drawn.emplace(run->from.node_id, run->text_offset);
            // A book's cover is no numbered page: the page lists start after it.
            if (start.node_id == model::cover_id) continue;
            out.push_back(std::move(start));
        }
        return out;
    }
};

}  // namespace folio::layout
