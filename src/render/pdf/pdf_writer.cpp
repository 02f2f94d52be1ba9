#include "render/pdf/pdf_writer.hpp"

#include "base/overloaded.hpp"
#include "model/edition_failure.hpp"
#include "render/pdf/content_stream.hpp"
#include "render/pdf/document_info.hpp"
#include "render/pdf/embedded_fonts.hpp"
#include "render/pdf/haru_document.hpp"
#include "render/pdf/marked_content.hpp"
#include "render/pdf/navigation.hpp"
#include "render/pdf/object_streams.hpp"
#include "render/pdf/tagging/structure_plan.hpp"
#include "render/pdf/tagging/structure_writer.hpp"

#include <map>
#include <stdexcept>

namespace folio::render::pdf {
namespace {

/// Draws pages: raw operators go straight into libharu's page stream. libharu's own drawing is
/// used for images only (q cm Do Q), which leaves no text state behind; its text functions are
/// never used, so its idea of the text state cannot disagree with ours.
class page_painter {
public:
    page_painter(haru_document& doc, const embedded_fonts& fonts, const tagging::structure_plan& plan)
        : doc_(doc), fonts_(fonts), marks_(plan) {}

    /// The MCIDs each content item got (after the last page).
    [[nodiscard]] auto mcids() const -> const tagging::drawn_mcids& { return marks_.mcids(); }

    void paint(HPDF_Page target, const layout::page& page, std::size_t page_index) {
        target_ = target;
        page_ = &page;
        page_index_ = page_index;
        marks_.begin_page(page_index);
        text_state_ = {};
        doc_.set_place("page " + std::to_string(page_index + 1));
        for (item_ = 0; item_ < page.items.size(); ++item_)
            std::visit(folio::overloaded{
                           [this](const layout::glyph_run& run) { draw(run); },
                           [this](const layout::box& box) { draw(box); },
                           [this](const layout::image& picture) { draw(picture); },
                           [this](const layout::link& link) { draw(link); },
                       },
                       page.items[item_]);
        write(marks_.end_page());
    }

private:
    void write(const std::string& operators) { doc_.append_content(target_, operators); }

    void draw(const layout::glyph_run& run) {
        if (run.glyphs.empty()) return;
        if (!(run.size > 0))
            throw model::edition_failure("failed to write PDF (text \"" + run.text + "\" on page " +
                                     std::to_string(page_index_ + 1) + " has font size " + std::to_string(run.size) + ")");
        const char* name =
            doc_.checked(HPDF_Page_GetLocalFontName(target_, fonts_.font_dict(run.font)), "adding a font");
        const glyph_table& glyphs = fonts_.glyphs(run.font);
        const run_font font{name, [&](std::uint32_t g, std::string_view text) -> const glyph_facts& {
                                return glyphs.at(g).for_text(text);
                            }};
        if (marks_.is_content(item_) && run_needs_actual_text(run, font, page_->height))
            write(marks_.begin(item_, true) + glyph_run_operators(run, font, page_->height, text_state_, marks_.marker(item_)));
        else
            write(marks_.begin(item_) + glyph_run_operators(run, font, page_->height, text_state_) + marks_.end(item_));
    }

    void draw(const layout::box& box) {
        const auto operators = box_operators(box, page_->height);
        if (operators.empty()) return;
        write(marks_.begin(item_) + operators + marks_.end(item_));
    }

    void draw(const layout::image& picture) {
        HPDF_Image image = load_image(picture.data);
        const auto& a = picture.area;
        write(marks_.begin(item_));
        doc_.check(HPDF_Page_DrawImage(target_, image, static_cast<HPDF_REAL>(a.x),
                                       static_cast<HPDF_REAL>(page_->height - a.y - a.height),
                                       static_cast<HPDF_REAL>(a.width), static_cast<HPDF_REAL>(a.height)),
                   "drawing an image");
        write(marks_.end(item_));
    }

    void draw(const layout::link&) {}  // annotations, added once every page exists

    /// Each image becomes one XObject, however often it is drawn (the loader gives every figure
    /// of one file the same bytes). The loader decoded and verified the data, so libharu, which
    /// aborts on some bad PNG data, only ever sees images that decode.
    auto load_image(const model::image_data& data) -> HPDF_Image {
        if (!data.bytes)
            throw model::edition_failure("failed to write PDF (an image on page " + std::to_string(page_index_ + 1) +
                                     " has no data)");
        if (const auto found = images_.find(data.bytes.get()); found != images_.end()) return found->second;
        const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(data.bytes->data());
        const auto size = static_cast<HPDF_UINT>(data.bytes->size());
        HPDF_Image image = nullptr;
        switch (data.format) {
            case model::image_format::png:
                // As stored when a PDF can take the PNG's own data; else from the decoded pixels.
                image = data.png_zlib_rows ? doc_.new_png_image(*data.png_zlib_rows, data.width, data.height,
                                                                data.colour == model::colour_space::rgb ? 3 : 1, data.bit_depth)
                                           : raw_image(data);
                break;
            case model::image_format::jpeg:
                image = doc_.checked(HPDF_LoadJpegImageFromMem(doc_.get(), bytes, size), "loading an image");
                break;
        }
        images_.emplace(data.bytes.get(), image);
        return image;
    }

