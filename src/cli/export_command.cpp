#include "cli/commands.hpp"

#include "base/work_queue.hpp"
#include "cli/document_catalogs.hpp"
#include "cli/editions.hpp"
#include "cli/export_document.hpp"
#include "cli/load_content.hpp"

#include <charconv>
#include <condition_variable>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <set>
#include <sstream>

namespace folio::cli {

namespace {
/// The editions asked for, or a usage error (exit 2) for one this version cannot make.
auto choose_editions(const export_options& options, const environment& env) -> std::optional<std::vector<const edition*>> {
    std::vector<const edition*> chosen;
    for (const auto& e : all_editions()) {
        const bool asked = options.editions.empty() ||
                           std::find(options.editions.begin(), options.editions.end(), e.name) != options.editions.end();
        if (!asked) continue;
        if (!e.render) {
            if (!options.editions.empty()) {
                *env.err << "folio: error: the '" << e.name << "' edition is not available in this version of Folio\n";
                return std::nullopt;
            }
            continue;
        }
        chosen.push_back(&e);
    }
    return chosen;
}

/// Print editions need their style and fonts; a wrong style refuses that edition only (removed
/// from `chosen`). The e-book reads the brochure's style too (its CSS and page list), and goes
/// without it.
auto load_print_setups(std::vector<const edition*>& chosen, const export_options& options, const environment& env,
                       exit_code& status) -> std::map<std::string_view, print_setup> {
    std::map<std::string_view, print_setup> print;
    std::map<std::string_view, exit_code> style_failure;
    for (auto it = chosen.begin(); it != chosen.end();) {
        const auto style = (*it)->style_name();
        if (style.empty()) {
            ++it;
            continue;
        }
        if (!print.contains(style) && !style_failure.contains(style)) {
            model::diagnostics sink;
            auto setup = load_print_setup(options.styles_dir, options.fonts_dir, style, sink);
            for (const auto& d : sink.sorted()) *env.err << model::format_diagnostic(d) << '\n';
            if (setup) print.emplace(style, std::move(*setup));
            else style_failure[style] = setup_failure(sink);
        }
        if (style_failure.contains(style) && (*it)->print) {
            const auto failure = style_failure.at(style);
            *env.err << "folio: error: the '" << (*it)->name << "' edition is not written: "
                     << (failure == exit_code::installation ? "Folio's data for it is missing\n" : "its style has errors\n");
            status = worse(status, failure);
            it = chosen.erase(it);
            continue;
        }
        ++it;
    }
    return print;
}

/// One content file of a batch: loaded, then its edition groups made (on any worker thread), then
/// written by whichever thread finishes its last group. What it prints is kept until the files
/// before it have printed theirs, so the output is the same whatever the number of threads.
struct file_job {
    content_file file;
    std::ostringstream out, err;
    exit_code status = exit_code::success;
    std::unique_ptr<document_export> work;
    std::size_t groups_left = 0;  ///< guarded by batch::mutex
    std::exception_ptr bug;       ///< anything but an edition failure: rethrown in file order
    bool done = false;            ///< guarded by batch::mutex
};

/// The shared state of a batch export.
struct batch {
    const std::vector<const edition*>& chosen;
    const std::map<std::string_view, print_setup>& print;
    const export_options& options;
    const environment& env;
    document_catalogs& catalogs;
    std::vector<std::unique_ptr<file_job>> jobs;
    std::mutex mutex;
    std::condition_variable finished;

    void mark_done(file_job& job) {
        {
            const std::lock_guard lock(mutex);
            job.work.reset();  // the document, its resolution and layouts go now
            job.done = true;
        }
        finished.notify_all();
    }

    void fail(file_job& job) {
        job.bug = std::current_exception();
        mark_done(job);
    }

