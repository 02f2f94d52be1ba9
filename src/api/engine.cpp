#include "api/engine_state.hpp"

#include "i18n/unicode_text.hpp"

#include <fstream>

#include "api/data_folders.hpp"
#include "api/export_document.hpp"
#include "api/load_content.hpp"
#include "api/public_diagnostics.hpp"
#include "i18n/message_catalog.hpp"
#include "model/inline.hpp"

namespace folio {

engine::state::state(settings given)
    : folders(given.data_folders.empty() ? default_data_folders() : std::move(given.data_folders)),
      data(api::find_data_folder(folders)), data_overridden(given.styles_dir && given.fonts_dir),
      source_date_epoch(given.source_date_epoch),
      catalogs(given.messages_dir.value_or(default_messages_folder())) {
    const auto root = data.value_or(folders.empty() ? std::filesystem::path(".") : folders.front());
    styles_dir = given.styles_dir.value_or(root / "styles");
    fonts_dir = given.fonts_dir.value_or(root / "fonts");
}

auto engine::state::common_words(std::string_view language) -> std::shared_ptr<const review::common_words> {
    const auto primary = std::string(language.substr(0, language.find('-')));
    const std::lock_guard lock(words_mutex_);
    if (const auto found = words_.find(primary); found != words_.end()) return found->second;
    auto words = std::make_shared<review::common_words>();
    if (data) {
        std::ifstream in(*data / "words" / (primary + ".txt"));
        // Lower-cased as the report compares words: the lists are, but for a few proper names.
        for (std::string word; std::getline(in, word);)
            if (!word.empty()) words->insert(i18n::to_lower(word, language));
    }
    return words_.emplace(primary, std::move(words)).first->second;
}

auto engine::state::style(std::string_view name) -> const loaded_style& {
    // Loaded under the lock: two threads asking for one style at once load it once.
    const std::lock_guard lock(styles_mutex_);
    if (const auto found = styles_.find(name); found != styles_.end()) return found->second;
    model::diagnostics sink;
    loaded_style loaded;
    loaded.setup = api::load_print_setup(styles_dir, fonts_dir, name, sink);
    loaded.diagnostics = api::to_public(sink);
    if (!loaded.setup) loaded.failure = api::setup_failure(sink);
    return styles_.emplace(std::string(name), std::move(loaded)).first->second;
}

auto engine::state::braille_style() -> const loaded_braille_style& {
    const std::lock_guard lock(styles_mutex_);
    if (braille_style_) return *braille_style_;
    model::diagnostics sink;
    loaded_braille_style loaded;
    loaded.style = api::load_braille_style(styles_dir, sink);
    loaded.diagnostics = api::to_public(sink);
    if (!loaded.style) loaded.failure = api::setup_failure(sink);
    return braille_style_.emplace(std::move(loaded));
}

auto engine::state::data_note() const -> std::optional<diagnostic> {
    if (data || data_overridden) return std::nullopt;
    std::string message = "Folio's data (styles/ and fonts/) is in none of:";
    for (const auto& folder : folders) message += " '" + folder.string() + "'";
    return diagnostic{severity::note, {}, {}, 0, 0, message, {}};
}

engine::engine(settings s) : state_(std::make_unique<state>(std::move(s))) {}
engine::~engine() = default;
engine::engine(engine&&) noexcept = default;
auto engine::operator=(engine&&) noexcept -> engine& = default;

auto engine::data_folder() const -> std::optional<std::filesystem::path> { return state_->data; }
auto engine::data_folders() const -> const std::vector<std::filesystem::path>& { return state_->folders; }

namespace {
auto to_result(api::loaded_file loaded) -> load_result {
    load_result result;
    result.diagnostics = std::move(loaded.diagnostics);
    result.result = loaded.result;
    if (loaded.document) {
        auto title = model::plain_text(loaded.document->meta.title);
        result.document.emplace(document::make(
            std::make_shared<const document::data>(document::data{std::move(*loaded.document), std::move(title)})));
    }
    return result;
}

auto content_file_for(const std::filesystem::path& file) -> api::content_file {
    return {file.parent_path().filename().string(), file};
}
}  // namespace

auto document::name() const -> const std::string& { return data_->doc.name; }
auto document::language() const -> const std::string& { return data_->doc.meta.language; }
auto document::title() const -> const std::string& { return data_->title; }
auto document::file() const -> const std::string& { return data_->doc.source_path; }
auto document::make(std::shared_ptr<const data> d) -> document { return document(std::move(d)); }

auto engine::load(const std::filesystem::path& file) const -> load_result {
    return to_result(api::load_content_file(content_file_for(file)));
}

auto engine::load(std::string_view xml, const std::filesystem::path& file) const -> load_result {
    return to_result(api::load_content_bytes(xml, content_file_for(file)));
}

auto engine::make(const document& doc, std::string_view edition) const -> edition_result {
    edition_result result;
    if (auto problem = api::edition_problem(edition); !problem.empty()) {
        result.diagnostics.push_back(api::run_error(std::move(problem)));
        result.result = status::usage;
        return result;
    }
    const auto* chosen = api::find_edition(edition);
    api::print_setups print;
    if (const auto style = chosen->style_name(); !style.empty()) {
        const auto& loaded = state_->style(style);
        result.diagnostics = loaded.diagnostics;
        if (loaded.setup) {
            print.emplace(style, &*loaded.setup);
        } else if (chosen->print) {
            if (const auto note = state_->data_note()) result.diagnostics.insert(result.diagnostics.begin(), *note);
            result.result = loaded.failure;
            return result;
        }
    }
    const model::braille_style* braille = nullptr;
    if (chosen->braille) {
        const auto& loaded = state_->braille_style();
        api::append(result.diagnostics, loaded.diagnostics);
        if (!loaded.style) {
            if (const auto note = state_->data_note()) result.diagnostics.insert(result.diagnostics.begin(), *note);
            result.result = loaded.failure;
            return result;
        }
        braille = &*loaded.style;
    }
    try {
        const auto& catalog = state_->catalogs.for_document(doc.data_->doc, result.diagnostics);
        api::document_export work(doc.data_->doc, catalog, {chosen}, print, {}, state_->source_date_epoch, braille);
        for (std::size_t group = 0; group < work.groups(); ++group) work.make_group(group);
        auto made = work.take(0);
        api::append(result.diagnostics, std::move(made.diagnostics));
        result.bytes = std::move(made.bytes);
        result.result = worse(result.result, made.result);
    } catch (const i18n::catalog_error& error) {
        result.diagnostics.push_back(api::run_error(error.what()));
        result.result = status::installation;
    }
    return result;
}

}  // namespace folio
