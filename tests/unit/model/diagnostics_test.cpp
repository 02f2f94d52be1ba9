#include "model/diagnostics.hpp"

#include <gtest/gtest.h>

namespace folio::model {
namespace {

TEST(diagnostics, formats_file_line_column_message_and_code) {
    const diagnostic d{severity::error, "missing-alt", "content/x/en.xml", {12, 7}, "figure 'cells' has no alt text", ""};
    EXPECT_EQ(format_diagnostic(d), "content/x/en.xml:12:7: error: figure 'cells' has no alt text [missing-alt]");
}

TEST(diagnostics, puts_the_hint_on_its_own_line) {
    const diagnostic d{severity::warning, "ragged-table", "a.xml", {3, 1}, "row is short", "add a cell"};
    EXPECT_EQ(format_diagnostic(d), "a.xml:3:1: warning: row is short [ragged-table]\n  hint: add a cell");
}

TEST(diagnostics, omits_the_position_when_there_is_none) {
    const diagnostic d{severity::error, "unreadable-file", "nope.xml", {}, "failed to open the file", ""};
    EXPECT_EQ(format_diagnostic(d), "nope.xml: error: failed to open the file [unreadable-file]");
}

TEST(diagnostics, counts_errors_but_not_warnings) {
    diagnostics sink;
    sink.warning("w", "f", {1, 1}, "w");
    EXPECT_FALSE(sink.has_errors());
    sink.error("e", "f", {1, 1}, "e");
    EXPECT_TRUE(sink.has_errors());
    EXPECT_EQ(sink.error_count(), 1U);
    EXPECT_EQ(sink.all().size(), 2U);
}

TEST(diagnostics, sorts_by_file_line_and_column_keeping_equal_positions_in_order) {
    diagnostics sink;
    sink.error("c", "b.xml", {1, 1}, "third");
    sink.error("b", "a.xml", {9, 2}, "second");
    sink.error("a", "a.xml", {2, 5}, "first");
    sink.error("d", "b.xml", {1, 1}, "fourth");
    const auto sorted = sink.sorted();
    ASSERT_EQ(sorted.size(), 4U);
    EXPECT_EQ(sorted[0].message, "first");
    EXPECT_EQ(sorted[1].message, "second");
    EXPECT_EQ(sorted[2].message, "third");
    EXPECT_EQ(sorted[3].message, "fourth");
}

TEST(diagnostics, control_characters_in_a_path_or_message_are_shown_not_obeyed) {
    // A folder named "a\nb.xml:1:1: error: forged" must not print a second diagnostic line.
    diagnostic d{severity::error, "missing-file", "content/a\nb.xml:1:1: error: forged\x1B[31m", {2, 3}, "no such \x07" "file", "hint\tthere"};
    EXPECT_EQ(format_diagnostic(d),
              "content/a\\nb.xml:1:1: error: forged\\x1B[31m:2:3: error: no such \\x07file [missing-file]\n  hint: hint\\tthere");
}

}  // namespace
}  // namespace folio::model
