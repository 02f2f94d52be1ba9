#include "api/export_document.hpp"

#include "api/atomic_file.hpp"
#include "api/public_diagnostics.hpp"
#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "model/edition_failure.hpp"

#include <algorithm>
#include <chrono>

namespace folio::api {

namespace {
/// Without SOURCE_DATE_EPOCH, output dates come from the content (its last review date, else its
/// publication date), never from the clock: the same input gives the same bytes.
auto default_epoch(const model::document& doc) -> std::int64_t {
    const auto& when = doc.meta.last_reviewed ? doc.meta.last_reviewed : doc.meta.published;
    if (!when) return 0;  // the loader refuses a document without either; a model built in code may have neither
    const auto& d = *when;
    // 00:00 UTC on that day.
    using namespace std::chrono;
    const sys_days day{year{d.year} / month{static_cast<unsigned>(d.month)} / std::chrono::day{static_cast<unsigned>(d.day)}};
    return duration_cast<seconds>(day.time_since_epoch()).count();
}
/// Appends what `all` does not hold yet: two editions from the same reading of the content (the
/// braille file and its Unicode preview) report the same warning once.
void append_new(std::vector<diagnostic>& all, std::vector<diagnostic> more) {
    const auto same = [](const diagnostic& a, const diagnostic& b) {
        return a.level == b.level && a.code == b.code && a.file == b.file && a.line == b.line && a.column == b.column &&
               a.message == b.message;
    };
    for (auto& d : more)
        if (std::none_of(all.begin(), all.end(), [&](const diagnostic& seen) { return same(seen, d); })) all.push_back(std::move(d));
}
}  // namespace

document_export::document_export(model::document doc, const i18n::message_catalog& catalog,
                                 const std::vector<const edition*>& chosen,
                                 const print_setups& print, const std::filesystem::path& out_dir,
                                 std::optional<std::int64_t> source_date_epoch, const model::braille_style* braille)
    : print_(print), braille_(braille), chosen_(chosen), resolved_(compose::resolve(std::move(doc), catalog)),
      epoch_(source_date_epoch.value_or(default_epoch(resolved_.doc()))), made_(chosen.size()) {
    // Editions that read the same style share its layout, so they are made together, in order.
    std::map<std::string_view, std::size_t> group_of_style;
    for (std::size_t i = 0; i < chosen_.size(); ++i) {
        made_[i].path = output_path(out_dir, resolved_.doc(), *chosen_[i]);
        const auto style = chosen_[i]->style_name();
        // Only editions that read a layout share one; one that reads a style alone is made alone.
        const bool styled = !style.empty() && print_.contains(style) && (chosen_[i]->print || chosen_[i]->uses_layout);
        if (styled && group_of_style.contains(style)) {
            groups_[group_of_style.at(style)].push_back(i);
            continue;
        }
        if (styled) group_of_style.emplace(style, groups_.size());
        groups_.push_back({i});
    }
}

void document_export::make_group(std::size_t group) {
    std::optional<shared_layout> layout;
    for (const auto i : groups_.at(group)) {
        const auto* e = chosen_[i];
        auto& made = made_[i];
        model::diagnostics sink;
        const auto found = print_.find(e->style_name());
        const print_setup* setup = found == print_.end() ? nullptr : found->second;
        if (setup != nullptr && !layout) layout.emplace(*setup, resolved_);
        const edition_inputs inputs{setup, setup != nullptr ? &*layout : nullptr, epoch_, sink, braille_};
        try {
            auto bytes = e->render(resolved_, inputs);
            if (bytes && !sink.has_errors()) made.bytes = std::move(*bytes);
            else made.content_errors = true;
        } catch (const model::edition_failure& failure) {
            made.failure = failure.what();
        }
        made.diagnostics = to_public(sink);
    }
}

/// An edition of a document that could not be made or written for a reason outside its content
/// (a writer's failure, an output that cannot be written): it fails alone.
auto document_export::edition_error(std::size_t i, const std::string& cause) const -> diagnostic {
    return run_error("the '" + std::string(chosen_[i]->name) + "' edition of '" + resolved_.doc().source_path +
                         "' is not written to '" + made_[i].path.string() + "' (" + cause + ")",
                     "edition-failed");
}

void document_export::finish(file_report& report) {
    bool content_errors = false;
    for (std::size_t i = 0; i < chosen_.size(); ++i) {
        auto& made = made_[i];
        if (!made.failure.empty()) {
            report.diagnostics.push_back(edition_error(i, made.failure));
            report.result = worse(report.result, status::output_error);
        }
        append_new(report.diagnostics, std::move(made.diagnostics));
        content_errors = content_errors || made.content_errors;
    }
    if (content_errors) {
        report.diagnostics.push_back(run_error("no edition of '" + resolved_.doc().source_path +
                                               "' is written: it has errors (its previous outputs are kept)"));
        report.result = worse(report.result, status::content_error);
        return;
    }
    for (std::size_t i = 0; i < chosen_.size(); ++i) {
        auto& made = made_[i];
        if (!made.bytes) continue;
        try {
            write_file_atomically(made.path, *made.bytes);
            report.written.push_back(made.path);
        } catch (const write_error& error) {
            report.diagnostics.push_back(edition_error(i, error.what()));
            report.result = worse(report.result, status::output_error);
        }
        made.bytes.reset();  // the bytes go as soon as they are on disk
    }
}

auto document_export::take(std::size_t i) -> edition_result {
    auto& made = made_.at(i);
    edition_result result;
    if (!made.failure.empty()) {
        result.diagnostics.push_back(run_error("the '" + std::string(chosen_[i]->name) + "' edition of '" +
                                                   resolved_.doc().source_path + "' cannot be made (" + made.failure + ")",
                                               "edition-failed"));
        result.result = status::output_error;
    }
    append(result.diagnostics, std::move(made.diagnostics));
    if (made.content_errors) result.result = worse(result.result, status::content_error);
    result.bytes = std::move(made.bytes);
    return result;
}

auto export_document(const model::document& doc, const i18n::message_catalog& catalog,
                     const std::vector<const edition*>& chosen, const print_setups& print,
                     const std::filesystem::path& out_dir, std::optional<std::int64_t> source_date_epoch,
                     const model::braille_style* braille) -> file_report {
    document_export work(doc, catalog, chosen, print, out_dir, source_date_epoch, braille);
    for (std::size_t group = 0; group < work.groups(); ++group) work.make_group(group);
    file_report report;
    report.document = doc.name;
    report.file = doc.source_path;
    work.finish(report);
    return report;
}
}  // namespace folio::api
