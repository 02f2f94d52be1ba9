// ISBNs as authors write them, checked by their check digit (issue 18).
#include "load/isbn.hpp"

#include <gtest/gtest.h>

namespace folio::load {
namespace {

TEST(isbn, thirteen_digits_with_or_without_hyphens_and_spaces) {
    EXPECT_EQ(check_isbn("978-0-306-40615-7").isbn13, "9780306406157");
    EXPECT_EQ(check_isbn("978 0 306 40615 7").isbn13, "9780306406157");
    EXPECT_EQ(check_isbn("9791032300824").isbn13, "9791032300824");  // 979 prefix
    EXPECT_TRUE(check_isbn("9780306406157").problem.empty());
}

TEST(isbn, ten_digits_become_thirteen_and_may_end_in_x) {
    EXPECT_EQ(check_isbn("0-306-40615-2").isbn13, "9780306406157");
    EXPECT_EQ(check_isbn("0-8044-2957-X").isbn13, "9780804429573");
    EXPECT_EQ(check_isbn("080442957x").isbn13, "9780804429573");
}

TEST(isbn, a_wrong_check_digit_names_the_right_one) {
    const auto wrong = check_isbn("978-0-306-40615-8");
    EXPECT_TRUE(wrong.isbn13.empty());
    EXPECT_NE(wrong.problem.find("wrong check digit"), std::string::npos) << wrong.problem;
    EXPECT_NE(wrong.hint.find("'7'"), std::string::npos) << wrong.hint;
    const auto ten = check_isbn("0-306-40615-3");
    EXPECT_TRUE(ten.isbn13.empty());
    EXPECT_NE(ten.hint.find("'2'"), std::string::npos) << ten.hint;
}

TEST(isbn, other_mistakes_are_refused_with_what_to_write) {
    for (const auto* bad : {"978-0-306-4061", "97803064061570", "ISBN 978-0-306-40615-7", "978-0-306-40615-7.", "X780306406157",
                            "123-0-306-40615-7", "97803064X6157"}) {
        const auto checked = check_isbn(bad);
        EXPECT_TRUE(checked.isbn13.empty()) << bad;
        EXPECT_FALSE(checked.problem.empty()) << bad;
        EXPECT_FALSE(checked.hint.empty()) << bad;
    }
    EXPECT_NE(check_isbn("123-0-306-40615-7").problem.find("978 or 979"), std::string::npos);
}

}  // namespace
}  // namespace folio::load
