#pragma once

#include "folio/diagnostic.hpp"
#include "folio/status.hpp"
#include "compose/resolved_document.hpp"
#include "model/braille_style.hpp"
#include "model/diagnostics.hpp"
#include "model/document.hpp"
#include "model/style.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::layout {
class font_set;
struct paged_document;
}

namespace folio::api {

/// The look of a print edition: its style, and the fonts it names loaded per language (a family
/// lacking a language's letters is passed over for it). Shared read-only by the threads of a batch
/// export; the fonts of a language are loaded once, by the first thread that needs them.
struct print_setup {
    model::style style;
    std::filesystem::path fonts_dir;
    [[nodiscard]] auto fonts_for(const std::string& language) const -> const layout::font_set&;

    /// A document laid out in this style, with what the layout reported.
    struct laid_out {
        std::shared_ptr<const layout::paged_document> pages;
        model::diagnostics problems;
    };
    /// Lays the document out (no cache: the caller keeps the layout as long as it needs it).
    [[nodiscard]] auto lay_out(const compose::resolved_document& resolved) const -> laid_out;

private:
    mutable std::map<std::string, std::shared_ptr<const layout::font_set>> fonts_;
    std::unique_ptr<std::mutex> fonts_mutex_ = std::make_unique<std::mutex>();  ///< a pointer: setups are moved
};

/// One document laid out in one print style, made when an edition first asks and shared by the
/// editions that read that style (the brochure PDF and the e-book's page list); it goes when the
/// last of them is written, so a batch holds only the layouts of the documents in progress.
class shared_layout {
public:
    shared_layout(const print_setup& setup, const compose::resolved_document& resolved)
        : setup_(setup), resolved_(resolved) {}
    [[nodiscard]] auto get() -> const print_setup::laid_out&;

private:
    const print_setup& setup_;
    const compose::resolved_document& resolved_;
    std::optional<print_setup::laid_out> made_;
};

/// The print setups of a run by style name (those that loaded), shared read-only by its threads.
using print_setups = std::map<std::string_view, const print_setup*>;

/// What a writer gets besides the resolved document.
struct edition_inputs {
    const print_setup* print = nullptr;  ///< for print editions, and the brochure's for the e-book
    shared_layout* layout = nullptr;     ///< the document in that style (set when `print` is)
    std::int64_t source_date_epoch = 0;
    model::diagnostics& sink;            ///< problems found while writing (e.g. a character no font has)
    const model::braille_style* braille = nullptr;  ///< for the braille editions (styles/braille.xml)
};

/// One edition Folio can write: its name on the command line, the file suffix, and the writer.
struct edition {
    std::string_view name;    ///< e.g. "screen-reader"
    std::string_view suffix;  ///< e.g. "screen-reader.txt": files are <doc>-<suffix>
    bool print = false;       ///< needs styles/<name>.xml and fonts
    /// The bytes of the edition, or nothing when `sink` got errors (content errors: then no edition
    /// of the document is written). Throws model::edition_failure when the edition cannot be made
    /// for a reason outside the content; that edition alone then fails. Empty while the edition is not
    /// implemented yet (it is then refused when asked for).
    std::function<std::optional<std::string>(const compose::resolved_document&, const edition_inputs&)> render;
    /// A print style this edition also reads, when it is not a print edition itself: the e-book
    /// takes its CSS and its page list from the brochure's. Empty for none.
    std::string_view uses_style = {};
    /// Whether it reads that style's layout of the document too (the e-book's page list), so that
    /// it is made with the edition that lays it out; the web page reads the style only.
    bool uses_layout = false;
    /// Whether it reads styles/braille.xml (the braille editions): without a valid one it is not
    /// written, as a print edition is not without its style.
    bool braille = false;
    /// Why the edition cannot exist for a document in `language` (braille where liblouis has no
    /// table for it), or empty when it can; unset: every language.
    std::function<std::string(std::string_view language)> unavailable = {};
    /// The style this edition reads, if any: its own (print editions) or `uses_style`.
    [[nodiscard]] auto style_name() const -> std::string_view { return print ? name : uses_style; }
};

/// Every edition, in the order they are written.
auto all_editions() -> const std::vector<edition>&;

/// The edition called `name` (made by this version or only announced), or nullptr.
auto find_edition(std::string_view name) -> const edition*;

/// Why an edition cannot be asked for by `name`: unknown, or not made by this version; empty
/// when it can.
auto edition_problem(std::string_view name) -> std::string;

/// What `e` being unavailable for `doc` says: for an edition asked for by name, an error (its
/// export fails, exit 5), else a warning (an export of every edition writes the others and
/// succeeds); nothing when it is available.
auto unavailable_edition(const edition& e, const model::document& doc, bool asked_by_name) -> std::optional<diagnostic>;

/// `out/<document>/<lang>/<document>-<suffix>`.
auto output_path(const std::filesystem::path& out_dir, const model::document& doc, const edition& e)
    -> std::filesystem::path;

/// Reads styles/<edition>.xml and loads its fonts; nothing (diagnostics in `sink`) if the style
/// is wrong or breaks its edition's rules.
auto load_print_setup(const std::filesystem::path& styles_dir, const std::filesystem::path& fonts_dir,
                      std::string_view edition, model::diagnostics& sink) -> std::optional<print_setup>;

/// Reads styles/braille.xml, the braille editions' cells, lines and grades; nothing (diagnostics
/// in `sink`) if it is missing or has errors.
auto load_braille_style(const std::filesystem::path& styles_dir, model::diagnostics& sink)
    -> std::optional<model::braille_style>;

/// How a style (a print setup, the braille style) that did not load ends the run: installation (exit 6) when Folio's own data
/// is missing (the style file, or a font it names), else content_error (a style with errors).
auto setup_failure(const model::diagnostics& sink) -> status;

}  // namespace folio::api
