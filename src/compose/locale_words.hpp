#pragma once

// The words ICU makes for a document's language (a long date, a language's name, a list joined by
// "and"), each passed through a pattern of the language's catalog: catalogs keep ICU's words, and
// give their own where ICU has no data of the language (Haitian Creole, which ICU 72 writes in
// French). Every generated date, language name and list goes through here.

#include "i18n/language_tag.hpp"
#include "i18n/message_catalog.hpp"
#include "model/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace folio::compose {

auto long_date(const model::date& date, std::string_view language, const i18n::message_catalog& messages) -> std::string;

/// The name of the language of `tag` in `reader_language`, whose catalog is `messages`.
auto language_name(std::string_view tag, std::string_view reader_language, const i18n::message_catalog& messages,
                   i18n::name_position position = i18n::name_position::standalone) -> std::string;

/// "a, b, and c" in English, "a, b ak c" in Haitian Creole. `items` is not empty.
auto and_list(const std::vector<std::string>& items, std::string_view language, const i18n::message_catalog& messages)
    -> std::string;

}  // namespace folio::compose
