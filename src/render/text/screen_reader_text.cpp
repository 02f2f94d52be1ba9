#include "render/text/screen_reader_text.hpp"

#include "render/text/text_writer.hpp"

namespace folio::render::text {

auto render_screen_reader_text(const compose::resolved_document& resolved) -> std::string {
    text_writer writer(resolved);
    writer.title_block();
    writer.blocks(resolved.doc().body);
    return writer.finish();
}

}  // namespace folio::render::text
