#pragma once

// The shipped print styles read with the repository's fonts, for the tests that lay text out.
// Header-only: the suites that include it link the loader themselves.

#include "load/read_style.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>

namespace folio::testing {

/// styles/<name>.xml with the repository's fonts/ (filled by tools/fetch-fonts, see
/// fonts/README.md), never the machine's. Every diagnostic is a test failure that says what is
/// wrong (a font missing from fonts/ names the file and how to fetch it); nullopt when there was
/// an error, so that no test goes on to lay text out with a font that is not there.
inline auto shipped_style(const std::string& name) -> std::optional<model::style> {
    const std::filesystem::path source = FOLIO_SOURCE_DIR;
    model::diagnostics sink;
    auto style = load::read_style(source / "styles" / (name + ".xml"), source / "fonts", sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    if (!style || sink.has_errors()) return std::nullopt;
    return style;
}

/// The repository's fonts/ folder, as the shipped styles name their files relative to it.
inline auto repository_fonts() -> std::filesystem::path { return std::filesystem::path(FOLIO_SOURCE_DIR) / "fonts"; }

/// Whether a diagnostic of laying out a shipped document says something wrong with it, rather
/// than a fact of this machine: an optional font `make fonts` did not fetch (font-not-fetched)
/// is the second (CI never fetches them).
inline auto says_something_wrong(const model::diagnostic& d) -> bool { return d.code != "font-not-fetched"; }

}  // namespace folio::testing
