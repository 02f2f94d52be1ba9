#include "i18n/bidi.hpp"

#include "i18n/utf16_offsets.hpp"

#include "base/c_handle.hpp"

#include <unicode/ubidi.h>

#include <algorithm>
#include <string>
#include <stdexcept>

namespace folio::i18n {

auto visual_order(const std::vector<int>& levels) -> std::vector<std::size_t> {
    std::vector<UBiDiLevel> icu_levels(levels.begin(), levels.end());
    std::vector<std::int32_t> map(levels.size());
    if (!levels.empty()) ubidi_reorderVisual(icu_levels.data(), static_cast<std::int32_t>(levels.size()), map.data());
    return {map.begin(), map.end()};
}

namespace {
constexpr std::string_view left_to_right_isolate = "\u2066";
constexpr std::string_view right_to_left_isolate = "\u2067";
constexpr std::string_view pop_directional_isolate = "\u2069";
}  // namespace

auto bidi_runs(std::string_view utf8, base_direction direction, const std::vector<directional_isolate>& isolates)
    -> std::vector<bidi_run> {
    // The isolates become UAX #9 controls in the text ICU reads; `inserted` records where each
    // control sits in that text, so that offsets can be taken back to the caller's text.
    std::string marked;
    std::vector<std::size_t> inserted;
    std::size_t copied = 0;
    auto insert = [&](std::size_t at, std::string_view control) {
        marked.append(utf8.substr(copied, at - copied));
        copied = at;
        inserted.push_back(marked.size());
        marked.append(control);
    };
    for (const auto& isolate : isolates) {
        if (isolate.start >= isolate.end || isolate.end > utf8.size() || isolate.start < copied)
            throw std::invalid_argument("bidi_runs: isolates must be sorted, non-empty and inside the text");
        insert(isolate.start, isolate.right_to_left ? right_to_left_isolate : left_to_right_isolate);
        insert(isolate.end, pop_directional_isolate);
    }
    marked.append(utf8.substr(copied));
    auto original = [&](std::size_t at) {
        std::size_t before = 0;
        while (before < inserted.size() && inserted[before] < at) ++before;
        return at - before * pop_directional_isolate.size();
    };
    static_assert(left_to_right_isolate.size() == pop_directional_isolate.size() &&
                  right_to_left_isolate.size() == pop_directional_isolate.size());

    const detail::utf16_text text(marked);
    UErrorCode status = U_ZERO_ERROR;
    const c_handle<UBiDi, ubidi_close> bidi{ubidi_open()};
    const UBiDiLevel paragraph_level = direction == base_direction::left_to_right   ? 0
                                       : direction == base_direction::right_to_left ? 1
                                                                                     : UBIDI_DEFAULT_LTR;
    ubidi_setPara(bidi.get(), text.text.getBuffer(), text.text.length(), paragraph_level, nullptr, &status);
    const auto count = ubidi_countRuns(bidi.get(), &status);
    if (U_FAILURE(status)) throw std::runtime_error("failed to analyse bidirectional text with ICU");
    std::vector<bidi_run> runs;
    for (std::int32_t visual = 0; visual < count; ++visual) {
        std::int32_t start = 0;
        std::int32_t length = 0;
        ubidi_getVisualRun(bidi.get(), visual, &start, &length);
        const auto from = original(text.byte_offset(start));
        const auto to = original(text.byte_offset(start + length));
        // A run of nothing but isolate controls is not in the caller's text.
        if (to > from) runs.push_back({from, to - from, ubidi_getLevelAt(bidi.get(), start), static_cast<std::size_t>(visual)});
    }
    std::sort(runs.begin(), runs.end(), [](const bidi_run& a, const bidi_run& b) { return a.start < b.start; });
    return runs;
}

}  // namespace folio::i18n
