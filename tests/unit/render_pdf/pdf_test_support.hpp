#pragma once

// Helpers for the PDF writer's tests: glyph runs shaped by HarfBuzz the way src/layout does it
// (logical order, visual positions, each cluster's text spread over its glyphs), small documents,
// and the poppler/qpdf/pikepdf tools.

#include "layout/paged_document.hpp"
#include "support/run_process.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace folio::render::pdf::testing {

// The repository's fonts (fonts/, filled by tools/fetch-fonts; see fonts/README.md), the ones the
// shipped styles name, not whatever the machine has installed. A global test environment
// (pdf_test_support.cpp) fails every test with a clear message when one of them is missing.
inline const std::string noto_dir = FOLIO_SOURCE_DIR "/fonts/noto/";
inline const std::string latin_font = noto_dir + "NotoSans-Regular.ttf";
inline const std::string italic_font = noto_dir + "NotoSans-Italic.ttf";
inline const std::string arabic_font = noto_dir + "NotoSansArabic-Regular.ttf";
inline const std::string devanagari_font = noto_dir + "NotoSansDevanagari-Regular.ttf";
inline const std::string chinese_font = FOLIO_SOURCE_DIR "/fonts/droid/DroidSansFallbackFull.ttf";

/// `text` shaped with HarfBuzz in `font_file` at `size` points, its pen starting at `x` (the
/// left end, also for right-to-left text) on the baseline `y` (top-down page coordinates).
auto shaped_run(const std::string& font_file, const std::string& text, double x, double y, double size = 12,
                bool right_to_left = false, const std::string& language = "en") -> layout::glyph_run;

/// The total advance of a run (its width in points).
auto run_width(const layout::glyph_run& run) -> double;

/// A one-page A4 document with these runs, titled "Test document", in `language`.
auto document_with(std::vector<layout::page_item> items, const std::string& language = "en")
    -> layout::paged_document;

/// Writes `bytes` to `dir/name` and returns the path.
auto save(const std::filesystem::path& dir, const std::string& name, const std::string& bytes) -> std::filesystem::path;

/// Runs a tool (absolute path) on arguments; fails the test when it cannot start.
auto tool(const std::string& program, const std::vector<std::string>& args) -> folio::testing::process_result;

/// pdftotext's text of `pdf`: embedding controls (U+202A..U+202C, which poppler puts around
/// right-to-left stretches) and form feeds removed, trailing white space trimmed per line, and
/// no empty lines (pdftotext separates the blocks it guesses by them).
auto extracted_text(const std::filesystem::path& pdf) -> std::string;

/// Runs `/usr/bin/python3 -c script pdf` (pikepdf) and returns its standard output.
auto pikepdf(const std::string& script, const std::filesystem::path& pdf) -> std::string;

}  // namespace folio::render::pdf::testing