    /// Loads and resolves the file, then hands its edition groups to the queue.
    void start(file_job& job, work_queue& queue) {
        try {
            auto loaded = load_content_file(job.file, job.err);
            job.status = loaded.status;
            if (!loaded.document) return mark_done(job);
            const auto& catalog = catalogs.for_document(*loaded.document, job.err);
            job.work = std::make_unique<document_export>(std::move(*loaded.document), catalog, chosen, print, options,
                                                         env.source_date_epoch);
            const auto groups = job.work->groups();
            job.groups_left = groups;
            if (groups == 0) return finish(job);
            // The first group is made here; the others go to the front of the queue, for an idle
            // worker to take at once (the editions of one document in parallel).
            for (std::size_t g = groups; g-- > 1;) queue.post_next([this, &job, g] { make(job, g); });
            make(job, 0);
        } catch (...) {
            fail(job);
        }
    }

    void make(file_job& job, std::size_t group) {
        try {
            job.work->make_group(group);
        } catch (...) {
            // The first bug wins; the other groups still count down so that the file ends.
            const std::lock_guard lock(mutex);
            if (!job.bug) job.bug = std::current_exception();
        }
        bool last = false;
        {
            const std::lock_guard lock(mutex);
            last = --job.groups_left == 0;
        }
        if (last) finish(job);
    }

    void finish(file_job& job) {
        try {
            if (!job.bug) job.status = worse(job.status, job.work->finish(job.out, job.err));
        } catch (...) {
            job.bug = std::current_exception();
        }
        mark_done(job);
    }
};
}  // namespace

auto read_shard(std::string_view text) -> std::variant<export_options::shard_choice, std::string> {
    const auto slash = text.find('/');
    export_options::shard_choice shard;
    const auto number = [](std::string_view digits, std::size_t& value) {
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        return !digits.empty() && error == std::errc{} && end == digits.data() + digits.size();
    };
    if (slash == std::string_view::npos || !number(text.substr(0, slash), shard.index) || !number(text.substr(slash + 1), shard.count))
        return "'" + std::string(text) + "' is not a shard: write K/N, this run's number K counted from 0 and the number of runs N (e.g. 0/4)";
    if (shard.count == 0) return "'" + std::string(text) + "': the number of shards must be at least 1";
    if (shard.index >= shard.count)
        return "'" + std::string(text) + "': shards are counted from 0, so K must be less than N (the last of " +
               std::to_string(shard.count) + " is " + std::to_string(shard.count - 1) + "/" + std::to_string(shard.count) + ")";
    return shard;
}

auto run_export(const export_options& options, const environment& env) -> exit_code {
    // Editions first: a wrong --edition is a usage error, found before any work is done.
    auto chosen = choose_editions(options, env);
    if (!chosen) return exit_code::usage;

    const std::vector<std::filesystem::path> paths =
        options.paths.empty() ? std::vector<std::filesystem::path>{"content"} : options.paths;
    auto found = find_content(paths, options.languages, env);
    exit_code status = found.status;
    const auto print = load_print_setups(*chosen, options, env, status);

    document_catalogs catalogs(env.catalog_directory);
    batch run{*chosen, print, options, env, catalogs, {}, {}, {}};
    for (std::size_t i = 0; i < found.files.size(); ++i)
        if (i % options.shard.count == options.shard.index) {
            run.jobs.push_back(std::make_unique<file_job>());
            run.jobs.back()->file = found.files[i];
        }

    const unsigned threads = options.jobs == 0 ? usable_cores() : options.jobs;
    progress_report progress(*env.err, env.err_is_terminal, !options.quiet, run.jobs.size(), env.progress);
    {
        work_queue queue(threads);
        for (auto& job : run.jobs) queue.post([&run, &queue, &job] { run.start(*job, queue); });
        // Each file's output in file order, as soon as it and every file before it are done.
        for (std::size_t next = 0; next < run.jobs.size(); ++next) {
            auto& job = *run.jobs[next];
            {
                std::unique_lock lock(run.mutex);
                while (!job.done) {
                    run.finished.wait_for(lock, std::chrono::milliseconds(100));
                    lock.unlock();
                    progress.update(next);
                    lock.lock();
                }
            }
            progress.clear();
            *env.err << job.err.str();
            *env.out << job.out.str() << std::flush;
            if (job.bug) std::rethrow_exception(job.bug);  // the queue drops the rest on the way out
            status = worse(status, job.status);
            run.jobs[next].reset();
            progress.update(next + 1);
        }
    }
    return worse(status, report_missing_languages(found, *env.err));
}

}  // namespace folio::cli
