#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace folio::i18n {

/// A sheet of paper in millimetres.
struct paper_size {
    int width_mm = 210;
    int height_mm = 297;
    friend auto operator==(const paper_size&, const paper_size&) -> bool = default;
};

/// The paper a reader of `locale` prints on (CLDR: US Letter in the US, Canada, Mexico...,
/// A4 elsewhere). A tag without a region uses its likely region ("en" -> US, "es" -> ES).
auto default_paper_size(std::string_view locale) -> paper_size;

/// A whole number written with the locale's digits ("3" in en, "٣" in ar), no grouping.
auto format_integer(long long number, std::string_view locale) -> std::string;

/// The letters a language is written with (CLDR's main exemplar characters, lower and upper
/// case, precomposed as NFC): what a font must have to set the language in one face.
auto exemplar_characters(std::string_view locale) -> std::u32string;

/// The CLDR plural category of a whole number in the locale: "zero", "one", "two", "few",
/// "many" or "other".
auto plural_category(long long number, std::string_view locale) -> std::string;

/// Sorts strings in the locale's alphabetical order (ICU collation): Spanish puts "ñ" after "n",
/// Swedish puts "ä" after "z", Chinese sorts by pinyin.
void sort_by_collation(std::vector<std::string>& items, std::string_view locale);

/// Compares two strings in the locale's alphabetical order (<0, 0, >0).
class collator {
public:
    explicit collator(std::string_view locale);
    ~collator();
    collator(const collator&) = delete;
    auto operator=(const collator&) -> collator& = delete;
    [[nodiscard]] auto compare(std::string_view a, std::string_view b) const -> int;

private:
    struct members;
    std::unique_ptr<members> m_;
};

}  // namespace folio::i18n
