#include "compose/locale_words.hpp"

#include "i18n/date_format.hpp"
#include "i18n/list_format.hpp"

#include <algorithm>
#include <cctype>

namespace folio::compose {

auto long_date(const model::date& date, std::string_view language, const i18n::message_catalog& messages) -> std::string {
    // Strings, not numbers: MessageFormat would group a year's digits ("2 026") and select needs text.
    return messages.format("date_long", {{"date", i18n::format_long_date(date, language)},
                                         {"day", std::to_string(date.day)},
                                         {"month", std::to_string(date.month)},
                                         {"year", std::to_string(date.year)}});
}

auto language_name(std::string_view tag, std::string_view reader_language, const i18n::message_catalog& messages,
                   i18n::name_position position) -> std::string {
    std::string code(tag.substr(0, tag.find('-')));
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return messages.format("language_name",
                           {{"name", i18n::language_display_name(tag, reader_language, position)}, {"code", code}});
}

auto and_list(const std::vector<std::string>& items, std::string_view language, const i18n::message_catalog& messages)
    -> std::string {
    const std::string separator = messages.format("list_separator");
    std::string head;
    for (std::size_t i = 0; i + 1 < items.size(); ++i) head += (i == 0 ? "" : separator) + items[i];
    return messages.format("list_and", {{"list", i18n::format_list(items, language)},
                                        {"head", head},
                                        {"last", items.empty() ? std::string() : items.back()},
                                        {"single", std::string(items.size() == 1 ? "yes" : "no")}});
}

}  // namespace folio::compose
