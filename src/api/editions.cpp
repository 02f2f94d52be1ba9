#include "api/editions.hpp"

#include "layout/font_set.hpp"
#include "layout/layout_document.hpp"
#include "load/read_braille_style.hpp"
#include "load/read_style.hpp"
#include "model/edition_failure.hpp"
#include "render/braille/braille_tables.hpp"
#include "render/braille/braille_writer.hpp"
#include "render/html/epub_writer.hpp"
#include "render/html/web_page.hpp"
#include "render/pdf/pdf_writer.hpp"
#include "render/text/screen_reader_text.hpp"

namespace folio::api {

namespace {
auto render_print(const compose::resolved_document& resolved, const edition_inputs& in) -> std::optional<std::string> {
    const auto& doc = resolved.doc();
    const auto& laid = in.layout->get();
    for (const auto& d : laid.problems.all()) in.sink.add(d);
    if (laid.problems.has_errors()) return std::nullopt;
    render::pdf::pdf_options options;
    options.source_date_epoch = in.source_date_epoch;
    options.document_hash = doc.source_digest;
    return render::pdf::write_pdf(*laid.pages, doc, options);
}

/// The e-book, its CSS from the brochure style and its page list from the brochure's own layout:
/// page N of the e-book is page N of the printed brochure.
auto render_ebook(const compose::resolved_document& resolved, const edition_inputs& in) -> std::optional<std::string> {
    const auto& doc = resolved.doc();
    render::html::epub_options options;
    options.source_date_epoch = in.source_date_epoch;
    // The brochure edition reports its own failure; the e-book is readable without page numbers.
    std::string no_page_list = "the brochure style could not be read";
    if (in.print != nullptr) {
        options.style = &in.print->style;
        try {
            const auto& laid = in.layout->get();
            if (laid.problems.has_errors()) {
                no_page_list = "the brochure cannot be laid out (" + laid.problems.sorted().front().message + ")";
            } else {
                for (const auto& start : laid.pages->page_starts()) options.pages.push_back({start.label, start.node_id, start.text_offset});
                options.page_source = doc.name + "-" + std::string(in.print->style.edition) + ".pdf";
                no_page_list.clear();
            }
        } catch (const model::edition_failure& failure) {
            no_page_list = std::string("the brochure cannot be laid out (") + failure.what() + ")";
        }
    }
    if (!no_page_list.empty()) in.sink.warning("no-page-list", doc.source_path, {}, "the e-book has no page list: " + no_page_list);
    const auto errors_before = in.sink.error_count();
    auto bytes = render::html::write_epub(resolved, options, in.sink);
    if (in.sink.error_count() > errors_before) return std::nullopt;
    return bytes;
}
/// The braille editions' options: the braille style's page and the grade of the document's
/// language, and the brochure's page starts when it can be laid out (without them the braille has
/// no print page indicators; the brochure reports its own failure).
auto braille_options(const edition_inputs& in, bool unicode)
    -> render::braille::braille_options {
    render::braille::braille_options options;
    options.unicode = unicode;
    if (in.braille != nullptr) {
        options.cells = in.braille->cells;
        options.lines = in.braille->lines;
        options.grades = in.braille->grades;
    }
    if (in.print == nullptr || in.layout == nullptr) return options;
    try {
        const auto& laid = in.layout->get();
        if (!laid.problems.has_errors())
            for (const auto& start : laid.pages->page_starts()) options.print_pages.push_back({start.label, start.node_id, start.text_offset});
    } catch (const model::edition_failure&) {
    }
    return options;
}
/// Braille needs a liblouis table for the document's language.
auto braille_unavailable(std::string_view language) -> std::string {
    return render::braille::braille_code_for(language) ? std::string() : render::braille::no_braille_table(language);
}
}  // namespace

auto all_editions() -> const std::vector<edition>& {
    static const std::vector<edition> editions = {
        {"brochure", "brochure.pdf", true, render_print},
        {"large-print", "large-print.pdf", true, render_print},
        {"ebook", "ebook.epub", false, render_ebook, "brochure", true},
        {"screen-reader", "screen-reader.txt", false,
         [](const compose::resolved_document& resolved, const edition_inputs&) -> std::optional<std::string> {
             return render::text::render_screen_reader_text(resolved);
         }},
        // The web page takes its CSS from the brochure style, as the e-book does (no layout).
        {"web", "web.html", false,
         [](const compose::resolved_document& resolved, const edition_inputs& in) -> std::optional<std::string> {
             return render::html::write_web_page(resolved, {in.print != nullptr ? &in.print->style : nullptr});
         },
         "brochure", false},
        // Braille for embossers (BRF) and the same pages in Unicode braille (issue 17), with print
        // page indicators where the brochure's pages begin.
        {"braille", "braille.brf", false,
         [](const compose::resolved_document& resolved, const edition_inputs& in) -> std::optional<std::string> {
             return render::braille::write_braille(resolved, braille_options(in, false), in.sink);
         },
         "brochure", true, true, braille_unavailable},
        {"braille-text", "braille-text.txt", false,
         [](const compose::resolved_document& resolved, const edition_inputs& in) -> std::optional<std::string> {
             return render::braille::write_braille(resolved, braille_options(in, true), in.sink);
         },
         "brochure", true, true, braille_unavailable},
    };
    return editions;
}

auto find_edition(std::string_view name) -> const edition* {
    for (const auto& e : all_editions())
        if (e.name == name) return &e;
    return nullptr;
}

auto edition_problem(std::string_view name) -> std::string {
    const auto* e = find_edition(name);
    if (e == nullptr) return "no edition '" + std::string(name) + "' in this version of Folio (see folio::editions())";
    if (!e->render) return "the '" + std::string(name) + "' edition is not available in this version of Folio";
    return {};
}

auto unavailable_edition(const edition& e, const model::document& doc, bool asked_by_name) -> std::optional<diagnostic> {
    if (!e.unavailable) return std::nullopt;
    auto why = e.unavailable(doc.meta.language);
    if (why.empty()) return std::nullopt;
    diagnostic d;
    d.level = asked_by_name ? severity::error : severity::warning;
    d.code = "edition-unavailable";
    d.file = doc.source_path;
    d.message = "the '" + std::string(e.name) + "' edition is not written: " + why;
    d.hint = asked_by_name ? "leave the edition out for this language (--lang, or --edition without it)"
                           : "an export of every edition writes the others and succeeds; asking for it with --edition makes this an error";
    return d;
}

auto output_path(const std::filesystem::path& out_dir, const model::document& doc, const edition& e)
    -> std::filesystem::path {
    return out_dir / doc.name / doc.meta.language / (doc.name + "-" + std::string(e.suffix));
}

namespace {
/// styles/<name>.xml, or nothing when it is not there: Folio's own data, not the author's
/// content, so an installation problem (exit 6).
auto style_file(const std::filesystem::path& styles_dir, std::string_view name, std::string_view editions,
                model::diagnostics& sink) -> std::optional<std::filesystem::path> {
    auto file = styles_dir / (std::string(name) + ".xml");
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) return file;
    sink.error("missing-data", file.string(), {},
               "Folio's style for the " + std::string(editions) + " is missing: no '" + std::string(name) + ".xml' in '" +
                   styles_dir.string() + "'",
               "give --styles DIR and --fonts DIR, or set FOLIO_DATA_DIR to the folder that holds styles/ and fonts/");
    return std::nullopt;
}
}  // namespace

