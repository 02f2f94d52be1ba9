// libFuzzer target: the style reader (styles/<edition>.xml bytes -> model::style, with the
// large-print rules), against the repository's fonts folder.

#include "load/read_style.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    folio::model::diagnostics sink;
    (void)folio::load::read_style_from_bytes(std::string(reinterpret_cast<const char*>(data), size),
                                             "styles/brochure.xml", FOLIO_SOURCE_DIR "/fonts", sink);
    for (const auto& d : sink.all()) (void)folio::model::format_diagnostic(d);
    return 0;
}
