// What this libfolio is: its version, the libraries it uses, the editions it makes.
#include "folio/editions.hpp"
#include "folio/version.hpp"

#include "api/editions.hpp"
#include "i18n/unicode_text.hpp"
#include "layout/font_subset.hpp"
#include "load/load_document.hpp"
#include "render/html/epub_writer.hpp"
#include "render/pdf/pdf_writer.hpp"

namespace folio {

auto version() -> std::string { return FOLIO_VERSION_STRING; }

auto components() -> std::vector<component> {
    return {{"ICU", i18n::icu_version()},
            {"HarfBuzz", layout::harfbuzz_version()},
            {"libharu", render::pdf::libharu_version()},
            {"libzip", render::html::libzip_version()},
            {"pugixml", load::pugixml_version()}};
}

auto editions() -> std::vector<edition_info> {
    std::vector<edition_info> out;
    for (const auto& e : api::all_editions())
        out.push_back({std::string(e.name), std::string(e.suffix), e.print, static_cast<bool>(e.render)});
    return out;
}

}  // namespace folio