auto load_print_setup(const std::filesystem::path& styles_dir, const std::filesystem::path& fonts_dir,
                      std::string_view edition, model::diagnostics& sink) -> std::optional<print_setup> {
    const auto file = style_file(styles_dir, edition, std::string(edition) + " edition", sink);
    if (!file) return std::nullopt;
    const auto errors_before = sink.error_count();
    auto style = load::read_style(*file, fonts_dir, sink);
    if (!style || sink.error_count() > errors_before) return std::nullopt;
    if (style->edition != edition) {
        sink.error("invalid-value", file->string(), {}, "this style is for the '" + style->edition + "' edition, not '" +
                                                           std::string(edition) + "'");
        return std::nullopt;
    }
    print_setup setup;
    setup.fonts_dir = fonts_dir;
    setup.style = std::move(*style);
    return setup;
}

auto load_braille_style(const std::filesystem::path& styles_dir, model::diagnostics& sink)
    -> std::optional<model::braille_style> {
    const auto file = style_file(styles_dir, "braille", "braille editions", sink);
    if (!file) return std::nullopt;
    const auto errors_before = sink.error_count();
    // A grade is valid when the braille stage has a table for it: the loader asks it.
    auto style = load::read_braille_style(*file, [](std::string_view language, int grade) {
        return render::braille::braille_code_for(language, grade).has_value();
    }, sink);
    if (sink.error_count() > errors_before) return std::nullopt;
    return style;
}

auto setup_failure(const model::diagnostics& sink) -> status {
    for (const auto& d : sink.all())
        if (d.level == model::severity::error && (d.code == "missing-data" || d.code == "missing-font"))
            return status::installation;
    return status::content_error;
}

auto print_setup::lay_out(const compose::resolved_document& resolved) const -> laid_out {
    laid_out made;
    made.pages = std::make_shared<const layout::paged_document>(
        layout::layout_document(resolved, style, fonts_for(resolved.doc().meta.language), made.problems));
    return made;
}

auto shared_layout::get() -> const print_setup::laid_out& {
    // Kept only once made: a layout that throws (a font that cannot be read) throws again for the
    // next edition that asks, instead of leaving it half made.
    if (!made_) made_ = setup_.lay_out(resolved_);
    return *made_;
}

auto print_setup::fonts_for(const std::string& language) const -> const layout::font_set& {
    const std::lock_guard lock(*fonts_mutex_);
    auto& fonts = fonts_[language];
    if (!fonts) fonts = std::make_shared<layout::font_set>(style, fonts_dir, language);
    return *fonts;
}

}  // namespace folio::api
