// `folio check --report` on a terminal: each file's readability, a line per section.
#include "cli/commands.hpp"

#include <cstdio>
#include <sstream>

namespace folio::cli {
namespace {

auto fixed(double value, int decimals = 1) -> std::string {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

/// The score that decides, in words, with the limit it is held to and whether it meets it.
struct verdict {
    std::string text;
    bool fails = false;
};

auto score_of(const readability_figures& f) -> verdict {
    const bool fails = f.within_limits == false;
    if (f.status == "no-text") return {"no text", false};
    if (f.status != "scored") return {fixed(f.words_per_sentence) + " words a sentence (no formula for this language)", false};
    if (f.flesch_kincaid_grade)
        return {"grade " + fixed(*f.flesch_kincaid_grade) + " (Flesch-Kincaid), ease " + fixed(*f.flesch_reading_ease), fails};
    if (f.szigriszt_pazos)
        return {"INFLESZ " + fixed(*f.szigriszt_pazos) + " (" + f.inflesz_band + "), Fernandez-Huerta " + fixed(*f.fernandez_huerta),
                fails};
    return {"", false};
}

}  // namespace

auto readability_table(const check_report& report, bool colour) -> std::string {
    const std::string red = colour ? "\033[31m" : "";
    const std::string green = colour ? "\033[32m" : "";
    const std::string bold = colour ? "\033[1m" : "";
    const std::string reset = colour ? "\033[0m" : "";
    std::ostringstream out;
    for (const auto& r : report.reviews) {
        const auto whole = score_of(r.document);
        out << bold << r.file << reset << " (" << r.language << "): " << (whole.fails ? red : green) << whole.text << reset << ", "
            << r.document.words << " words, " << r.document.sentences << " sentences";
        if (r.limits.max_grade && r.document.flesch_kincaid_grade) out << "; limit grade " << fixed(*r.limits.max_grade);
        if (r.limits.min_inflesz && r.document.szigriszt_pazos) out << "; limit INFLESZ " << fixed(*r.limits.min_inflesz);
        out << "\n";
        for (const auto& s : r.sections) {
            const auto part = score_of(s);
            out << "  " << (s.line > 0 ? std::to_string(s.line) + ": " : "") << (s.title.empty() ? "(before the first section)" : s.title)
                << ": " << (part.fails ? red : "") << part.text << (part.fails ? reset : "") << ", " << s.words << " words"
                << (s.within_limits ? "" : s.status == "scored" ? " (too short to hold to the limits)" : "") << "\n";
        }
    }
    return out.str();
}

}  // namespace folio::cli
