#pragma once

#include "model/source_position.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace folio::model {

/// A note says something that is not a problem (where Folio looked for its data).
enum class severity { error, warning, note };

/// One problem found in an input, in the form "file:line:col: error: message [code]".
/// `code` is a stable, documented kebab-case identifier (docs/diagnostics.md); `hint` says what
/// to do about it and may be empty.
struct diagnostic {
    severity level = severity::error;
    std::string code;
    std::string file;
    source_position position;
    std::string message;
    std::string hint;
    /// When the problem is one character (one no font can draw): it, found at or after
    /// `position`. The position may be where its text starts (inline nodes keep only their
    /// start); load::point_at_characters moves it onto the character itself.
    char32_t character = 0;
    /// When the problem is a phrase (a sentence, a word): its first word, found the same way.
    std::string words = {};
};

/// Formats a diagnostic as the one or two lines Folio prints (no trailing newline).
auto format_diagnostic(const diagnostic& d) -> std::string;

/// Collects every diagnostic of a run, so that one run reports all the problems of a file
/// instead of stopping at the first.
class diagnostics {
public:
    void add(diagnostic d);
    void error(std::string_view code, std::string_view file, source_position at,
               std::string message, std::string hint = {});
    void warning(std::string_view code, std::string_view file, source_position at,
                 std::string message, std::string hint = {});

    [[nodiscard]] auto has_errors() const -> bool { return error_count_ > 0; }
    [[nodiscard]] auto error_count() const -> std::size_t { return error_count_; }
    [[nodiscard]] auto all() const -> const std::vector<diagnostic>& { return items_; }

    /// Diagnostics in file, line, column order (stable for equal positions), as printed.
    [[nodiscard]] auto sorted() const -> std::vector<diagnostic>;

private:
    std::vector<diagnostic> items_;
    std::size_t error_count_ = 0;
};

}  // namespace folio::model
