#include "unit/render_pdf/pdf_test_support.hpp"

#include "base/c_handle.hpp"
#include "base/utf8.hpp"

#include <gtest/gtest.h>
#include <hb.h>

#include <fstream>
#include <memory>
#include <sstream>

namespace folio::render::pdf::testing {
namespace {

struct hb_objects {
    c_handle<hb_blob_t, hb_blob_destroy> blob_owner;
    c_handle<hb_face_t, hb_face_destroy> face_owner;
    c_handle<hb_font_t, hb_font_destroy> font_owner;
    c_handle<hb_buffer_t, hb_buffer_destroy> buffer_owner;
    hb_blob_t* blob = nullptr;
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;
    hb_buffer_t* buffer = nullptr;
};

/// Says which font is missing from the repository's fonts/ before any test runs: otherwise each
/// test would fail on its own with a HarfBuzz or font-reading error that does not say why. The
/// failure is not fatal on purpose: a fatal one in an environment makes GoogleTest skip the
/// tests, and ctest counts skipped tests as passing.
class repository_fonts : public ::testing::Environment {
public:
    void SetUp() override {
        for (const auto* font : {&latin_font, &italic_font, &arabic_font, &devanagari_font, &chinese_font})
            if (!std::filesystem::is_regular_file(*font))
                ADD_FAILURE() << "font '" << *font << "' is missing: run tools/fetch-fonts (see fonts/README.md)";
    }
};

[[maybe_unused]] auto* const fonts_checked = ::testing::AddGlobalTestEnvironment(new repository_fonts);

}  // namespace

auto shaped_run(const std::string& font_file, const std::string& text, double x, double y, double size,
                bool right_to_left, const std::string& language) -> layout::glyph_run {
    hb_objects hb;
    hb.blob_owner.reset(hb.blob = hb_blob_create_from_file(font_file.c_str()));
    hb.face_owner.reset(hb.face = hb_face_create(hb.blob, 0));
    hb.font_owner.reset(hb.font = hb_font_create(hb.face));
    const unsigned upem = hb_face_get_upem(hb.face);
    hb.buffer_owner.reset(hb.buffer = hb_buffer_create());
    hb_buffer_add_utf8(hb.buffer, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    hb_buffer_guess_segment_properties(hb.buffer);
    hb_buffer_set_direction(hb.buffer, right_to_left ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_language(hb.buffer, hb_language_from_string(language.c_str(), -1));
    hb_buffer_set_cluster_level(hb.buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
    hb_shape(hb.font, hb.buffer, nullptr, 0);
    unsigned count = 0;
    const auto* info = hb_buffer_get_glyph_infos(hb.buffer, &count);
    const auto* pos = hb_buffer_get_glyph_positions(hb.buffer, &count);
    const double scale = size / upem;

    layout::glyph_run run;
    run.font = {font_file, 0};
    run.size = size;
    run.right_to_left = right_to_left;
    run.language = language;
    run.text = text;
    run.from.node_id = "p1";
    run.from.role = layout::item_role::paragraph;
    // HarfBuzz gives visual order: place the glyphs left to right, then store them logically.
    std::vector<layout::positioned_glyph> visual(count);
    std::vector<std::uint32_t> clusters(count);
    double pen = x;
    for (unsigned i = 0; i < count; ++i) {
        auto& g = visual[i];
        g.glyph_id = info[i].codepoint;
        g.advance = static_cast<float>(pos[i].x_advance * scale);
        g.x = static_cast<float>(pen + pos[i].x_offset * scale);
        g.y = static_cast<float>(y - pos[i].y_offset * scale);
        clusters[i] = info[i].cluster;
        pen += g.advance;
    }
    for (unsigned i = 0; i < count; ++i) {
        const unsigned src = right_to_left ? count - 1 - i : i;
        run.glyphs.push_back(visual[src]);
        clusters[i] = info[src].cluster;
    }
    // Spread each cluster's text over its glyphs, one code point each, the last taking the rest.
    for (unsigned i = 0; i < count;) {
        unsigned j = i;
        while (j < count && clusters[j] == clusters[i]) ++j;
        std::size_t end = text.size();
        for (unsigned k = j; k < count; ++k)
            if (clusters[k] > clusters[i]) {
                end = clusters[k];
                break;
            }
        const std::string_view cluster_text = std::string_view(text).substr(clusters[i], end - clusters[i]);
        std::size_t at = 0;
        for (unsigned g = i; g < j && at < cluster_text.size(); ++g) {
            const std::size_t n = g + 1 == j ? cluster_text.size() - at : decode_utf8(cluster_text, at).length;
            run.glyphs[g].text = std::string(cluster_text.substr(at, n));
            at += n;
        }
        i = j;
    }
    return run;
}

auto run_width(const layout::glyph_run& run) -> double {
    double width = 0;
    for (const auto& g : run.glyphs) width += g.advance;
    return width;
}

auto document_with(std::vector<layout::page_item> items, const std::string& language) -> layout::paged_document {
    layout::paged_document doc;
    doc.title = "Test document";
    doc.language = language;
    layout::page page;
    page.label = "1";
    page.items = std::move(items);
    doc.pages.push_back(std::move(page));
    return doc;
}

auto save(const std::filesystem::path& dir, const std::string& name, const std::string& bytes) -> std::filesystem::path {
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

auto tool(const std::string& program, const std::vector<std::string>& args) -> folio::testing::process_result {
    auto result = folio::testing::run_process(program, args, std::filesystem::temp_directory_path());
    EXPECT_NE(result.exit_code, -1) << program << " did not run";
    return result;
}

auto extracted_text(const std::filesystem::path& pdf) -> std::string {
    const auto result = tool("/usr/bin/pdftotext", {"-enc", "UTF-8", pdf.string(), "-"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    std::istringstream in(result.out);
    std::string line, text;
    while (std::getline(in, line)) {
        std::erase(line, '\f');
        // poppler wraps right-to-left stretches in embedding controls (RLE ... PDF, LRE ... PDF).
        for (const std::string control : {"\u202A", "\u202B", "\u202C"})
            for (auto at = line.find(control); at != std::string::npos; at = line.find(control)) line.erase(at, control.size());
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
        if (!line.empty()) text += line + "\n";
    }
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

auto pikepdf(const std::string& script, const std::filesystem::path& pdf) -> std::string {
    const auto result = tool("/usr/bin/python3", {"-c", "import sys, pikepdf\npdf = pikepdf.open(sys.argv[1])\n" + script, pdf.string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
}

}  // namespace folio::render::pdf::testing
