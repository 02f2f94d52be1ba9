// engine::export_files: a batch of content files × editions on a pool of threads, reported in
// file order.
#include "api/engine_state.hpp"

#include "api/export_document.hpp"
#include "api/load_content.hpp"
#include "api/public_diagnostics.hpp"
#include "api/request_values.hpp"
#include "base/work_queue.hpp"
#include "folio/language.hpp"
#include "i18n/message_catalog.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <set>
#include <utility>

namespace folio {

namespace {
/// The report and the observer together: each run diagnostic goes to both, as it is found.
struct run_messages {
    export_report& report;
    const export_observer& observer;
    void add(const diagnostic& d) {
        report.diagnostics.push_back(d);
        if (observer.run_diagnostic) observer.run_diagnostic(d);
    }
};

/// The editions asked for, or nothing (a usage error said) for one this version cannot make.
auto choose_editions(const export_request& request, run_messages& messages) -> std::optional<std::vector<const api::edition*>> {
    for (const auto& name : request.editions)
        if (auto problem = api::edition_problem(name); !problem.empty()) {
            messages.add(api::run_error(std::move(problem)));
            return std::nullopt;
        }
    std::vector<const api::edition*> chosen;
    for (const auto& e : api::all_editions()) {
        const bool asked = request.editions.empty() ||
                           std::find(request.editions.begin(), request.editions.end(), e.name) != request.editions.end();
        if (asked && e.render) chosen.push_back(&e);
    }
    return chosen;
}

/// One content file of a batch: loaded, then its edition groups made (on any worker thread), then
/// written by whichever thread finishes its last group. Its report is kept until the files
/// before it are reported, so reports come in the same order whatever the number of threads.
struct file_job {
    api::content_file file;
    file_report report;
    std::unique_ptr<api::document_export> work;
    std::size_t groups_left = 0;  ///< guarded by batch::mutex
    std::exception_ptr bug;       ///< anything but an edition failure: rethrown in file order
    bool done = false;            ///< guarded by batch::mutex
};

/// The shared state of a batch export.
struct batch {
    const std::vector<const api::edition*>& chosen;
    const api::print_setups& print;
    const model::braille_style* braille;  ///< for the braille editions
    const export_request& request;
    engine::state& state;
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

