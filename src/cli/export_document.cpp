#include "cli/export_document.hpp"

#include "cli/atomic_file.hpp"
#include "cli/print_diagnostics.hpp"
#include "compose/resolved_document.hpp"
#include "i18n/message_catalog.hpp"
#include "model/edition_failure.hpp"

#include <chrono>
#include <ostream>
#include <sstream>

namespace folio::cli {

namespace {
/// Without SOURCE_DATE_EPOCH, output dates come from the content (its last review date, else its
/// publication date), never from the clock: the same input gives the same bytes.
auto default_epoch(const model::document& doc) -> std::int64_t {
    const auto& d = doc.meta.last_reviewed ? *doc.meta.last_reviewed : doc.meta.published;
    // 00:00 UTC on that day.
    using namespace std::chrono;
    const sys_days day{year{d.year} / month{static_cast<unsigned>(d.month)} / std::chrono::day{static_cast<unsigned>(d.day)}};
    return duration_cast<seconds>(day.time_since_epoch()).count();
}

/// An edition of a document that could not be made or written for a reason outside its content
/// (a writer's failure, an output that cannot be written): it fails alone.
void report_edition_error(std::ostream& err, const std::string& document, std::string_view edition,
                          const std::filesystem::path& path, const std::string& cause) {
    err << "folio: error: the '" << edition << "' edition of '" << document << "' is not written to '" << path.string()
        << "' (" << cause << ") [edition-failed]\n";
}
}  // namespace

document_export::document_export(model::document doc, const i18n::message_catalog& catalog,
                                 const std::vector<const edition*>& chosen,
                                 const std::map<std::string_view, print_setup>& print, const export_options& options,
                                 std::optional<std::int64_t> source_date_epoch)
    : print_(print), chosen_(chosen), resolved_(compose::resolve(std::move(doc), catalog)),
      epoch_(source_date_epoch.value_or(default_epoch(resolved_.doc()))), made_(chosen.size()) {
    // Editions that read the same style share its layout, so they are made together, in order.
    std::map<std::string_view, std::size_t> group_of_style;
    for (std::size_t i = 0; i < chosen_.size(); ++i) {
        made_[i].path = output_path(options.out_dir, resolved_.doc(), *chosen_[i]);
        const auto style = chosen_[i]->style_name();
        const bool styled = !style.empty() && print_.contains(style);
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
        const print_setup* setup = found == print_.end() ? nullptr : &found->second;
        if (setup != nullptr && !layout) layout.emplace(*setup, resolved_);
        const edition_inputs inputs{setup, setup != nullptr ? &*layout : nullptr, epoch_, sink};
        try {
            auto bytes = e->render(resolved_, inputs);
            if (bytes && !sink.has_errors()) made.bytes = std::move(*bytes);
            else made.content_errors = true;
        } catch (const model::edition_failure& failure) {
            made.failure = failure.what();
        }
        std::ostringstream messages;
        print_diagnostics(sink, messages);
        made.messages = messages.str();
    }
}

auto document_export::finish(std::ostream& out, std::ostream& err) -> exit_code {
    exit_code status = exit_code::success;
    const auto& document = resolved_.doc().source_path;
    bool content_errors = false;
    for (std::size_t i = 0; i < chosen_.size(); ++i) {
        const auto& made = made_[i];
        if (!made.failure.empty()) {
            report_edition_error(err, document, chosen_[i]->name, made.path, made.failure);
            status = worse(status, exit_code::output_error);
        }
        err << made.messages;
        content_errors = content_errors || made.content_errors;
    }
    if (content_errors) {
        err << "folio: error: no edition of '" << document << "' is written: it has errors (its previous outputs are kept)\n";
        return worse(status, exit_code::content_error);
    }
    for (std::size_t i = 0; i < chosen_.size(); ++i) {
        auto& made = made_[i];
        if (!made.bytes) continue;
        try {
            write_file_atomically(made.path, *made.bytes);
            out << made.path.string() << '\n';
        } catch (const write_error& error) {
            report_edition_error(err, document, chosen_[i]->name, made.path, error.what());
            status = worse(status, exit_code::output_error);
        }
        made.bytes.reset();  // the bytes go as soon as they are on disk
    }
    return status;
}

auto export_document(const model::document& doc, const i18n::message_catalog& catalog,
                     const std::vector<const edition*>& chosen, const std::map<std::string_view, print_setup>& print,
                     const export_options& options, const environment& env) -> exit_code {
    document_export work(doc, catalog, chosen, print, options, env.source_date_epoch);
    for (std::size_t group = 0; group < work.groups(); ++group) work.make_group(group);
    return work.finish(*env.out, *env.err);
}
}  // namespace folio::cli
