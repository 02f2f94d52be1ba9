#include "i18n/locale_data.hpp"

#include "i18n/icu_locale.hpp"

#include "base/c_handle.hpp"

#include <unicode/coll.h>
#include <unicode/numberformatter.h>
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/ulocdata.h>
#include <unicode/uniset.h>
#include <unicode/usetiter.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace folio::i18n {

auto default_paper_size(std::string_view tag) -> paper_size {
    icu::Locale locale = detail::locale_or_root(tag);
    UErrorCode status = U_ZERO_ERROR;
    locale.addLikelySubtags(status);  // the paper depends on the region
    std::int32_t height = 0;
    std::int32_t width = 0;
    status = U_ZERO_ERROR;
    ulocdata_getPaperSize(locale.getName(), &height, &width, &status);
    if (U_FAILURE(status) || width <= 0 || height <= 0) return {};
    return {width, height};
}

auto exemplar_characters(std::string_view tag) -> std::u32string {
    UErrorCode status = U_ZERO_ERROR;
    const c_handle<ULocaleData, ulocdata_close> data{ulocdata_open(detail::locale_or_root(tag).getName(), &status)};
    if (U_FAILURE(status)) return {};
    // With no set to fill in, ICU makes a new one that the caller closes.
    const c_handle<USet, uset_close> set{
        ulocdata_getExemplarSet(data.get(), nullptr, USET_ADD_CASE_MAPPINGS, ULOCDATA_ES_STANDARD, &status)};
    if (U_FAILURE(status) || !set) return {};
    std::u32string out;
    icu::UnicodeSetIterator it(*icu::UnicodeSet::fromUSet(set.get()));
    while (it.next())
        if (!it.isString()) out += static_cast<char32_t>(it.getCodepoint());
    return out;
}

auto format_integer(long long number, std::string_view tag) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = icu::number::NumberFormatter::withLocale(detail::locale_or_root(tag))
                               .grouping(UNUM_GROUPING_OFF)
                               .formatInt(static_cast<int64_t>(number), status);
    std::string out;
    formatted.toString(status).toUTF8String(out);
    if (U_FAILURE(status)) return std::to_string(number);
    return out;
}

auto plural_category(long long number, std::string_view tag) -> std::string {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(detail::locale_or_root(tag), status));
    if (U_FAILURE(status)) throw std::runtime_error("failed to load plural rules");
    std::string out;
    rules->select(static_cast<double>(number)).toUTF8String(out);
    return out;
}

struct collator::members {
    std::unique_ptr<icu::Collator> icu;
};

collator::collator(std::string_view locale) : m_(std::make_unique<members>()) {
    UErrorCode status = U_ZERO_ERROR;
    m_->icu.reset(icu::Collator::createInstance(detail::locale_or_root(locale), status));
    if (U_FAILURE(status)) throw std::runtime_error("failed to create an ICU collator");
}

collator::~collator() = default;

auto collator::compare(std::string_view a, std::string_view b) const -> int {
    UErrorCode status = U_ZERO_ERROR;
    const auto result = m_->icu->compareUTF8(icu::StringPiece(a.data(), static_cast<std::int32_t>(a.size())),
                                             icu::StringPiece(b.data(), static_cast<std::int32_t>(b.size())), status);
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

void sort_by_collation(std::vector<std::string>& items, std::string_view locale) {
    const collator order(locale);
    std::stable_sort(items.begin(), items.end(),
                     [&](const std::string& a, const std::string& b) { return order.compare(a, b) < 0; });
}

}  // namespace folio::i18n
