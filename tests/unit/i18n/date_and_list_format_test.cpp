#include "i18n/date_format.hpp"
#include "i18n/list_format.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

namespace folio::i18n {
namespace {

TEST(date_format, checks_calendar_dates) {
    EXPECT_TRUE(is_valid_date({2024, 2, 29}));
    EXPECT_FALSE(is_valid_date({2026, 2, 29}));
    EXPECT_FALSE(is_valid_date({2026, 2, 30}));
    EXPECT_FALSE(is_valid_date({2026, 13, 1}));
    EXPECT_FALSE(is_valid_date({1900, 2, 29}));
    EXPECT_TRUE(is_valid_date({2000, 2, 29}));
}

TEST(date_format, writes_dates_as_the_locale_does) {
    EXPECT_EQ(format_long_date({2026, 11, 26}, "en"), "November 26, 2026");
    EXPECT_EQ(format_long_date({2026, 11, 26}, "es"), "26 de noviembre de 2026");
    EXPECT_EQ(format_long_date({2026, 11, 26}, "zh-Hans"), "2026年11月26日");
    EXPECT_EQ(format_long_date({2026, 11, 26}, "ar"), "٢٦ نوفمبر ٢٠٢٦");  // Arabic-Indic digits, as CLDR says
    EXPECT_EQ(format_long_date({2026, 11, 26}, "vi"), "26 tháng 11, 2026");
    EXPECT_EQ(format_long_date({2026, 11, 26}, "hi"), "26 नवंबर 2026");
}

TEST(date_format, does_not_depend_on_the_machine_time_zone) {
    // A date is a day, not an instant: far-east and far-west zones must not shift it.
    for (const char* zone : {"Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"}) {
        setenv("TZ", zone, 1);
        EXPECT_EQ(format_long_date({2026, 1, 1}, "en"), "January 1, 2026") << zone;
    }
    unsetenv("TZ");
}

TEST(list_format, joins_as_the_locale_does) {
    EXPECT_EQ(format_list({"a", "b", "c"}, "en"), "a, b, and c");
    EXPECT_EQ(format_list({"a", "b", "c"}, "es"), "a, b y c");
    EXPECT_EQ(format_list({"solo"}, "en"), "solo");
}

}  // namespace
}  // namespace folio::i18n
