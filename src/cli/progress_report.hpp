#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>

namespace folio::cli {

/// When a progress report speaks: on a terminal, a live line from `delay` on, redrawn at most
/// every `redraw`; elsewhere (a log file, a Slurm job's output), a plain line every `interval`,
/// the first after one interval. A short run stays silent: its stderr only its diagnostics.
struct progress_timing {
    std::chrono::milliseconds delay{2000};
    std::chrono::milliseconds redraw{200};
    std::chrono::milliseconds interval{10000};
};

/// The progress of a batch export on stderr: how many of its content files are done.
class progress_report {
public:
    progress_report(std::ostream& err, bool terminal, bool enabled, std::size_t total, progress_timing timing);
    /// `done` files of the total are finished; says so if it is time to.
    void update(std::size_t done);
    /// Clears the live line, so that diagnostics printed next start on a clean line; `update`
    /// draws it again.
    void clear();

private:
    using clock = std::chrono::steady_clock;
    std::ostream& err_;
    bool terminal_;
    bool enabled_;
    std::size_t total_;
    progress_timing timing_;
    clock::time_point start_ = clock::now();
    clock::time_point last_ = {};
    bool line_shown_ = false;  ///< a live line is on the terminal
    bool spoken_ = false;      ///< something was said already
};

}  // namespace folio::cli