    /// A PNG from the pixels the loader decoded: its colour samples as one image, its alpha (if
    /// any) as the soft mask. Every byte is set, so the same image gives the same PDF bytes.
    auto raw_image(const model::image_data& data) -> HPDF_Image {
        const int channels = data.pixel_channels;
        const auto pixel_count = static_cast<std::size_t>(data.width) * static_cast<std::size_t>(data.height);
        if (!data.pixels || channels < 1 || channels > 4 || data.pixels->size() != pixel_count * static_cast<std::size_t>(channels))
            throw model::edition_failure("failed to write PDF (an image on page " + std::to_string(page_index_ + 1) +
                                         " has no decoded pixels)");
        const bool alpha = channels == 2 || channels == 4;
        const int colours = alpha ? channels - 1 : channels;
        std::string colour(pixel_count * static_cast<std::size_t>(colours), '\0');
        std::string mask(alpha ? pixel_count : 0, '\0');
        const auto& in = *data.pixels;
        for (std::size_t p = 0; p < pixel_count; ++p) {
            for (int c = 0; c < colours; ++c)
                colour[p * static_cast<std::size_t>(colours) + static_cast<std::size_t>(c)] = in[p * static_cast<std::size_t>(channels) + static_cast<std::size_t>(c)];
            if (alpha) mask[p] = in[p * static_cast<std::size_t>(channels) + static_cast<std::size_t>(colours)];
        }
        const auto width = static_cast<HPDF_UINT>(data.width), height = static_cast<HPDF_UINT>(data.height);
        HPDF_Image image = doc_.checked(HPDF_LoadRawImageFromMem(doc_.get(), reinterpret_cast<const HPDF_BYTE*>(colour.data()), width,
                                                                 height, colours == 1 ? HPDF_CS_DEVICE_GRAY : HPDF_CS_DEVICE_RGB, 8),
                                        "loading an image");
        if (alpha) {
            HPDF_Image soft_mask = doc_.checked(HPDF_LoadRawImageFromMem(doc_.get(), reinterpret_cast<const HPDF_BYTE*>(mask.data()),
                                                                         width, height, HPDF_CS_DEVICE_GRAY, 8),
                                                "loading an image's transparency");
            doc_.check(HPDF_Image_AddSMask(image, soft_mask), "adding an image's transparency");
        }
        return image;
    }

    haru_document& doc_;
    const embedded_fonts& fonts_;
    marked_content marks_;
    text_state text_state_;
    std::map<const std::string*, HPDF_Image> images_;  ///< by the record's shared bytes
    HPDF_Page target_ = nullptr;
    const layout::page* page_ = nullptr;
    std::size_t page_index_ = 0;
    std::size_t item_ = 0;  ///< the item being drawn
};

/// The PDF as libharu writes it (objects loose, a cross-reference table).
auto write_with_libharu(const layout::paged_document& doc, const model::document& model, const pdf_options& options)
    -> std::string {
    if (doc.pages.empty()) throw model::edition_failure("failed to write PDF (the document has no pages)");
    haru_document pdf;
    const HPDF_Doc h = pdf.get();
    // Before the first page: libharu gives each page the mode in force when it is created.
    pdf.check(HPDF_SetCompressionMode(h, options.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE), "setting compression");

    // Fonts first: every glyph of the document must be known before a subset is made.
    embedded_fonts fonts;
    for (const auto& page : doc.pages)
        for (const auto& item : page.items)
            if (const auto* run = std::get_if<layout::glyph_run>(&item)) fonts.add_run(*run);
    fonts.embed(pdf, options.compress);

    // All pages exist before anything is drawn, so links and bookmarks can point forward.
    page_set pages;
    pages.layout_pages = &doc.pages;
    // A page tree's /Kids is an array too: very long documents get intermediate page nodes.
    if (doc.pages.size() > 8192) pdf.check(HPDF_SetPagesConfiguration(h, 8192), "grouping pages");
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        const std::string what = "adding page " + std::to_string(i + 1);
        HPDF_Page page = pdf.checked(HPDF_AddPage(h), what);
        pdf.check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(doc.pages[i].width)), what);
        pdf.check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(doc.pages[i].height)), what);
        pages.pages.push_back(page);
    }
    for (const auto& a : doc.anchors) pages.anchors.try_emplace(a.node_id, a);

    // The tag tree is planned first: drawing marks each item as the plan says.
    const auto plan = tagging::plan_structure(model, doc);
    page_painter painter(pdf, fonts, plan);
    tagging::annotation_map annotations;
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        painter.paint(pages.pages[i], doc.pages[i], i);
        if (options.compress) pdf.compress_page_content(pages.pages[i]);
        const auto& items = doc.pages[i].items;
        for (std::size_t k = 0; k < items.size(); ++k)
            if (const auto* l = std::get_if<layout::link>(&items[k])) annotations[{i, k}] = add_link(pdf, pages, i, *l);
    }
    pdf.set_place("");
    tagging::write_structure(pdf, plan, painter.mcids(), pages.pages, doc.pages, annotations);
    add_outline(pdf, pages, doc.outline);
    add_page_labels(pdf, doc.pages);
    set_info(pdf, doc, options);
    set_catalog_and_id(pdf, doc, options);
    return pdf.save();
}

}  // namespace

auto write_pdf(const layout::paged_document& doc, const model::document& model, const pdf_options& options)
    -> std::string {
    // libharu's objects are gone before qpdf reads the file back: they are not held twice.
    auto bytes = write_with_libharu(doc, model, options);
    return options.compress ? pack_object_streams(bytes) : bytes;
}

auto libharu_version() -> std::string { return HPDF_GetVersion(); }

}  // namespace folio::render::pdf
