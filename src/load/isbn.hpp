#pragma once

// ISBNs as authors write them ("978-0-306-40615-7", "0 306 40615 2"), checked by their check
// digit, so that a mistyped number never reaches a book's copyright page or its e-book metadata.

#include <string>
#include <string_view>

namespace folio::load {

struct isbn_check {
    std::string isbn13;   ///< the 13 digits (an ISBN-10 converted), empty when the number is wrong
    std::string problem;  ///< why it is wrong; empty when it is right
    std::string hint;     ///< what to do
};

/// Checks an ISBN-10 or ISBN-13 written with or without hyphens or spaces: its digits (an ISBN-10
/// may end in X), its prefix (978 or 979) and its check digit (ISO 2108).
auto check_isbn(std::string_view written) -> isbn_check;

}  // namespace folio::load
