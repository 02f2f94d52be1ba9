// libFuzzer target: the loader (XML bytes -> document model and diagnostics). Any crash, hang,
// leak or sanitizer report is a finding; diagnostics are the expected answer to bad input.

#include "load/load_document.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    folio::model::diagnostics sink;
    // Images named by the input are looked up beside this path, which does not exist: the loader
    // reports them missing, as it would for an author's typo.
    (void)folio::load::load_document_from_bytes(std::string(reinterpret_cast<const char*>(data), size),
                                                "/nonexistent-folio-fuzz/leaflet/en.xml", sink);
    for (const auto& d : sink.all()) (void)folio::model::format_diagnostic(d);
    return 0;
}
