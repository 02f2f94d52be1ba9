#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace folio {

/// A fixed set of worker threads taking tasks from one queue. New work goes to the back
/// (`post`); work that continues something already started goes to the front (`post_next`), so
/// that a started document is finished before the next one is begun and memory stays bounded
/// by the number of workers, not by the size of the batch.
///
/// Tasks must not throw (a task that does ends the process): callers catch what their work may
/// throw and carry it back themselves (the batch export rethrows it in the document's order).
class work_queue {
public:
    explicit work_queue(unsigned workers);
    /// Drops the tasks not started yet and waits for the running ones.
    ~work_queue();
    work_queue(const work_queue&) = delete;
    auto operator=(const work_queue&) -> work_queue& = delete;

    void post(std::function<void()> task);
    void post_next(std::function<void()> task);

private:
    void run();
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> tasks_;
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

/// How many threads this process may run at once: the CPUs it is allowed on (a Slurm or
/// container limit narrows them), at least 1.
auto usable_cores() -> unsigned;

}  // namespace folio
