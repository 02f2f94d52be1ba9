#include "base/work_queue.hpp"

#include <sched.h>

namespace folio {

work_queue::work_queue(unsigned workers) {
    if (workers == 0) workers = 1;
    workers_.reserve(workers);
    for (unsigned i = 0; i < workers; ++i) workers_.emplace_back([this] { run(); });
}

work_queue::~work_queue() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
        tasks_.clear();
    }
    ready_.notify_all();
    for (auto& worker : workers_) worker.join();
}

void work_queue::post(std::function<void()> task) {
    {
        const std::lock_guard lock(mutex_);
        tasks_.push_back(std::move(task));
    }
    ready_.notify_one();
}

void work_queue::post_next(std::function<void()> task) {
    {
        const std::lock_guard lock(mutex_);
        tasks_.push_front(std::move(task));
    }
    ready_.notify_one();
}

void work_queue::run() {
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
            if (stopping_) return;
            task = std::move(tasks_.front());
            tasks_.pop_front();
        }
        // A throwing task ends the process (std::terminate), as documented: never silently lost.
        [&]() noexcept { task(); }();
    }
}

auto usable_cores() -> unsigned {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        const int count = CPU_COUNT(&set);
        if (count > 0) return static_cast<unsigned>(count);
    }
    const unsigned hardware = std::thread::hardware_concurrency();
    return hardware == 0 ? 1 : hardware;
}

}  // namespace folio
