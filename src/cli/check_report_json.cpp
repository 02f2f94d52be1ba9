// `folio check --format json` and `--format sarif`: the check report for programs.
#include "cli/commands.hpp"

#include <folio/version.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

namespace folio::cli {
namespace {

using json = nlohmann::ordered_json;

/// The schema's name and version (docs/report-format.md): a new field keeps the version, a
/// changed or removed one raises it.
constexpr const char* report_format = "folio-check-report";
constexpr int report_version = 1;

auto severity_name(severity level) -> const char* {
    switch (level) {
        case severity::error: return "error";
        case severity::warning: return "warning";
        case severity::note: return "note";
    }
    return "error";
}

auto status_name(status s) -> const char* {
    switch (s) {
        case status::success: return "success";
        case status::internal_error: return "internal-error";
        case status::usage: return "usage";
        case status::content_error: return "content-error";
        case status::input_error: return "input-error";
        case status::output_error: return "output-error";
        case status::installation: return "installation";
    }
    return "internal-error";
}

/// Two decimals: enough for any threshold, and the same text on every machine.
auto rounded(double value) -> double { return std::round(value * 100.0) / 100.0; }

template <typename T>
auto optional_value(const std::optional<T>& value) -> json {
    if (!value) return nullptr;
    if constexpr (std::is_floating_point_v<T>) return rounded(*value);
    else return *value;
}

auto figures_json(const readability_figures& f, bool section) -> json {
    json out;
    if (section) {
        out["id"] = f.id;
        out["title"] = f.title;
        out["line"] = f.line;
        out["column"] = f.column;
    }
    out["status"] = f.status;
    out["sentences"] = f.sentences;
    out["words"] = f.words;
    out["syllables"] = optional_value(f.syllables);
    out["letters"] = f.letters;
    out["long_words"] = f.long_words;
    out["long_word_rule"] = f.long_word_rule;
    out["words_per_sentence"] = rounded(f.words_per_sentence);
    out["syllables_per_word"] = optional_value(f.syllables_per_word);
    out["long_word_share"] = rounded(f.long_word_share);
    json scores = json::object();
    if (f.flesch_kincaid_grade) scores["flesch_kincaid_grade"] = rounded(*f.flesch_kincaid_grade);
    if (f.flesch_reading_ease) scores["flesch_reading_ease"] = rounded(*f.flesch_reading_ease);
    if (f.fernandez_huerta) scores["fernandez_huerta"] = rounded(*f.fernandez_huerta);
    if (f.szigriszt_pazos) scores["szigriszt_pazos"] = rounded(*f.szigriszt_pazos);
    if (!f.inflesz_band.empty()) scores["inflesz_band"] = f.inflesz_band;
    out["scores"] = scores;
    out["within_limits"] = f.within_limits ? json(*f.within_limits) : json(nullptr);
    return out;
}

auto diagnostic_json(const diagnostic& d) -> json {
    json out;
    out["severity"] = severity_name(d.level);
    out["code"] = d.code;
    out["file"] = d.file;
    out["line"] = d.line;
    out["column"] = d.column;
    out["message"] = d.message;
    out["hint"] = d.hint;
    return out;
}

}  // namespace

auto check_report_json(const check_report& report, status result) -> std::string {
    json out;
    out["format"] = report_format;
    out["version"] = report_version;
    out["tool"] = {{"name", "folio"}, {"version", version()}};
    out["status"] = status_name(result);
    out["exit_code"] = static_cast<int>(result);
    out["files"] = report.files;
    std::map<std::string, std::size_t> counts{{"error", 0}, {"warning", 0}, {"note", 0}};
    json diagnostics = json::array();
    for (const auto& d : report.diagnostics) {
        ++counts[severity_name(d.level)];
        diagnostics.push_back(diagnostic_json(d));
    }
    out["summary"] = {{"errors", counts["error"]}, {"warnings", counts["warning"]}, {"notes", counts["note"]}};
    out["diagnostics"] = diagnostics;
    json reviews = json::array();
    for (const auto& r : report.reviews) {
        json review;
        review["file"] = r.file;
        review["language"] = r.language;
        review["limits"] = {{"max_sentence_words", optional_value(r.limits.max_sentence_words)},
                            {"max_alt_characters", optional_value(r.limits.max_alt_characters)},
                            {"max_grade", optional_value(r.limits.max_grade)},
                            {"min_inflesz", optional_value(r.limits.min_inflesz)},
                            {"min_fernandez_huerta", optional_value(r.limits.min_fernandez_huerta)}};
        review["document"] = figures_json(r.document, false);
        json sections = json::array();
        for (const auto& s : r.sections) sections.push_back(figures_json(s, true));
        review["sections"] = sections;
        reviews.push_back(review);
    }
    out["reviews"] = reviews;
    return out.dump(2) + "\n";
}

auto check_report_sarif(const check_report& report) -> std::string {
    // SARIF 2.1.0 (OASIS): one run; each diagnostic code is a rule, each diagnostic a result.
    json rules = json::array();
    std::map<std::string, std::size_t> rule_index;
    json results = json::array();
    for (const auto& d : report.diagnostics) {
        const auto id = d.code.empty() ? std::string("folio") : d.code;
        auto [it, fresh] = rule_index.try_emplace(id, rule_index.size());
        if (fresh) rules.push_back({{"id", id}, {"name", id}});
        json result;
        result["ruleId"] = id;
        result["ruleIndex"] = it->second;
        result["level"] = severity_name(d.level);
        result["message"] = {{"text", d.hint.empty() ? d.message : d.message + ". Hint: " + d.hint}};
        if (!d.file.empty()) {
            json location = {{"physicalLocation", {{"artifactLocation", {{"uri", d.file}}}}}};
            if (d.line > 0) {
                json region = {{"startLine", d.line}};
                if (d.column > 0) region["startColumn"] = d.column;
                location["physicalLocation"]["region"] = region;
            }
            result["locations"] = json::array({location});
        }
        results.push_back(result);
    }
    json run;
    run["tool"] = {{"driver", {{"name", "folio"}, {"version", version()}, {"rules", rules}}}};
    // Folio counts columns in Unicode code points, as editors show them.
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = results;
    json out;
    out["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    out["version"] = "2.1.0";
    out["runs"] = json::array({run});
    return out.dump(2) + "\n";
}

}  // namespace folio::cli
