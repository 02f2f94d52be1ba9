#pragma once

#include "folio/diagnostic.hpp"
#include "folio/review.hpp"
#include "folio/status.hpp"
#include "folio/visibility.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

/// Where an engine finds Folio's data and what it stamps on outputs. Every field is optional.
struct settings {
    /// Folders that may hold Folio's data (`styles/` and `fonts/`), tried in order; empty:
    /// default_data_folders().
    std::vector<std::filesystem::path> data_folders = {};
    std::optional<std::filesystem::path> styles_dir = {};    ///< print styles, `<edition>.xml`; overrides the data folder's
    std::optional<std::filesystem::path> fonts_dir = {};     ///< the font files the styles name; overrides the data folder's
    std::optional<std::filesystem::path> messages_dir = {};  ///< compiled message catalogs; default: default_messages_folder()
    /// The time written into outputs (SOURCE_DATE_EPOCH: seconds since 1970-01-01 UTC); unset:
    /// each document's own review or publication date, never the clock (same input, same bytes).
    std::optional<std::int64_t> source_date_epoch = {};
};

/// Where the data of this libfolio is, in the order tried: `$FOLIO_DATA_DIR` alone when it is
/// set; else `<prefix>/share/folio` beside the installed library, the checkout it was built from
/// when it runs from its build tree, and the working folder.
FOLIO_API auto default_data_folders() -> std::vector<std::filesystem::path>;
/// The compiled message catalogs of this libfolio: `<prefix>/share/folio/messages` when
/// installed, else `messages/` beside it in its build tree.
FOLIO_API auto default_messages_folder() -> std::filesystem::path;

/// Reads SOURCE_DATE_EPOCH as the reproducible-builds convention writes it: whole seconds since
/// 1970-01-01 UTC, digits only, up to the end of the year 9999. Nothing, and `problem` set, when
/// it is not that.
FOLIO_API auto parse_source_date_epoch(std::string_view text, std::string& problem) -> std::optional<std::int64_t>;

/// A content file that loaded without errors: the document model, ready to make editions from.
/// Cheap to copy (shared, immutable).
class FOLIO_API document {
public:
    [[nodiscard]] auto name() const -> const std::string&;   ///< its folder's name: outputs are `<name>-<suffix>`
    [[nodiscard]] auto language() const -> const std::string&;  ///< BCP 47, from its metadata
    [[nodiscard]] auto title() const -> const std::string&;
    [[nodiscard]] auto file() const -> const std::string&;   ///< the content file it was read from

    struct data;  ///< the library's own; not part of the API
    static auto make(std::shared_ptr<const data> d) -> document;  ///< the library's own

private:
    friend class engine;
    explicit document(std::shared_ptr<const data> d) : data_(std::move(d)) {}
    std::shared_ptr<const data> data_;
};

/// What loading a content file gave.
struct load_result {
    std::optional<folio::document> document = {};  ///< nothing when the file has errors
    std::vector<diagnostic> diagnostics = {};      ///< in line order; warnings too
    status result = status::success;
};

/// One edition made in memory.
struct edition_result {
    std::optional<std::string> bytes = {};     ///< the file's bytes; nothing when it could not be made
    std::vector<diagnostic> diagnostics = {};  ///< what making it found (e.g. a character no font has)
    status result = status::success;
};

/// `--shard K/N`: the content files whose place in the sorted list of a request, counted from 0,
/// is K modulo N. Every shard of a job array together export exactly what one run would.
struct shard {
    std::size_t index = 0;
    std::size_t count = 1;
};
/// Reads "K/N" (0 <= K < N); nothing, and `problem` set in words, when it is not a shard.
FOLIO_API auto parse_shard(std::string_view text, std::string& problem) -> std::optional<shard>;

/// What to export: every edition of every content file of `paths`, or a part of it.
struct export_request {
    std::vector<std::filesystem::path> paths = {};  ///< document folders or content files; empty: `content`
    std::filesystem::path out_dir = "out";     ///< outputs go to `<out>/<document>/<lang>/<document>-<suffix>`
    std::vector<std::string> languages = {};        ///< only these (BCP 47); empty: every language
    std::vector<std::string> editions = {};         ///< only these (editions()); empty: every available one
    unsigned jobs = 0;                         ///< threads; 0: every core this process may use
    folio::shard shard = {};
};

/// One content file of an export: what was found, and where its editions went.
struct file_report {
    std::string document = {};                      ///< its name
    std::filesystem::path file = {};                ///< the content file
    std::vector<diagnostic> diagnostics = {};       ///< its own, in the order found
    std::vector<std::filesystem::path> written = {};  ///< the editions written, in edition order
    status result = status::success;
};

