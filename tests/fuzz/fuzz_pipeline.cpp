// libFuzzer target: the whole pipeline in memory through the library's API, XML bytes -> load ->
// every edition made in memory (both PDFs, the EPUB, the text edition), with the repository's
// styles and fonts. A diagnostic is an allowed answer (an edition that cannot be made fails
// alone); anything thrown, and any crash, hang, leak or sanitizer report, is a finding.

#include "folio/editions.hpp"
#include "folio/engine.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

/// One engine for the whole run: the shipped styles and fonts, read once.
auto shipped() -> const folio::engine& {
    static const folio::engine engine = [] {
        folio::settings given;
        given.data_folders = {FOLIO_SOURCE_DIR};
        given.messages_dir = FOLIO_MESSAGES_DIR;
        return folio::engine(given);
    }();
    return engine;
}

}  // namespace

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    const auto loaded = shipped().load(std::string_view(reinterpret_cast<const char*>(data), size),
                                       FOLIO_SOURCE_DIR "/content/immunotherapy/fuzz.xml");
    if (!loaded.document) return 0;
    for (const auto& edition : folio::editions())
        if (edition.available) (void)shipped().make(*loaded.document, edition.name);
    return 0;
}
