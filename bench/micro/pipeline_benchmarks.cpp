// Micro-benchmarks of the pipeline's stages on the shipped handout (Google Benchmark): line
// breaking, layout with pagination, and each writer. Whole-run comparisons with other tools are
// bench/run's job; these say which stage a change made faster or slower.
//
//   build/bench/micro/folio-micro-benchmarks [--benchmark_filter=...]
#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "layout/font_set.hpp"
#include "layout/layout_document.hpp"
#include "layout/line_breaker.hpp"
#include "load/load_document.hpp"
#include "load/read_style.hpp"
#include "render/html/epub_writer.hpp"
#include "render/pdf/pdf_writer.hpp"
#include "render/text/screen_reader_text.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <stdexcept>

namespace {

namespace fs = std::filesystem;
using namespace folio;

const fs::path source = FOLIO_SOURCE_DIR;

auto style(const std::string& name) -> const model::style& {
    static std::map<std::string, model::style> styles;
    auto found = styles.find(name);
    if (found == styles.end()) {
        model::diagnostics sink;
        auto read = load::read_style(source / "styles" / (name + ".xml"), source / "fonts", sink);
        if (!read || sink.has_errors()) throw std::runtime_error("styles/" + name + ".xml cannot be read");
        found = styles.emplace(name, std::move(*read)).first;
    }
    return found->second;
}

auto fonts(const std::string& name, const std::string& language) -> const layout::font_set& {
    static std::map<std::string, std::unique_ptr<layout::font_set>> sets;
    auto& set = sets[name + "/" + language];
    if (!set) set = std::make_unique<layout::font_set>(style(name), source / "fonts", language);
    return *set;
}

auto handout(const std::string& language) -> const compose::resolved_document& {
    static std::map<std::string, std::unique_ptr<compose::resolved_document>> docs;
    static std::map<std::string, std::unique_ptr<i18n::message_catalog>> catalogs;
    auto& doc = docs[language];
    if (!doc) {
        model::diagnostics sink;
        auto loaded = load::load_document(source / "content/immunotherapy" / (language + ".xml"), sink);
        if (!loaded || sink.has_errors()) throw std::runtime_error("the handout does not load");
        loaded->name = "immunotherapy";
        auto& catalog = catalogs[language];
        catalog = std::make_unique<i18n::message_catalog>(FOLIO_MESSAGES_DIR, language);
        doc = std::make_unique<compose::resolved_document>(compose::resolve(std::move(*loaded), *catalog));
    }
    return *doc;
}

const std::vector<std::string> languages = {"en", "ar", "hi", "zh-Hans"};

void load_and_resolve(benchmark::State& state) {
    const auto& language = languages.at(static_cast<std::size_t>(state.range(0)));
    const i18n::message_catalog catalog(FOLIO_MESSAGES_DIR, language);
    for (auto _ : state) {
        model::diagnostics sink;
        auto loaded = load::load_document(source / "content/immunotherapy" / (language + ".xml"), sink);
        benchmark::DoNotOptimize(compose::resolve(std::move(*loaded), catalog));
    }
    state.SetLabel(language);
}
BENCHMARK(load_and_resolve)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

/// One justified paragraph of about 120 words, hyphenated, broken into lines (Knuth-Plass).
void line_breaking(benchmark::State& state) {
    std::string text;
    for (int i = 0; i < 12; ++i) text += "Checkpoint inhibitors release a brake that cancer cells put on the immune system's T cells. ";
    layout::styled_span span;
    span.text = text;
    span.style.size = 10.5;
    span.style.language = "en";
    layout::line_settings settings;
    settings.width = static_cast<double>(state.range(0));
    settings.justify = true;
    settings.hyphenate = true;
    settings.language = "en";
    const auto& set = fonts("brochure", "en");
    for (auto _ : state) benchmark::DoNotOptimize(layout::break_lines({span}, settings, set));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * 12 * 15);  // words
}
BENCHMARK(line_breaking)->Arg(240)->Arg(496)->Unit(benchmark::kMicrosecond);

/// The whole handout laid out: blocks, lines, pages (with keep rules and cross-reference passes).
void layout_and_pagination(benchmark::State& state) {
    const auto& language = languages.at(static_cast<std::size_t>(state.range(0)));
    const std::string edition = state.range(1) == 0 ? "brochure" : "large-print";
    const auto& doc = handout(language);
    const auto& set = fonts(edition, language);
    std::size_t pages = 0;
    for (auto _ : state) {
        model::diagnostics sink;
        const auto laid = layout::layout_document(doc, style(edition), set, sink);
        pages = laid.pages.size();
        benchmark::DoNotOptimize(laid);
    }
    state.SetLabel(language + " " + edition + ", " + std::to_string(pages) + " pages");
}
BENCHMARK(layout_and_pagination)->ArgsProduct({{0, 1, 2, 3}, {0, 1}})->Unit(benchmark::kMillisecond);

void pdf_writer(benchmark::State& state) {
    const auto& language = languages.at(static_cast<std::size_t>(state.range(0)));
    const auto& doc = handout(language);
    model::diagnostics sink;
    const auto laid = layout::layout_document(doc, style("brochure"), fonts("brochure", language), sink);
    render::pdf::pdf_options options;
    options.document_hash = doc.doc().source_digest;
    std::size_t bytes = 0;
    for (auto _ : state) {
        const auto pdf = render::pdf::write_pdf(laid, doc.doc(), options);
        bytes = pdf.size();
    }
    state.SetLabel(language + ", " + std::to_string(bytes) + " bytes");
}
BENCHMARK(pdf_writer)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void epub_writer(benchmark::State& state) {
    const auto& language = languages.at(static_cast<std::size_t>(state.range(0)));
    const auto& doc = handout(language);
    render::html::epub_options options;
    options.style = &style("brochure");
    for (auto _ : state) {
        model::diagnostics sink;
        benchmark::DoNotOptimize(render::html::write_epub(doc, options, sink));
    }
    state.SetLabel(language);
}
BENCHMARK(epub_writer)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void text_writer(benchmark::State& state) {
    const auto& language = languages.at(static_cast<std::size_t>(state.range(0)));
    const auto& doc = handout(language);
    for (auto _ : state) benchmark::DoNotOptimize(render::text::render_screen_reader_text(doc));
    state.SetLabel(language);
}
BENCHMARK(text_writer)->DenseRange(0, 3)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
