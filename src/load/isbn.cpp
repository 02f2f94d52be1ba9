#include "load/isbn.hpp"

namespace folio::load {

namespace {
/// The check digit of the first 12 digits of an ISBN-13: weights 1 and 3 alternately, mod 10.
auto check_digit_13(std::string_view twelve) -> char {
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i) sum += (twelve[i] - '0') * (i % 2 == 0 ? 1 : 3);
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

/// The check character of the first 9 digits of an ISBN-10: weights 10 down to 2, mod 11 ("X" for 10).
auto check_digit_10(std::string_view nine) -> char {
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i) sum += (nine[i] - '0') * static_cast<int>(10 - i);
    const int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : static_cast<char>('0' + check);
}
}  // namespace

auto check_isbn(std::string_view written) -> isbn_check {
    std::string digits;
    for (const char c : written) {
        if (c == '-' || c == ' ') continue;
        if ((c >= '0' && c <= '9') || ((c == 'X' || c == 'x') && digits.size() == 9)) {
            digits += c == 'x' ? 'X' : c;
            continue;
        }
        return {{}, "'" + std::string(written) + "' is not an ISBN: it may hold only digits, hyphens and spaces",
                "write the 13 digits printed on the book, e.g. 978-0-306-40615-7"};
    }
    if (digits.size() == 10) {
        const char expected = check_digit_10(std::string_view(digits).substr(0, 9));
        if (digits[9] != expected)
            return {{}, "the ISBN-10 '" + std::string(written) + "' has a wrong check digit",
                    std::string("its last character would be '") + expected + "': check the other digits against the book"};
        const std::string twelve = "978" + digits.substr(0, 9);
        return {twelve + check_digit_13(twelve), {}, {}};
    }
    if (digits.size() != 13 || digits.find('X') != std::string::npos)
        return {{}, "'" + std::string(written) + "' has " + std::to_string(digits.size()) + " digits; an ISBN has 13 (or 10)",
                "write the 13 digits printed on the book, e.g. 978-0-306-40615-7"};
    if (digits.compare(0, 3, "978") != 0 && digits.compare(0, 3, "979") != 0)
        return {{}, "the ISBN '" + std::string(written) + "' does not start with 978 or 979", "an ISBN-13 starts with 978 or 979"};
    const char expected = check_digit_13(std::string_view(digits).substr(0, 12));
    if (digits[12] != expected)
        return {{}, "the ISBN '" + std::string(written) + "' has a wrong check digit",
                std::string("its last digit would be '") + expected + "': check the other digits against the book"};
    return {digits, {}, {}};
}

}  // namespace folio::load