/// A whole export. A file with content errors gets no edition written (its previous outputs stay
/// as they were); an edition that fails for another reason fails alone.
struct export_report {
    std::vector<diagnostic> diagnostics = {};  ///< about the run, not one file (a missing path, a style)
    std::vector<file_report> files = {};       ///< in file order (documents, then languages)
    status result = status::success;
};

/// Follows an export as it goes; every callback runs on the thread that called export_files.
struct export_observer {
    std::function<void(const diagnostic&)> run_diagnostic = {};  ///< a problem not about one file, when found
    std::function<void(const file_report&)> file_done = {};       ///< each file, in file order, when it and those before are done
    /// `done` of `total` files finished; called at least every 100 ms while an export runs.
    std::function<void(std::size_t done, std::size_t total)> progress = {};
};

/// What checking gave: every problem export would meet, nothing written.
struct check_report {
    std::vector<diagnostic> diagnostics = {};  ///< per file in line order, then what layout found
    std::size_t files = 0;                ///< content files read
    status result = status::success;
    std::vector<file_review> reviews = {};  ///< with check_options::review: each file loaded without errors, in file order
};

/// What writing a starting document did (`engine::write_starting_document`).
struct starting_document_report {
    std::vector<diagnostic> diagnostics = {};
    std::vector<std::filesystem::path> written = {};  ///< the content file, then its example image
    status result = status::success;
};

/// Folio's pipeline: load, check, make editions in memory, export to files. One engine reads its
/// styles and fonts once and shares them; it may be used from several threads at once. Styles and
/// fonts changed on disk are seen by a new engine.
///
/// Problems with the input are returned as diagnostics and a status, never thrown. An engine
/// throws std::exception only for a bug (report it, with the input).
class FOLIO_API engine {
public:
    explicit engine(settings s = {});
    ~engine();
    engine(engine&&) noexcept;
    auto operator=(engine&&) noexcept -> engine&;
    engine(const engine&) = delete;
    auto operator=(const engine&) -> engine& = delete;

    /// The folder whose styles and fonts this engine uses; nothing when no candidate holds them
    /// (every print edition then fails with status::installation, and `data_folders()` says where
    /// it looked).
    [[nodiscard]] auto data_folder() const -> std::optional<std::filesystem::path>;
    [[nodiscard]] auto data_folders() const -> const std::vector<std::filesystem::path>&;

    /// Loads and validates one content file (`<document>/<lang>.xml`; a translation is also
    /// compared with its source beside it).
    [[nodiscard]] auto load(const std::filesystem::path& file) const -> load_result;
    /// Loads a content file from memory; `file` names it in diagnostics and gives the document its
    /// name (its folder's) and language (its stem).
    [[nodiscard]] auto load(std::string_view xml, const std::filesystem::path& file) const -> load_result;

    /// Makes one edition of a loaded document in memory.
    [[nodiscard]] auto make(const document& doc, std::string_view edition) const -> edition_result;

    /// Loads every content file of `paths` and lays out the print editions as export would, so
    /// that what only layout finds (a character no font can draw) is reported too; writes nothing.
    [[nodiscard]] auto check(const std::vector<std::filesystem::path>& paths) const -> check_report;
    /// The same, and with `options.review` the author report: each file's readability, and its
    /// writing findings among the diagnostics (warnings and notes: they do not change `result`).
    [[nodiscard]] auto check(const std::vector<std::filesystem::path>& paths, const check_options& options) const
        -> check_report;

    /// The languages Folio has a starting document in (its data's templates/new/<lang>.xml), sorted.
    [[nodiscard]] auto starting_document_languages() const -> std::vector<std::string>;
    /// Writes a starting document in `language` into the document folder `folder`: `<language>.xml`,
    /// every element of the format once with a short comment, its identifier made from the
    /// folder's name and its dates today's (or SOURCE_DATE_EPOCH's), and `images/example.png` for
    /// its figure. `check` passes it. Never overwrites: an existing content file is an error
    /// (status::usage), an existing image is kept.
    auto write_starting_document(const std::filesystem::path& folder, std::string_view language) const
        -> starting_document_report;

    /// Writes the editions `request` asks for, on `request.jobs` threads; output bytes and reports
    /// are the same whatever the number of threads.
    auto export_files(const export_request& request, const export_observer& observer = {}) const -> export_report;

    struct state;  ///< the library's own; not part of the API

private:
    std::unique_ptr<state> state_;
};

}  // namespace folio
