#pragma once

#include "cli/exit_codes.hpp"
#include "cli/run_folio.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace folio::cli {

struct check_options {
    std::vector<std::filesystem::path> paths;
    std::filesystem::path styles_dir = "styles";  ///< print styles: every character is checked against their fonts
    std::filesystem::path fonts_dir = "fonts";
};

struct export_options {
    std::vector<std::filesystem::path> paths;  ///< empty: content/
    std::filesystem::path out_dir = "out";
    std::vector<std::string> languages;        ///< empty: every language
    std::vector<std::string> editions;         ///< empty: every available edition
    std::filesystem::path styles_dir = "styles";  ///< print styles, <edition>.xml
    std::filesystem::path fonts_dir = "fonts";    ///< font files the styles name
    unsigned jobs = 0;                            ///< threads; 0: every core this process may use
    /// `--shard K/N`: only the content files whose place in the sorted list, counted from 0, is K
    /// modulo N; every shard of a job array together export exactly what one run would.
    struct shard_choice {
        std::size_t index = 0;
        std::size_t count = 1;
    } shard;
    bool quiet = false;  ///< no progress report
};

/// Reads "K/N" (0 <= K < N): the shard, or what is wrong with it, in words.
auto read_shard(std::string_view text) -> std::variant<export_options::shard_choice, std::string>;

/// `folio check`: loads and validates, lays out the print editions as export would (so that a
/// character no font can draw is found here, at its line and column), prints diagnostics, writes
/// nothing. A file `check` passes exports every edition.
auto run_check(const check_options& options, const environment& env) -> exit_code;

/// `folio export`: writes the editions of every valid content file; a file with errors gets
/// none written (its previous outputs stay), and the others are still exported.
auto run_export(const export_options& options, const environment& env) -> exit_code;

}  // namespace folio::cli
