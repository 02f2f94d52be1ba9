#include "load/whitespace.hpp"

#include <gtest/gtest.h>

namespace folio::load {
namespace {

auto t(std::string s) -> model::inline_node { return {model::text{std::move(s)}, {}}; }

TEST(whitespace, collapses_runs_and_trims_the_ends) {
    EXPECT_EQ(collapse_whitespace("  a \n\t b  "), "a b");
    EXPECT_EQ(collapse_whitespace(" \n "), "");
}

TEST(whitespace, collapses_across_element_boundaries_like_html) {
    model::inlines run = {t("\n  Ask "), {model::emphasis{{t(" your ")}}, {}}, t("  team \n")};
    collapse_inline_whitespace(run);
    EXPECT_EQ(model::plain_text(run), "Ask your team");
}

TEST(whitespace, keeps_the_space_around_generated_cross_reference_text) {
    model::inlines run = {t("see "), {model::cross_reference{"x", {}}, {}}, t(" now")};
    collapse_inline_whitespace(run);
    ASSERT_EQ(run.size(), 3U);
    EXPECT_EQ(std::get<model::text>(run[0].value).value, "see ");
    EXPECT_EQ(std::get<model::text>(run[2].value).value, " now");
}

TEST(whitespace, trims_before_line_breaks_and_removes_empty_text) {
    model::inlines run = {t("line one  "), {model::line_break{}, {}}, t("  line two "), t("   ")};
    collapse_inline_whitespace(run);
    ASSERT_EQ(run.size(), 3U);
    EXPECT_EQ(std::get<model::text>(run[0].value).value, "line one");
    EXPECT_EQ(std::get<model::text>(run[2].value).value, "line two");
}

}  // namespace
}  // namespace folio::load
