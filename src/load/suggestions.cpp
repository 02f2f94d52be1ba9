#include "load/suggestions.hpp"

#include <algorithm>
#include <numeric>

namespace folio::load {

namespace {
auto edit_distance(std::string_view a, std::string_view b) -> std::size_t {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
}  // namespace

auto closest_match(std::string_view word, const std::vector<std::string>& candidates) -> std::string {
    std::string best;
    std::size_t best_distance = 0;
    for (const auto& candidate : candidates) {
        const auto d = edit_distance(word, candidate);
        if (best.empty() || d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
    // Allow about one typo per three letters; beyond that a suggestion is noise.
    const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    return !best.empty() && best_distance <= limit ? best : std::string{};
}

auto join_names(const std::vector<std::string>& names) -> std::string {
    std::string out;
    for (const auto& name : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

}  // namespace folio::load
