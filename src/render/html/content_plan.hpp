#pragma once

// Internal to render/html: how a document is cut into content documents, where every id lives,
// which images are packed, and the facts the accessibility metadata is derived from.

#include "model/document.hpp"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace folio::render::html {

/// One XHTML content document: the title block (and any blocks before the first section), or one
/// top-level section or glossary with the untitled blocks that follow it.
struct content_file {
    std::string href;  ///< relative to the package document, e.g. "text/01-side-effects.xhtml"
    std::string manifest_id;
    bool title_page = false;
    bool cover = false;  ///< the book's cover image alone (the e-book's first page)
    std::vector<const model::block_node*> blocks;
};

/// An image packed into the publication: the loader's bytes, named for their format.
struct packed_image {
    std::shared_ptr<const std::string> bytes;  ///< the file as the loader read it
    std::string href;        ///< in the publication, e.g. "media/image-1.png"
    std::string media_type;  ///< image/png or image/jpeg, from the bytes
    std::string manifest_id;
    bool cover = false;  ///< the cover image (manifest property cover-image)
};

/// What the content holds, counted once: the accessibility metadata and summary say only what is
/// true of this document.
struct content_facts {
    int headings = 0;              ///< section and glossary headings (the title not counted)
    int informative_images = 0;
    int images_with_alt = 0;
    int decorative_images = 0;
    int tables = 0;
    int tables_with_headers = 0;   ///< tables whose every row or column is announced by a th
    int glossaries = 0;
    std::set<std::string> other_languages;  ///< lang of passages and phrases not in the main language
};

struct content_plan {
    std::vector<content_file> files;
    std::map<std::string, std::string, std::less<>> file_of_id;  ///< every block, item and entry id
    std::vector<packed_image> images;
    std::map<const std::string*, std::size_t> image_of_bytes;  ///< a figure's image.bytes -> images index
    content_facts facts;
    std::set<std::string, std::less<>> used_ids;  ///< ids of the content, and those the writer made
};

/// Cuts the document into content documents (the e-book's) and records ids, images and facts.
auto plan_content(const model::document& doc) -> content_plan;
/// The whole document as one page (the web edition's), `href` naming it; ids, images and facts
/// as plan_content records them.
auto plan_single_page(const model::document& doc, const std::string& href) -> content_plan;

/// An id no element of the publication has yet, as close to `wanted` as possible; reserves it.
auto fresh_id(content_plan& plan, const std::string& wanted) -> std::string;

/// The href of a fragment `id` as seen from the content document `from`: "#id" in the same file,
/// "01-x.xhtml#id" in another (content documents share a folder).
auto href_to(const content_plan& plan, const std::string& from, const std::string& id) -> std::string;

}  // namespace folio::render::html
