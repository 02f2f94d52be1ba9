// engine::write_starting_document: `folio new`.
#include "api/engine_state.hpp"

#include "api/atomic_file.hpp"
#include "api/public_diagnostics.hpp"
#include "base/utc_time.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <iterator>

namespace folio {
namespace {

namespace fs = std::filesystem;

auto templates_folder(const engine::state& state) -> std::optional<fs::path> {
    if (!state.data) return std::nullopt;
    return *state.data / "templates" / "new";
}

auto read_bytes(const fs::path& path) -> std::optional<std::string> {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
}

/// "urn:folio:" and the folder's name in lower-case letters, digits and hyphens ("Flu Shots" →
/// "flu-shots"): the same for every language of the document.
auto identifier_for(const fs::path& folder) -> std::string {
    auto name = fs::absolute(folder).lexically_normal().filename().string();
    if (name.empty()) name = fs::absolute(folder).lexically_normal().parent_path().filename().string();
    std::string out;
    for (const unsigned char c : name) {
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return "urn:folio:" + (out.empty() ? std::string("handout") : out);
}

auto today(std::optional<std::int64_t> source_date_epoch) -> std::string {
    const auto now = source_date_epoch.value_or(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    return iso8601_utc(now).substr(0, std::string_view("YYYY-MM-DD").size());
}

}  // namespace

auto engine::starting_document_languages() const -> std::vector<std::string> {
    std::vector<std::string> languages;
    std::error_code ec;
    if (const auto folder = templates_folder(*state_))
        for (const auto& entry : fs::directory_iterator(*folder, ec))
            if (entry.path().extension() == ".xml") languages.push_back(entry.path().stem().string());
    std::sort(languages.begin(), languages.end());
    return languages;
}

auto engine::write_starting_document(const fs::path& folder, std::string_view language) const -> starting_document_report {
    starting_document_report report;
    const auto fail = [&](status s, std::string message, std::string hint, std::string code) {
        report.diagnostics.push_back({severity::error, std::move(code), {}, 0, 0, std::move(message), std::move(hint)});
        report.result = s;
        return report;
    };
    const auto templates = templates_folder(*state_);
    if (!templates) {
        if (const auto note = state_->data_note()) report.diagnostics.push_back(*note);
        return fail(status::installation, "Folio's starting documents (templates/new/) were not found", "reinstall Folio",
                    "data-not-found");
    }
    // BCP 47 tags ignore case ("zh-hans" is "zh-Hans"): the template's name is the tag's form.
    const auto same_tag = [&](const std::string& name) {
        return name.size() == language.size() && std::equal(name.begin(), name.end(), language.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
               });
    };
    const auto languages = starting_document_languages();
    const auto chosen = std::find_if(languages.begin(), languages.end(), same_tag);
    if (chosen != languages.end()) language = *chosen;
    const auto source = chosen == languages.end() ? std::nullopt : read_bytes(*templates / (*chosen + ".xml"));
    if (!source) {
        std::string available;
        for (const auto& l : languages) available += (available.empty() ? "" : ", ") + l;
        return fail(status::usage, "there is no starting document in '" + std::string(language) + "' yet",
                    "choose one of: " + available + "; or start from one of them and translate it", "no-template");
    }
    const auto file = folder / (std::string(language) + ".xml");
    std::error_code ec;
    if (fs::exists(file, ec))
        return fail(status::usage, "'" + file.generic_string() + "' already exists: folio new never overwrites a content file",
                    "give a new document folder, or move the file away first", "file-exists");
    auto xml = *source;
    replace_all(xml, "{{language}}", language);
    replace_all(xml, "{{identifier}}", identifier_for(folder));
    replace_all(xml, "{{date}}", today(state_->source_date_epoch));
    try {
        api::write_file_atomically(file, xml);
        report.written.push_back(file);
        const auto image = folder / "images" / "example.png";
        if (!fs::exists(image, ec)) {
            const auto bytes = read_bytes(*templates / "images" / "example.png");
            if (!bytes) return fail(status::installation, "the starting document's image is missing from Folio's data", "reinstall Folio",
                                    "data-not-found");
            api::write_file_atomically(image, *bytes);
            report.written.push_back(image);
        }
    } catch (const api::write_error& error) {
        return fail(status::output_error, error.what(), "check that the folder can be written to", "write-failed");
    }
    return report;
}

}  // namespace folio
