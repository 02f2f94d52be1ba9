#include "cli/run_folio.hpp"

#include <algorithm>
#include <charconv>

#include "cli/commands.hpp"
#include "cli/data_folders.hpp"
#include "cli/editions.hpp"
#include "i18n/message_catalog.hpp"
#include "i18n/unicode_text.hpp"
#include "layout/font_subset.hpp"
#include "load/load_document.hpp"
#include "render/epub/epub_writer.hpp"
#include "render/pdf/pdf_writer.hpp"
#include "i18n/language_tag.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

namespace folio::cli {

namespace {
auto edition_names() -> std::vector<std::string> {
    std::vector<std::string> names;
    for (const auto& e : all_editions()) names.emplace_back(e.name);
    return names;
}

/// CLI11 validator for --lang: every value a valid BCP 47 tag.
auto language_validator() -> CLI::Validator {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            const auto check = i18n::check_language_tag(value);
            if (check.valid) return {};
            return "invalid language tag '" + value + "': " + check.problem +
                   (check.suggestion.empty() ? "" : " (did you mean '" + check.suggestion + "'?)");
        },
        "BCP 47");
}
}  // namespace

auto read_source_date_epoch(std::string_view text) -> std::variant<std::int64_t, std::string> {
    constexpr std::int64_t last_second_of_9999 = 253402300799;
    std::int64_t seconds = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    const bool digits_only = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits_only || error != std::errc{} || end != text.data() + text.size())
        return "SOURCE_DATE_EPOCH='" + std::string(text) + "' is not a whole number of seconds since 1970-01-01";
    if (seconds > last_second_of_9999)
        return "SOURCE_DATE_EPOCH='" + std::string(text) + "' is after the year 9999 (at most " +
               std::to_string(last_second_of_9999) + ")";
    return seconds;
}

auto run_folio(const std::vector<std::string>& args, const environment& env) -> int {
    CLI::App app{"Folio turns one structured XML document into every edition a reader needs:\n"
                 "a PDF brochure, a large-print PDF, an EPUB 3 e-book and a screen-reader text.",
                 "folio"};
    // The version, and those of the libraries that decide what the editions look like.
    app.set_version_flag("--version", [] {
        return "folio " FOLIO_VERSION "\nICU " + i18n::icu_version() + ", HarfBuzz " + layout::harfbuzz_version() + ", libharu " +
               render::pdf::libharu_version() + ", libzip " + render::epub::libzip_version() + ", pugixml " + load::pugixml_version();
    });
    app.require_subcommand(1);
    app.footer("Exit codes: 0 success, 1 internal error, 2 usage, 3 content errors, 4 input not found or\n"
               "unreadable, 5 output not written, 6 Folio's own data missing. See README.md.");

    export_options export_opts;
    auto* export_cmd = app.add_subcommand("export", "Write the editions of documents (default: all of content/ into out/)");
    export_cmd->add_option("paths", export_opts.paths, "Document folders or content files (default: content)");
    export_cmd->add_option("-o,--output", export_opts.out_dir, "Output folder")->capture_default_str();
    export_cmd->add_option("--lang", export_opts.languages, "Only these languages (BCP 47), comma-separated")
        ->delimiter(',')
        ->check(language_validator());
    export_cmd->add_option("--edition", export_opts.editions, "Only these editions, comma-separated")
        ->delimiter(',')
        ->check(CLI::IsMember(edition_names()));
    export_cmd->add_option("--styles", export_opts.styles_dir, "Folder of print styles (<edition>.xml); default: Folio's own (folio(1))");
    export_cmd->add_option("--fonts", export_opts.fonts_dir, "Folder of the font files the styles name; default: Folio's own");
    export_cmd->add_option("-j,--jobs", export_opts.jobs, "Threads to use; default: every core this process may use")
        ->check(CLI::Range(1U, 1024U));
    export_cmd
        ->add_option_function<std::string>(
            "--shard",
            [&export_opts](const std::string& value) {
                auto shard = read_shard(value);
                if (const auto* problem = std::get_if<std::string>(&shard)) throw CLI::ValidationError("--shard", *problem);
                export_opts.shard = std::get<export_options::shard_choice>(shard);
            },
            "Export only shard K of N (K from 0): the content files whose place in the sorted list is K modulo N")
        ->type_name("K/N");
    export_cmd->add_flag("-q,--quiet", export_opts.quiet, "No progress report on stderr (given in long runs: a live line on a terminal, a line every 10 s elsewhere)");

    check_options check_opts;
    auto* check_cmd = app.add_subcommand("check", "Validate content files and print every problem; write nothing");
    check_cmd->add_option("paths", check_opts.paths, "Document folders or content files")->required();
    check_cmd->add_option("--styles", check_opts.styles_dir, "Folder of print styles (<edition>.xml); default: Folio's own (folio(1))");
    check_cmd->add_option("--fonts", check_opts.fonts_dir, "Folder of the font files the styles name; default: Folio's own");

    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        *env.out << app.help();
        return 0;
    } catch (const CLI::CallForVersion&) {
        *env.out << app.version() << '\n';
        return 0;
    } catch (const CLI::ParseError& error) {
        *env.err << "folio: error: " << error.what() << "\n"
                 << "Run 'folio --help' for usage.\n";
        return static_cast<int>(exit_code::usage);
    }

    // Styles and fonts not given: Folio's own, found from the executable (cli/data_folders.hpp).
    if (!env.data_folders.empty()) {
        const auto data = find_data_folder(env.data_folders);
        if (!data) {
            *env.err << "folio: note: Folio's data (styles/ and fonts/) is in none of:";
            for (const auto& folder : env.data_folders) *env.err << " '" << folder.string() << "'";
            *env.err << "\n";
        }
        const auto root = data.value_or(env.data_folders.front());
        const auto fill = [&](const CLI::App* cmd, std::filesystem::path& styles, std::filesystem::path& fonts) {
            if (cmd->count("--styles") == 0) styles = root / "styles";
            if (cmd->count("--fonts") == 0) fonts = root / "fonts";
        };
        fill(export_cmd, export_opts.styles_dir, export_opts.fonts_dir);
        fill(check_cmd, check_opts.styles_dir, check_opts.fonts_dir);
    }

    try {
        if (export_cmd->parsed()) return static_cast<int>(run_export(export_opts, env));
        return static_cast<int>(run_check(check_opts, env));
    } catch (const i18n::catalog_error& error) {
        *env.err << "folio: error: " << error.what() << '\n';
        return static_cast<int>(exit_code::installation);
    }
}

}  // namespace folio::cli
