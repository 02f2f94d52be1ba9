#pragma once

// Internal to render/html: the content as (X)HTML, for the e-book's content documents (with the
// page-break markers of the print edition placed in their text) and for the web page.

#include "model/diagnostics.hpp"
#include "model/document.hpp"
#include "render/html/content_plan.hpp"
#include "render/html/epub_writer.hpp"

#include <pugixml.hpp>

#include <map>
#include <string>
#include <vector>

namespace folio::render::html {

/// A heading, for the table of contents.
struct toc_heading {
    int level = 1;       ///< 1 = the document title
    std::string text;
    std::string href;    ///< relative to the package document
};

/// A table of contents into `parent`: an `ol` of links to `headings`, the title (level 1) and
/// the top-level sections (level 2) side by side, deeper headings nested under the heading they
/// belong to.
void contents_list(pugi::xml_node parent, const std::vector<toc_heading>& headings);

/// The printed pages' starts and where their markers went.
struct page_markers {
    std::vector<page_mark> pages;
    std::vector<std::string> ids;    ///< the marker's element id, per page
    std::vector<std::string> files;  ///< the content document it went into; empty while not placed
    std::map<std::string, std::vector<std::size_t>, std::less<>> by_node;  ///< pages starting in a node, in order
    std::map<std::string, pugi::xml_node, std::less<>> last_parent;        ///< where a node's text ended
    std::vector<std::size_t> past_the_end;  ///< pages whose offset lies beyond their node's text: put after it

    [[nodiscard]] auto placed(std::size_t page) const -> bool { return !files.at(page).empty(); }
};

/// Where the markup goes: an EPUB content document (XHTML with EPUB's structural semantics,
/// images packed beside it) or the web page (HTML, images inside the page as data: URLs).
enum class html_flavour { epub, web };

/// Writes the content documents of a plan, one at a time, in spine order.
class xhtml_writer {
public:
    xhtml_writer(const compose::resolved_document& resolved, content_plan& plan, page_markers& markers,
                 html_flavour flavour = html_flavour::epub)
        : resolved_(resolved), doc_(resolved.doc()), plan_(plan), markers_(markers), flavour_(flavour) {}

    /// The XHTML of one content document.
    auto write(const content_file& file) -> std::string;

    /// The title block of the document (its title, subtitle and notices) into `parent`.
    void write_title_block(pugi::xml_node parent, const content_file& file);
    /// The blocks of `file` into `parent`, in order.
    void write_blocks(pugi::xml_node parent, const content_file& file);

    /// Every heading written so far, in reading order.
    [[nodiscard]] auto headings() const -> const std::vector<toc_heading>& { return headings_; }

private:
    void title_block(pugi::xml_node body);
    void block(pugi::xml_node parent, const model::block_node& node);
    void section(pugi::xml_node parent, const model::block_node& node, const model::section& s);
    void list(pugi::xml_node parent, const model::block_node& node, const model::list& l);
    void table(pugi::xml_node parent, const model::block_node& node, const model::table& t);
    void figure(pugi::xml_node parent, const model::block_node& node, const model::figure& f);
    void callout(pugi::xml_node parent, const model::block_node& node, const model::callout& c);
    void glossary(pugi::xml_node parent, const model::block_node& node, const model::glossary& g);
    void heading(pugi::xml_node parent, int level, const model::inlines& title, const std::string& key,
                 const std::string& target_id);

    /// Inline content, drawn text of node `key` (see page_mark).
    void inlines(pugi::xml_node parent, const model::inlines& run, const std::string& key);
    /// Text of node `key` that starts at byte `offset` of its drawn text, with a page-break marker
    /// before each page that starts inside it.
    void text(pugi::xml_node parent, const std::string& value, const std::string& key, std::size_t offset);
    /// Markers of pages starting at offset 0 of `key` (list labels, images), placed before `before`
    /// (or at the end of `parent` when `before` is empty).
    void markers_at_start(pugi::xml_node parent, pugi::xml_node before, const std::string& key);
    auto marker(pugi::xml_node parent, pugi::xml_node before, std::size_t page) -> pugi::xml_node;
    /// lang (and xml:lang in XHTML), and dir where the direction changes.
    void set_language(pugi::xml_node element, const std::string& language);
    /// An EPUB structural semantic (epub:type), in EPUB content documents only.
    void set_epub_type(pugi::xml_node element, const char* type);
    /// The src of an image: its file in the publication, or the web page's data: URL.
    [[nodiscard]] auto image_source(const packed_image& image) -> std::string;
    /// Starts writing into the content document `file`.
    void begin(const content_file& file);

    const compose::resolved_document& resolved_;
    const model::document& doc_;
    content_plan& plan_;
    page_markers& markers_;
    html_flavour flavour_;
    std::map<const std::string*, std::string> data_urls_;  ///< the web page's images, by their bytes
    std::string file_;            ///< href of the content document being written
    bool right_to_left_ = false;  ///< direction of the element being written
    std::vector<toc_heading> headings_;
    std::vector<std::string> keys_in_file_;  ///< nodes whose text the current document holds
};

}  // namespace folio::render::html
