// Test helper for the shaping comparison (check_shaping.py): draws one line of text through
// Folio's own shaper and PDF writer, so that it can be compared with HarfBuzz's hb-view.
// Usage: render_line FONT SIZE SCRIPT LANGUAGE ltr|rtl TEXT OUT.pdf [--unshaped]
// --unshaped shapes every character on its own (no joining, no conjuncts): a control that the
// comparison must reject.

#include "base/utf8.hpp"
#include "layout/hb_font.hpp"
#include "layout/shaper.hpp"
#include "render/pdf/pdf_writer.hpp"

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
    if (argc < 8) {
        std::cerr << "usage: render_line FONT SIZE SCRIPT LANGUAGE ltr|rtl TEXT OUT.pdf [--unshaped]\n";
        return 2;
    }
    using namespace folio::layout;
    const loaded_font font(font_ref{argv[1], 0}, false);
    const double size = std::stod(argv[2]);
    const std::string script = argv[3], language = argv[4], text = argv[6];
    const bool rtl = std::string(argv[5]) == "rtl";
    const bool unshaped = argc > 8 && std::string(argv[8]) == "--unshaped";

    std::vector<shaped_glyph> glyphs;
    if (unshaped) {
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t n = folio::decode_utf8(text, i).length;
            for (auto& g : shape(font, text.substr(i, n), script, language, rtl, size).glyphs) glyphs.push_back(g);
            i += n;
        }
    } else {
        glyphs = shape(font, text, script, language, rtl, size).glyphs;
    }
    double width = 0;
    for (const auto& g : glyphs) width += g.advance;

    paged_document doc;
    doc.title = "shaping test";
    doc.language = language;
    page p;
    p.width = width + 2 * size;
    p.height = 3 * size;
    p.label = "1";
    glyph_run run;
    run.font = font_reference(font);
    run.size = size;
    run.right_to_left = rtl;
    run.language = language;
    run.text = text;
    // Logical order; right-to-left glyphs are laid out from the right edge leftwards.
    double pen = rtl ? size + width : size;
    for (const auto& g : glyphs) {
        if (rtl) pen -= g.advance;
        run.glyphs.push_back({g.glyph_id, static_cast<float>(pen + g.x_offset), static_cast<float>(2 * size - g.y_offset),
                              static_cast<float>(g.advance), g.text});
        if (!rtl) pen += g.advance;
    }
    p.items.emplace_back(std::move(run));
    doc.pages.push_back(std::move(p));
    folio::model::document model;  // one line, no structure: tagged as a single paragraph
    model.meta.language = language;
    std::ofstream(argv[7], std::ios::binary) << folio::render::pdf::write_pdf(doc, model, {});
    return 0;
}
