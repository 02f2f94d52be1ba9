#include "i18n/message_catalog.hpp"

#include "i18n/icu_locale.hpp"

#include "base/c_handle.hpp"

#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/ures.h>

#include <map>
#include <mutex>
#include <vector>

namespace folio::i18n {

namespace {
using bundle_ptr = c_handle<UResourceBundle, ures_close>;

auto to_unicode(std::string_view s) -> icu::UnicodeString {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size())));
}

auto to_utf8(const icu::UnicodeString& s) -> std::string {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// ICU falls back to the process's default locale before root when no bundle matches; Folio's
// output must not depend on the machine's locale, so such a result is replaced by root.
auto is_fallback_of(std::string_view actual, std::string_view requested) -> bool {
    if (actual == "root" || actual.empty()) return true;
    return requested.substr(0, actual.size()) == actual &&
           (requested.size() == actual.size() || requested[actual.size()] == '_');
}
}  // namespace

struct message_catalog::members {
    std::string directory;
    icu::Locale locale;
    bundle_ptr bundle;
    /// Patterns compiled on first use. A catalog is shared by the threads of a batch export, so
    /// compiling and formatting (ICU formats are not safe to use from two threads) are guarded.
    mutable std::map<std::string, std::unique_ptr<icu::MessageFormat>, std::less<>> compiled;
    mutable std::mutex mutex;

    auto pattern(std::string_view key) const -> const icu::MessageFormat& {
        if (auto it = compiled.find(key); it != compiled.end()) return *it->second;
        UErrorCode status = U_ZERO_ERROR;
        std::int32_t length = 0;
        const std::string key_string(key);
        const UChar* text = ures_getStringByKey(bundle.get(), key_string.c_str(), &length, &status);
        if (U_FAILURE(status)) {
            throw catalog_error("message catalog '" + directory + "' has no message '" +
                                key_string + "' for locale '" + locale.getName() + "'");
        }
        UParseError where{};
        auto format = std::make_unique<icu::MessageFormat>(icu::UnicodeString(text, length),
                                                           locale, where, status);
        if (U_FAILURE(status)) {
            throw catalog_error("message '" + key_string + "' in catalog '" + directory +
                                "' is not a valid ICU MessageFormat pattern (offset " +
                                std::to_string(where.offset) + ": " + u_errorName(status) + ")");
        }
        return *compiled.emplace(key_string, std::move(format)).first->second;
    }
};

message_catalog::message_catalog(const std::filesystem::path& directory, std::string_view locale)
    : m_(std::make_unique<members>()) {
    m_->directory = directory.string();
    UErrorCode status = U_ZERO_ERROR;
    m_->locale = detail::to_icu_locale(locale, status);
    if (U_FAILURE(status)) throw catalog_error("'" + std::string(locale) + "' is not a valid locale");
    // A package path ending in a separator makes ICU read <directory>/<locale>.res.
    const std::string package = (directory / "").string();
    m_->bundle.reset(ures_open(package.c_str(), m_->locale.getName(), &status));
    if (U_FAILURE(status)) {
        throw catalog_error("failed to open the message catalogs in '" + m_->directory + "' (" +
                            u_errorName(status) + "); is Folio built?");
    }
    if (!is_fallback_of(actual_locale(), m_->locale.getName())) {
        status = U_ZERO_ERROR;
        m_->bundle.reset(ures_open(package.c_str(), "root", &status));
        if (U_FAILURE(status)) throw catalog_error("failed to open the root message catalog in '" + m_->directory + "'");
    }
}

message_catalog::~message_catalog() = default;
message_catalog::message_catalog(message_catalog&&) noexcept = default;
auto message_catalog::operator=(message_catalog&&) noexcept -> message_catalog& = default;

auto message_catalog::actual_locale() const -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    const char* name = ures_getLocaleByType(m_->bundle.get(), ULOC_ACTUAL_LOCALE, &status);
    return U_SUCCESS(status) && name != nullptr ? name : "";
}

auto message_catalog::format(std::string_view key,
                             std::initializer_list<message_argument> arguments) const -> std::string {
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    names.reserve(arguments.size());
    values.reserve(arguments.size());
    for (const auto& argument : arguments) {
        names.push_back(to_unicode(argument.name));
        if (const auto* number = std::get_if<std::int64_t>(&argument.value)) {
            values.emplace_back(static_cast<int64_t>(*number));
        } else {
            values.emplace_back(to_unicode(std::get<std::string>(argument.value)));
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString result;
    const std::lock_guard lock(m_->mutex);
    const icu::MessageFormat& format = m_->pattern(key);
    format.format(names.data(), values.data(), static_cast<std::int32_t>(values.size()), result, status);
    if (U_FAILURE(status)) {
        throw catalog_error("failed to format message '" + std::string(key) + "' (" +
                            u_errorName(status) + ")");
    }
    return to_utf8(result);
}

auto catalog_keys(const std::filesystem::path& directory, const std::string& locale) -> std::vector<std::string> {
    UErrorCode status = U_ZERO_ERROR;
    const std::string package = (directory / "").string();
    // openDirect: this bundle alone, no parent or root behind it.
    bundle_ptr root(ures_openDirect(package.c_str(), locale.c_str(), &status));
    if (U_FAILURE(status))
        throw catalog_error("failed to open the '" + locale + "' message catalog in '" + directory.string() + "'");
    std::vector<std::string> keys;
    ures_resetIterator(root.get());
    while (ures_hasNext(root.get())) {
        bundle_ptr item(ures_getNextResource(root.get(), nullptr, &status));
        if (U_FAILURE(status)) break;
        keys.emplace_back(ures_getKey(item.get()));
    }
    return keys;
}

auto default_catalog_directory(const std::filesystem::path& file) -> std::filesystem::path {
    return file.parent_path() / "messages";
}

}  // namespace folio::i18n
