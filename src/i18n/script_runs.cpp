#include "i18n/script_runs.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <vector>

namespace folio::i18n {

namespace {
auto is_neutral(UScriptCode s) -> bool { return s == USCRIPT_COMMON || s == USCRIPT_INHERITED || s == USCRIPT_UNKNOWN; }
}  // namespace

auto script_runs(std::string_view utf8) -> std::vector<script_run> {
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    std::vector<script_run> runs;
    std::vector<UScriptCode> run_scripts;
    std::vector<UScriptCode> open_brackets;  // script in force at each open paired bracket
    UScriptCode current = USCRIPT_COMMON;
    std::int32_t i = 0;
    while (i < length) {
        const std::int32_t start = i;
        UChar32 c = 0;
        U8_NEXT_OR_FFFD(s, i, length, c);
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(c, &status);
        if (U_FAILURE(status)) script = USCRIPT_COMMON;
        const auto bracket = static_cast<UBidiPairedBracketType>(u_getIntPropertyValue(c, UCHAR_BIDI_PAIRED_BRACKET_TYPE));
        if (bracket == U_BPT_OPEN) {
            open_brackets.push_back(current);
        } else if (bracket == U_BPT_CLOSE && !open_brackets.empty()) {
            script = open_brackets.back();  // ")" closes in the script "(" opened in
            open_brackets.pop_back();
        }
        if (is_neutral(script) || script == current) {
            if (runs.empty()) {
                runs.push_back({static_cast<std::size_t>(start), 0, {}});
                run_scripts.push_back(current);
            }
        } else if (is_neutral(current)) {
            // Neutral text at the start takes the first real script that follows it.
            current = script;
            if (runs.empty()) {
                runs.push_back({static_cast<std::size_t>(start), 0, {}});
                run_scripts.push_back(current);
            } else {
                run_scripts.back() = current;
            }
        } else {
            current = script;
            runs.push_back({static_cast<std::size_t>(start), 0, {}});
            run_scripts.push_back(current);
        }
        runs.back().length = static_cast<std::size_t>(i) - runs.back().start;
    }
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const UScriptCode code = is_neutral(run_scripts[r]) ? USCRIPT_COMMON : run_scripts[r];
        runs[r].script = uscript_getShortName(code);
    }
    return runs;
}

}  // namespace folio::i18n
