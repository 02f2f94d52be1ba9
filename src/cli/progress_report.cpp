#include "cli/progress_report.hpp"

#include <algorithm>
#include <ostream>
#include <string>

namespace folio::cli {

progress_report::progress_report(std::ostream& err, bool terminal, bool enabled, std::size_t total, progress_timing timing)
    : err_(err), terminal_(terminal), enabled_(enabled && total > 0), total_(total), timing_(timing) {}

void progress_report::update(std::size_t done) {
    if (!enabled_) return;
    const auto now = clock::now();
    // A log gets its first line after a whole interval: a run of a few seconds leaves its log (and
    // a script's captured stderr) as it was.
    if (now - start_ < (terminal_ ? timing_.delay : std::max(timing_.delay, timing_.interval))) return;
    const auto every = terminal_ ? timing_.redraw : timing_.interval;
    const bool finished = done >= total_;
    if (spoken_ && now - last_ < every && !(finished && terminal_)) return;
    last_ = now;
    spoken_ = true;
    const auto percent = done * 100 / total_;
    if (!terminal_) {
        err_ << "folio: " << done << " of " << total_ << " files exported (" << percent << "%)\n";
        return;
    }
    constexpr std::size_t width = 30;
    const auto filled = done * width / total_;
    err_ << "\r\033[Kfolio: [" << std::string(filled, '#') << std::string(width - filled, '.') << "] " << done << '/' << total_
         << " files";
    if (done > 0 && !finished) {
        const auto elapsed = std::chrono::duration<double>(now - start_).count();
        const auto left = static_cast<long long>(elapsed / static_cast<double>(done) * static_cast<double>(total_ - done));
        err_ << ", about " << left / 60 << ':' << (left % 60 < 10 ? "0" : "") << left % 60 << " left";
    }
    err_ << std::flush;
    line_shown_ = true;
    if (finished) clear();
}

void progress_report::clear() {
    if (!line_shown_) return;
    err_ << "\r\033[K" << std::flush;
    line_shown_ = false;
}

}  // namespace folio::cli
