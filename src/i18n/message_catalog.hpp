#pragma once

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace folio::i18n {

/// A catalog could not be opened, lacks a key, or holds a pattern that does not parse.
class catalog_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A named argument of a message: a number (selects plural forms) or a string.
struct message_argument {
    std::string_view name;
    std::variant<std::int64_t, std::string> value;
};

/// Folio's own words in one language: ICU resource bundles (compiled by genrb from
/// src/i18n/messages/<locale>.txt) holding ICU MessageFormat patterns, looked up with ICU's locale
/// fallback (es-MX -> es -> root).
class message_catalog {
public:
    /// Opens the catalogs in `directory` for `locale` (a BCP 47 tag). Throws catalog_error.
    message_catalog(const std::filesystem::path& directory, std::string_view locale);
    ~message_catalog();
    message_catalog(message_catalog&&) noexcept;
    auto operator=(message_catalog&&) noexcept -> message_catalog&;

    /// Formats the message `key` with `arguments`. Throws catalog_error when the key is missing
    /// or its pattern is malformed.
    [[nodiscard]] auto format(std::string_view key,
                              std::initializer_list<message_argument> arguments = {}) const
        -> std::string;

    /// The locale whose bundle was actually found (e.g. "root" or "en").
    [[nodiscard]] auto actual_locale() const -> std::string;

private:
    struct members;
    std::unique_ptr<members> m_;
};

/// The message keys that the bundle of `locale` (an ICU locale id such as "zh_Hans", or "root")
/// in `directory` holds itself, without fallback. Root's keys are the ones every locale must have.
auto catalog_keys(const std::filesystem::path& directory, const std::string& locale = "root") -> std::vector<std::string>;

/// The folder holding the compiled catalogs beside `file` (libfolio, or a program), as the build
/// tree has them (an installed libfolio: api::catalog_folder).
auto default_catalog_directory(const std::filesystem::path& file) -> std::filesystem::path;

}  // namespace folio::i18n
