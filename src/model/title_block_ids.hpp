#pragma once

#include <string_view>

namespace folio::model {

/// The node ids of the title block's parts, which every stage uses for them: print's glyph runs
/// and tag tree, the e-book's title page and page markers. No block of the content may take one
/// (the loader refuses it as `reserved-id`), so the title block never shares a node with a block.
inline constexpr std::string_view title_id = "title";
inline constexpr std::string_view subtitle_id = "subtitle";
inline constexpr std::string_view notices_id = "meta";  ///< every notice line; which one is a part number
/// A book's cover image (meta `cover`): the first page of its print editions and of its e-book.
inline constexpr std::string_view cover_id = "cover";

/// Whether `id` is one of the title block's own.
constexpr auto is_title_block_id(std::string_view id) -> bool {
    return id == title_id || id == subtitle_id || id == notices_id || id == cover_id;
}

}  // namespace folio::model
