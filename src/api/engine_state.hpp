#pragma once

// What an engine holds (folio::engine::state): its data folders, the catalogs and print setups it
// loads once and shares between calls and threads.

#include "api/document_catalogs.hpp"
#include "api/editions.hpp"
#include "folio/engine.hpp"
#include "review/document_review.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

struct document::data {
    model::document doc;
    std::string title;  ///< plain text
};

struct engine::state {
    explicit state(settings given);

    std::vector<std::filesystem::path> folders;  ///< data folders tried
    std::optional<std::filesystem::path> data;   ///< the one that holds styles/ and fonts/
    std::filesystem::path styles_dir, fonts_dir;
    bool data_overridden = false;  ///< styles and fonts both given: the data folders do not matter
    std::optional<std::int64_t> source_date_epoch;
    api::document_catalogs catalogs;

    /// A print style with its fonts, loaded once, with what loading it reported (repeated in every
    /// report that uses it).
    struct loaded_style {
        std::optional<api::print_setup> setup;
        std::vector<diagnostic> diagnostics;
        status failure = status::success;  ///< when `setup` is empty
    };
    /// The style `name` (an edition's), loaded the first time it is asked for.
    auto style(std::string_view name) -> const loaded_style&;

    /// The braille editions' style (styles/braille.xml), loaded once, with what loading it reported.
    struct loaded_braille_style {
        std::optional<model::braille_style> style;
        std::vector<diagnostic> diagnostics;
        status failure = status::success;  ///< when `style` is empty
    };
    /// The braille style, loaded the first time it is asked for.
    auto braille_style() -> const loaded_braille_style&;

    /// The most common words of `language`'s primary subtag (the data's words/<lang>.txt,
    /// lower-cased), read once; empty when Folio has no list for it.
    auto common_words(std::string_view language) -> std::shared_ptr<const review::common_words>;

    /// "Folio's data (styles/ and fonts/) is in none of: …", when it is not found (and needed).
    [[nodiscard]] auto data_note() const -> std::optional<diagnostic>;

private:
    std::mutex words_mutex_;
    std::map<std::string, std::shared_ptr<const review::common_words>, std::less<>> words_;
    std::mutex styles_mutex_;
    std::map<std::string, loaded_style, std::less<>> styles_;
    std::optional<loaded_braille_style> braille_style_;  ///< guarded by styles_mutex_
};

}  // namespace folio
