// The values a request is made of, read from text: shards, SOURCE_DATE_EPOCH, language tags.
#include "api/request_values.hpp"
#include "folio/language.hpp"

#include "i18n/language_tag.hpp"

#include <algorithm>
#include <charconv>

namespace folio::api {

auto shard_problem(const shard& part) -> std::string {
    const std::string written = "'" + std::to_string(part.index) + "/" + std::to_string(part.count) + "'";
    if (part.count == 0) return written + ": the number of shards must be at least 1";
    if (part.index >= part.count)
        return written + ": shards are counted from 0, so K must be less than N (the last of " + std::to_string(part.count) +
               " is " + std::to_string(part.count - 1) + "/" + std::to_string(part.count) + ")";
    return {};
}

}  // namespace folio::api

namespace folio {

auto parse_shard(std::string_view text, std::string& problem) -> std::optional<shard> {
    const auto slash = text.find('/');
    shard part;
    const auto number = [](std::string_view digits, std::size_t& value) {
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        return !digits.empty() && error == std::errc{} && end == digits.data() + digits.size();
    };
    if (slash == std::string_view::npos || !number(text.substr(0, slash), part.index) || !number(text.substr(slash + 1), part.count)) {
        problem = "'" + std::string(text) + "' is not a shard: write K/N, this run's number K counted from 0 and the number of runs N (e.g. 0/4)";
        return std::nullopt;
    }
    problem = api::shard_problem(part);
    if (!problem.empty()) return std::nullopt;
    return part;
}

auto parse_source_date_epoch(std::string_view text, std::string& problem) -> std::optional<std::int64_t> {
    constexpr std::int64_t last_second_of_9999 = 253402300799;
    std::int64_t seconds = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    const bool digits_only = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits_only || error != std::errc{} || end != text.data() + text.size()) {
        problem = "SOURCE_DATE_EPOCH='" + std::string(text) + "' is not a whole number of seconds since 1970-01-01";
        return std::nullopt;
    }
    if (seconds > last_second_of_9999) {
        problem = "SOURCE_DATE_EPOCH='" + std::string(text) + "' is after the year 9999 (at most " +
                  std::to_string(last_second_of_9999) + ")";
        return std::nullopt;
    }
    return seconds;
}

auto language_tag_problem(std::string_view tag) -> std::string {
    const std::string text(tag);
    const auto check = i18n::check_language_tag(text);
    if (check.valid) return {};
    return "invalid language tag '" + text + "': " + check.problem +
           (check.suggestion.empty() ? "" : " (did you mean '" + check.suggestion + "'?)");
}

}  // namespace folio
