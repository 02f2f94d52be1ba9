#include "cli/run_folio.hpp"

#include "cli/commands.hpp"

#include <folio/editions.hpp>
#include <folio/language.hpp>
#include <folio/version.hpp>

#include <CLI/CLI.hpp>

#include <ostream>

namespace folio::cli {

namespace {
auto edition_names() -> std::vector<std::string> {
    std::vector<std::string> names;
    for (const auto& e : editions()) names.push_back(e.name);
    return names;
}

/// CLI11 validator for --lang: every value a valid BCP 47 tag.
auto language_validator() -> CLI::Validator {
    return CLI::Validator([](std::string& value) -> std::string { return language_tag_problem(value); }, "BCP 47");
}

/// --styles and --fonts, shared by the commands that read Folio's data.
void add_data_options(CLI::App* command, data_options& data) {
    command->add_option("--styles", data.styles_dir, "Folder of styles (<edition>.xml, braille.xml); default: Folio's own (folio(1))");
    command->add_option("--fonts", data.fonts_dir, "Folder of the font files the styles name; default: Folio's own");
}
}  // namespace

auto run_folio(const std::vector<std::string>& args, const environment& env) -> int {
    CLI::App app{"Folio turns one structured XML document into every edition a reader needs:\n"
                 "a PDF brochure, a large-print PDF, an EPUB 3 e-book and a screen-reader text.",
                 "folio"};
    // The version, and those of the libraries that decide what the editions look like.
    app.set_version_flag("--version", [] {
        std::string text = "folio " + version() + "\n";
        const auto used = components();
        for (std::size_t i = 0; i < used.size(); ++i) text += (i == 0 ? "" : ", ") + used[i].name + " " + used[i].version;
        return text;
    });
    app.require_subcommand(1);
    app.footer("Exit codes: 0 success, 1 internal error, 2 usage, 3 content errors, 4 input not found or\n"
               "unreadable, 5 output not written, 6 Folio's own data missing. See README.md.");

    export_request request;
    data_options export_data;
    bool quiet = false;
    auto* export_cmd = app.add_subcommand("export", "Write the editions of documents (default: all of content/ into out/)");
    export_cmd->add_option("paths", request.paths, "Document folders or content files (default: content)");
    export_cmd->add_option("-o,--output", request.out_dir, "Output folder")->capture_default_str();
    export_cmd->add_option("--lang", request.languages, "Only these languages (BCP 47), comma-separated")
        ->delimiter(',')
        ->check(language_validator());
    export_cmd->add_option("--edition", request.editions, "Only these editions, comma-separated")
        ->delimiter(',')
        ->check(CLI::IsMember(edition_names()));
    add_data_options(export_cmd, export_data);
    export_cmd->add_option("-j,--jobs", request.jobs, "Threads to use; default: every core this process may use")
        ->check(CLI::Range(1U, 1024U));
    export_cmd
        ->add_option_function<std::string>(
            "--shard",
            [&request](const std::string& value) {
                std::string problem;
                const auto part = parse_shard(value, problem);
                if (!part) throw CLI::ValidationError("--shard", problem);
                request.shard = *part;
            },
            "Export only shard K of N (K from 0): the content files whose place in the sorted list is K modulo N")
        ->type_name("K/N");
    export_cmd->add_flag("-q,--quiet", quiet, "No progress report on stderr (given in long runs: a live line on a terminal, a line every 10 s elsewhere)");

    check_settings check;
    auto* check_cmd = app.add_subcommand("check", "Validate content files and print every problem; write nothing");
    check_cmd->add_option("paths", check.paths, "Document folders or content files")->required();
    add_data_options(check_cmd, check.data);
    check_cmd->add_flag("--report", check.options.review,
                        "Add the author report: readability per section, long sentences, unexplained words, alt text, "
                        "link words, capitals, tables, action content");
    check_cmd->add_option("--format", check.format, "Output: text (default), json or sarif (SARIF 2.1.0), on stdout")
        ->check(CLI::IsMember({"text", "json", "sarif"}));
    auto& limits = check.options.limits;
    check_cmd->add_option("--max-grade", limits.max_grade, "English: highest Flesch-Kincaid grade (default 8)")->check(CLI::Range(0.0, 30.0));
    check_cmd->add_option("--min-inflesz", limits.min_inflesz, "Spanish: lowest INFLESZ score (default 55)")->check(CLI::Range(0.0, 100.0));
    check_cmd->add_option("--min-fernandez-huerta", limits.min_fernandez_huerta, "Spanish: lowest Fernandez-Huerta score (default none)")
        ->check(CLI::Range(0.0, 100.0));
    check_cmd->add_option("--max-sentence-words", limits.max_sentence_words, "Longest sentence, in words (default 25)")
        ->check(CLI::Range(1U, 1000U));
    check_cmd->add_option("--max-alt-characters", limits.max_alt_characters, "Longest alt text, in characters (default 150)")
        ->check(CLI::Range(1U, 10000U));
    check_cmd
        ->add_option_function<std::string>(
            "--fail-on",
            [&check](const std::string& value) {
                check.fail_on = value == "note" ? severity::note : value == "warning" ? severity::warning : severity::error;
            },
            "Exit 3 when a finding of this severity or worse is found: error (default), warning or note")
        ->check(CLI::IsMember({"error", "warning", "note"}));

    std::filesystem::path new_folder;
    std::string new_language = "en";
    data_options new_data;
    auto* new_cmd = app.add_subcommand("new", "Write a starting document: every element of the format, with short comments");
    new_cmd->add_option("folder", new_folder, "The new document's folder (content/<name>)")->required();
    new_cmd->add_option("--lang", new_language, "Its language (BCP 47); default en")->check(language_validator());
    add_data_options(new_cmd, new_data);

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
        return static_cast<int>(status::usage);
    }
    if (export_cmd->parsed()) return static_cast<int>(run_export(request, quiet, export_data, env));
    if (new_cmd->parsed()) return static_cast<int>(run_new(new_folder, new_language, new_data, env));
    return static_cast<int>(run_check(check, env));
}

}  // namespace folio::cli
