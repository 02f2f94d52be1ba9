// libFuzzer target: the whole pipeline in memory, XML bytes -> load -> resolve -> layout -> every
// edition (both PDFs, the EPUB, the text edition), with the repository's styles and fonts. A
// model::edition_failure is an allowed answer (an edition that cannot be made fails alone);
// anything else thrown, and any crash, hang, leak or sanitizer report, is a finding.

#include "cli/editions.hpp"
#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "load/load_document.hpp"
#include "model/edition_failure.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <memory>
#include <string>

namespace {

/// The shipped print setups, read once, their fonts loaded for the languages inputs are likely in.
auto shipped_setups() -> const std::map<std::string_view, folio::cli::print_setup>& {
    static const auto setups = [] {
        std::map<std::string_view, folio::cli::print_setup> out;
        for (const std::string_view edition : {"brochure", "large-print"}) {
            folio::model::diagnostics sink;
            auto setup = folio::cli::load_print_setup(FOLIO_SOURCE_DIR "/styles", FOLIO_SOURCE_DIR "/fonts", edition, sink);
            if (!setup) std::abort();  // the repository's styles must load
            for (const char* language : {"en", "es", "ar", "hi", "vi", "zh-Hans", "ja", "ko", "he", "th"})
                (void)setup->fonts_for(language);
            out.emplace(edition, std::move(*setup));
        }
        return out;
    }();
    return setups;
}

auto catalog_for(const std::string& language) -> const folio::i18n::message_catalog& {
    static std::map<std::string, std::unique_ptr<folio::i18n::message_catalog>> catalogs;
    auto& catalog = catalogs[language];
    if (!catalog) catalog = std::make_unique<folio::i18n::message_catalog>(FOLIO_MESSAGES_DIR, language);
    return *catalog;
}

}  // namespace

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    folio::model::diagnostics sink;
    const auto doc = folio::load::load_document_from_bytes(std::string(reinterpret_cast<const char*>(data), size),
                                                           FOLIO_SOURCE_DIR "/content/immunotherapy/fuzz.xml", sink);
    if (!doc || sink.has_errors()) return 0;
    const auto resolved = folio::compose::resolve(*doc, catalog_for(doc->meta.language));
    const auto& print = shipped_setups();
    for (const auto& edition : folio::cli::all_editions()) {
        if (!edition.render) continue;
        const auto found = print.find(edition.style_name());
        folio::model::diagnostics edition_sink;
        const auto* setup = found == print.end() ? nullptr : &found->second;
        std::optional<folio::cli::shared_layout> layout;
        if (setup != nullptr) layout.emplace(*setup, resolved);
        const folio::cli::edition_inputs inputs{setup, layout ? &*layout : nullptr, 0, edition_sink};
        try {
            (void)edition.render(resolved, inputs);
        } catch (const folio::model::edition_failure&) {
            // allowed: the edition fails alone
        }
    }
    return 0;
}
