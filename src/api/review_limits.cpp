#include "api/review_limits.hpp"

#include <charconv>
#include <fstream>
#include <functional>
#include <map>
#include <string>

namespace folio::api {
namespace {

auto trim(std::string_view s) -> std::string_view {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

}  // namespace

auto read_limits_file(const std::filesystem::path& folder, std::vector<diagnostic>& diagnostics) -> review_limits {
    review_limits limits;
    const auto path = folder / review_limits_file;
    std::ifstream in(path);
    if (!in) return limits;
    const auto shown = path.generic_string();
    const auto problem = [&](std::uint32_t line, std::uint32_t column, std::string message, std::string hint) {
        diagnostics.push_back({severity::error, "invalid-review-limit", shown, line, column, std::move(message), std::move(hint)});
    };
    const auto number = [](std::string_view text) -> std::optional<double> {
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc{} || end != text.data() + text.size() || value < 0) return std::nullopt;
        return value;
    };
    const auto whole = [&](std::string_view text) -> std::optional<std::size_t> {
        const auto value = number(text);
        if (!value || *value != static_cast<double>(static_cast<std::size_t>(*value)) || *value < 1) return std::nullopt;
        return static_cast<std::size_t>(*value);
    };
    using setter = std::function<bool(std::string_view)>;
    const std::map<std::string, setter, std::less<>> keys = {
        {"max-sentence-words", [&](std::string_view v) { return (limits.max_sentence_words = whole(v)).has_value(); }},
        {"max-alt-characters", [&](std::string_view v) { return (limits.max_alt_characters = whole(v)).has_value(); }},
        {"max-grade", [&](std::string_view v) { return (limits.max_grade = number(v)).has_value(); }},
        {"min-inflesz", [&](std::string_view v) { return (limits.min_inflesz = number(v)).has_value(); }},
        {"min-fernandez-huerta", [&](std::string_view v) { return (limits.min_fernandez_huerta = number(v)).has_value(); }},
    };
    std::string line;
    for (std::uint32_t number_of_line = 1; std::getline(in, line); ++number_of_line) {
        const auto text = std::string_view(line).substr(0, line.find('#'));
        if (trim(text).empty()) continue;
        const auto equals = text.find('=');
        const auto key = trim(text.substr(0, equals == std::string_view::npos ? text.size() : equals));
        const auto key_column = static_cast<std::uint32_t>(text.find(key) + 1);
        if (equals == std::string_view::npos) {
            problem(number_of_line, key_column, "'" + std::string(key) + "' has no value", "write 'key = value', e.g. 'max-grade = 8'");
            continue;
        }
        const auto found = keys.find(key);
        if (found == keys.end()) {
            std::string names;
            for (const auto& [name, set] : keys) names += (names.empty() ? "" : ", ") + name;
            problem(number_of_line, key_column, "unknown limit '" + std::string(key) + "'", "the limits are: " + names);
            continue;
        }
        const auto value = trim(text.substr(equals + 1));
        const auto value_column = static_cast<std::uint32_t>(equals + 1 + text.substr(equals + 1).find_first_not_of(" \t") + 1);
        if (!found->second(value))
            problem(number_of_line, value_column, "'" + std::string(value) + "' is not a valid value for '" + std::string(key) + "'",
                    key.substr(0, 4) == "max-" && key != "max-grade" ? "write a whole number of 1 or more"
                                                                      : "write a number of 0 or more, e.g. 8 or 7.5");
    }
    return limits;
}

auto effective_limits(const review_limits& given, const review_limits& from_file) -> review::review_limits {
    review::review_limits limits;
    // The caller's value, else the file's, else the default already in `limits`.
    const auto take = [](auto& into, const auto& a, const auto& b) {
        if (a) into = *a;
        else if (b) into = *b;
    };
    take(limits.max_sentence_words, given.max_sentence_words, from_file.max_sentence_words);
    take(limits.max_alt_characters, given.max_alt_characters, from_file.max_alt_characters);
    take(limits.max_grade, given.max_grade, from_file.max_grade);
    take(limits.min_inflesz, given.min_inflesz, from_file.min_inflesz);
    take(limits.min_fernandez_huerta, given.min_fernandez_huerta, from_file.min_fernandez_huerta);
    return limits;
}

auto public_limits(const review::review_limits& limits) -> review_limits {
    return {limits.max_sentence_words, limits.max_alt_characters, limits.max_grade, limits.min_inflesz, limits.min_fernandez_huerta};
}

}  // namespace folio::api
