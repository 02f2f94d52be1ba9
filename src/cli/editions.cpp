#include "cli/editions.hpp"

#include "render/text/screen_reader_text.hpp"

namespace folio::cli {

auto all_editions() -> const std::vector<edition>& {
    static const std::vector<edition> editions = {
        {"brochure", "brochure.pdf", {}},
        {"large-print", "large-print.pdf", {}},
        {"ebook", "ebook.epub", {}},
        {"screen-reader", "screen-reader.txt", render::text::render_screen_reader_text},
    };
    return editions;
}

auto output_path(const std::filesystem::path& out_dir, const model::document& doc, const edition& e)
    -> std::filesystem::path {
    return out_dir / doc.name / doc.meta.language / (doc.name + "-" + std::string(e.suffix));
}

}  // namespace folio::cli