    /// Loads and resolves the file, then hands its edition groups to the queue.
    void start(file_job& job, work_queue& queue) {
        try {
            auto loaded = api::load_content_file(job.file);
            job.report.diagnostics = std::move(loaded.diagnostics);
            job.report.result = loaded.result;
            if (!loaded.document) return mark_done(job);
            const auto& catalog = state.catalogs.for_document(*loaded.document, job.report.diagnostics);
            // An edition that cannot exist in the document's language (braille without a table)
            // is left out of it: an error when asked for by name, else a warning.
            std::vector<const api::edition*> editions;
            for (const auto* e : chosen) {
                if (auto why = api::unavailable_edition(*e, *loaded.document, !request.editions.empty())) {
                    if (why->level == severity::error) job.report.result = worse(job.report.result, status::output_error);
                    job.report.diagnostics.push_back(std::move(*why));
                    continue;
                }
                editions.push_back(e);
            }
            job.work = std::make_unique<api::document_export>(std::move(*loaded.document), catalog, editions, print,
                                                              request.out_dir, state.source_date_epoch, braille);
            const auto groups = job.work->groups();
            job.groups_left = groups;
            if (groups == 0) return finish(job);
            // The first group is made here; the others go to the front of the queue, for an idle
            // worker to take at once (the editions of one document in parallel).
            for (std::size_t g = groups; g-- > 1;) queue.post_next([this, &job, g] { make(job, g); });
            make(job, 0);
        } catch (...) {
            job.bug = std::current_exception();
            mark_done(job);
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
            if (!job.bug) job.work->finish(job.report);
        } catch (...) {
            job.bug = std::current_exception();
        }
        mark_done(job);
    }
};
}  // namespace

auto engine::export_files(const export_request& request, const export_observer& observer) const -> export_report {
    export_report report;
    run_messages messages{report, observer};
    const auto usage = [&](std::string message) {
        messages.add(api::run_error(std::move(message)));
        report.result = status::usage;
        return report;
    };
    // The request first: a wrong one is a usage error, found before any work is done.
    if (auto problem = api::shard_problem(request.shard); !problem.empty()) return usage(std::move(problem));
    for (const auto& language : request.languages)
        if (const auto problem = language_tag_problem(language); !problem.empty()) return usage(problem);
    const auto chosen = choose_editions(request, messages);
    if (!chosen) {
        report.result = status::usage;
        return report;
    }

    if (const auto note = state_->data_note()) messages.add(*note);
    const std::vector<std::filesystem::path> paths =
        request.paths.empty() ? std::vector<std::filesystem::path>{"content"} : request.paths;
    const auto found = api::find_content(paths, request.languages);
    report.result = found.result;
    for (const auto& d : found.diagnostics) messages.add(d);

    // Print editions need their style and fonts; a wrong style refuses that edition only. The
    // e-book reads the brochure's style too (its CSS and page list), and goes without it.
    // The braille editions need styles/braille.xml the same way.
    api::print_setups print;
    const model::braille_style* braille = nullptr;
    std::set<std::string_view> styles_seen;
    bool braille_seen = false;
    std::vector<const api::edition*> writable;
    const auto refuse = [&](const api::edition& e, status failure) {
        messages.add(api::run_error("the '" + std::string(e.name) + "' edition is not written: " +
                                    (failure == status::installation ? "Folio's data for it is missing" : "its style has errors")));
        report.result = worse(report.result, failure);
    };
    for (const auto* e : *chosen) {
        const auto style_name = e->style_name();
        if (!style_name.empty()) {
            const auto& style = state_->style(style_name);
            if (styles_seen.insert(style_name).second)
                for (const auto& d : style.diagnostics) messages.add(d);
            if (style.setup) print.emplace(style_name, &*style.setup);
            if (!style.setup && e->print) {
                refuse(*e, style.failure);
                continue;
            }
        }
        if (e->braille) {
            const auto& style = state_->braille_style();
            if (!std::exchange(braille_seen, true))
                for (const auto& d : style.diagnostics) messages.add(d);
            if (!style.style) {
                refuse(*e, style.failure);
                continue;
            }
            braille = &*style.style;
        }
        writable.push_back(e);
    }

    batch run{writable, print, braille, request, *state_, {}, {}, {}};
    for (std::size_t i = 0; i < found.files.size(); ++i)
        if (i % request.shard.count == request.shard.index) {
            run.jobs.push_back(std::make_unique<file_job>());
            auto& job = *run.jobs.back();
            job.file = found.files[i];
            job.report.document = job.file.document;
            job.report.file = job.file.path;
        }

    const unsigned threads = request.jobs == 0 ? usable_cores() : request.jobs;
    const auto total = run.jobs.size();
    {
        work_queue queue(threads);
        for (auto& job : run.jobs) queue.post([&run, &queue, &job] { run.start(*job, queue); });
        // Each file's report in file order, as soon as it and every file before it are done.
        for (std::size_t next = 0; next < total; ++next) {
            auto& job = *run.jobs[next];
            {
                std::unique_lock lock(run.mutex);
                while (!job.done) {
                    run.finished.wait_for(lock, std::chrono::milliseconds(100));
                    lock.unlock();
                    if (observer.progress) observer.progress(next, total);
                    lock.lock();
                }
            }
            if (job.bug) {
                // Folio's catalogs missing or broken: the same for every file, so the run stops
                // here (the queue drops the rest on the way out). Anything else is a bug.
                try {
                    std::rethrow_exception(job.bug);
                } catch (const i18n::catalog_error& error) {
                    messages.add(api::run_error(error.what()));
                    report.result = status::installation;
                    return report;
                }
            }
            report.result = worse(report.result, job.report.result);
            if (observer.file_done) observer.file_done(job.report);
            report.files.push_back(std::move(job.report));
            run.jobs[next].reset();
            if (observer.progress) observer.progress(next + 1, total);
        }
    }
    for (const auto& d : api::missing_language_errors(found)) messages.add(d);
    if (!found.missing_languages.empty()) report.result = worse(report.result, status::input_error);
    return report;
}

}  // namespace folio
