#include "i18n/bidi.hpp"

#include "i18n/utf16_offsets.hpp"

#include "base/c_handle.hpp"

#include <unicode/ubidi.h>

#include <algorithm>
#include <stdexcept>

namespace folio::i18n {

auto visual_order(const std::vector<int>& levels) -> std::vector<std::size_t> {
    std::vector<UBiDiLevel> icu_levels(levels.begin(), levels.end());
    std::vector<std::int32_t> map(levels.size());
    if (!levels.empty()) ubidi_reorderVisual(icu_levels.data(), static_cast<std::int32_t>(levels.size()), map.data());
    return {map.begin(), map.end()};
}

auto bidi_runs(std::string_view utf8, base_direction direction) -> std::vector<bidi_run> {
    const detail::utf16_text text(utf8);
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
        const auto from = text.byte_offset(start);
        runs.push_back({from, text.byte_offset(start + length) - from,
                        ubidi_getLevelAt(bidi.get(), start), static_cast<std::size_t>(visual)});
    }
    std::sort(runs.begin(), runs.end(), [](const bidi_run& a, const bidi_run& b) { return a.start < b.start; });
    return runs;
}

}  // namespace folio::i18n
