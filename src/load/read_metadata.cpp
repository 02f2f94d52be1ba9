#include "load/xml_reader.hpp"

#include "i18n/date_format.hpp"
#include "i18n/language_tag.hpp"
#include "i18n/unicode_text.hpp"
#include "load/image_checks.hpp"
#include "load/isbn.hpp"
#include "load/suggestions.hpp"
#include "load/whitespace.hpp"
#include "load/xml_limits.hpp"

#include <algorithm>
#include <charconv>

namespace folio::load {

namespace {
struct field_rule {
    std::string_view name;
    bool required;
    bool repeatable;
};

// The children of <meta>, in the order the format prescribes.
constexpr field_rule meta_fields[] = {
    {"title", true, false},      {"subtitle", false, false},     {"language", true, false},
    {"identifier", true, false}, {"isbn", false, false},         {"edition", false, false},
    {"rights", false, false},    {"publisher", false, false},
    {"author", false, true},     {"contributor", false, true},   {"cover", false, false},
    {"expert", false, false},    {"published", false, false},     {"last-reviewed", false, false},
    {"keywords", false, false},  {"translation", true, false},   {"sample", false, false},
    {"source", false, false},
};

/// What to write for a required metadata field that is missing, with an example.
auto missing_field_hint(const std::string& name) -> std::string {
    if (name == "identifier")
        return "add <identifier>urn:uuid:…</identifier> to 'meta': a name for this document that stays the same in "
               "every language and version (the e-book's identifier is made from it)";
    if (name == "translation")
        return "add <translation status=\"original\"/> to 'meta' for a text written in this language, or "
               "status=\"draft\" or \"reviewed\" with source-lang=\"…\" for a translation";
    return "add <" + name + ">…</" + name + "> to 'meta'";
}

/// Text-only content of a metadata field, NFC and whitespace-collapsed.
/// A metadata field longer than max_field_characters, reported at its element.
void limit_length(xml_reader& reader, const pugi::xml_node& element, std::string_view text) {
    if (const auto message = field_too_long(text, "'" + std::string(element.name()) + "'"))
        reader.error(reader.position(element), "text-too-long", *message,
                     "keep titles, names and keywords short; long text belongs in the body");
}

auto read_plain(xml_reader& reader, const pugi::xml_node& element, std::initializer_list<std::string_view> attributes = {})
    -> std::string {
    reader.check_attributes(element, attributes);
    std::string value;
    for (const auto& child : element.children()) {
        if (child.type() == pugi::node_element) reader.reject_element(child, element, {});
        else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) value += child.value();
    }
    value = collapse_whitespace(i18n::normalize_nfc(value));
    if (value.empty())
        reader.error(reader.position(element), "missing-element", "'" + element_name(element) + "' is empty",
                     "write its text between the tags, or remove the element if it is optional");
    limit_length(reader, element, value);
    return value;
}

auto read_date(xml_reader& reader, const pugi::xml_node& element) -> model::date {
    const std::string text = read_plain(reader, element);
    model::date d;
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    auto number = [&](std::size_t from, std::size_t length, int& out) {
        const char* begin = text.data() + from;
        const auto [end, ec] = std::from_chars(begin, begin + length, out);
        return ec == std::errc{} && end == begin + length;
    };
    if (!shaped || !number(0, 4, d.year) || !number(5, 2, d.month) || !number(8, 2, d.day) ||
        !i18n::is_valid_date(d)) {
        if (!text.empty())
            reader.error(reader.text_position(element), "invalid-date",
                         "'" + text + "' is not a valid date", "write dates as YYYY-MM-DD, e.g. 2026-11-26");
        return {};
    }
    return d;
}

auto read_language(xml_reader& reader, const pugi::xml_node& element) -> std::string {
    const std::string text = read_plain(reader, element);
    if (text.empty()) return {};
    return reader.checked_language(text, reader.text_position(element));
}

auto read_expert(xml_reader& reader, const pugi::xml_node& element) -> model::expert {
    reader.check_attributes(element, {"reviewed"});
    model::expert expert;
    if (const auto reviewed = element.attribute("reviewed")) {
        if (reader.check_choice(reviewed, {"yes", "no"}))
            expert.reviewed_this_text = std::string_view(reviewed.value()) == "yes";
    } else {
        reader.error(reader.position(element), "missing-attribute", "'expert' needs a 'reviewed' attribute",
                     "say reviewed=\"yes\" only if this expert reviewed this very text; otherwise reviewed=\"no\"");
    }
    bool has_name = false;
    for (const auto& child : reader.child_elements(element)) {
        const std::string_view name = child.name();
        if (name == "name" && !has_name && expert.credentials.empty() && expert.affiliations.empty()) {
            expert.name = read_plain(reader, child);
            has_name = true;
        } else if (name == "credentials" && has_name && expert.credentials.empty() && expert.affiliations.empty() &&
                   expert.disclosures.empty()) {
            expert.credentials = read_plain(reader, child);
        } else if (name == "affiliation" && has_name && expert.disclosures.empty()) {
            expert.affiliations.push_back(read_plain(reader, child));
        } else if (name == "disclosure" && has_name) {
            expert.disclosures.push_back(read_plain(reader, child));
        } else if (name == "name" || name == "credentials" || name == "affiliation" || name == "disclosure") {
            // Allowed here, but not at this place: say the order rather than "not allowed".
            reader.error(reader.position(child), "misplaced-element",
                         has_name || name == "name" ? "'" + std::string(name) + "' is out of order in 'expert'"
                                                    : "'" + std::string(name) + "' must come after the expert's 'name'",
                         "write them in this order: name, credentials, then each affiliation, then each disclosure");
        } else {
            reader.reject_element(child, element, {"name", "credentials", "affiliation", "disclosure"});
        }
    }
    if (!has_name)
        reader.error(reader.position(element), "missing-element", "'expert' needs a 'name'",
                     "write <name>their name</name> first, then <credentials>, <affiliation> and <disclosure>");
    return expert;
}

auto read_contributor(xml_reader& reader, const pugi::xml_node& element) -> model::contributor {
    model::contributor out;
    const auto role = element.attribute("role");
    if (!role) {
        reader.error(reader.position(element), "missing-attribute", "'contributor' needs a 'role' attribute",
                     "say what they did: role=\"editor\", \"translator\" or \"illustrator\" (authors are <author>)");
    } else if (reader.check_choice(role, {"editor", "translator", "illustrator"})) {
        const std::string_view value = role.value();
        out.role = value == "editor" ? model::contributor_role::editor
                 : value == "translator" ? model::contributor_role::translator
                                         : model::contributor_role::illustrator;
    }
    out.name = read_plain(reader, element, {"role"});
    return out;
}

void read_translation(xml_reader& reader, const pugi::xml_node& element, model::metadata& out) {
    reader.check_attributes(element, {"status", "source-lang"});
    const auto status = element.attribute("status");
    if (!status) {
        reader.error(reader.position(element), "missing-attribute", "'translation' needs a 'status' attribute",
                     "use status=\"original\" for a text written in this language, or \"draft\" or \"reviewed\"");
        return;
    }
    if (!reader.check_choice(status, {"original", "draft", "reviewed"})) return;
    const std::string_view value = status.value();
    out.translation = value == "original" ? model::translation_status::original
                    : value == "draft" ? model::translation_status::draft
                                       : model::translation_status::reviewed;
    const auto source = element.attribute("source-lang");
    if (out.translation == model::translation_status::original) {
        if (source)
            reader.error(reader.position(source), "invalid-value", "an original text has no 'source-lang'",
                         "remove source-lang, or set the status to \"draft\" or \"reviewed\"");
        return;
    }
    if (!source) {
        reader.error(reader.position(element), "missing-attribute",
                     "a translation needs a 'source-lang' attribute naming the language it was translated from");
        return;
    }
    const auto language = reader.checked_language(source.value(), reader.position(source));
    if (language.empty()) return;
    out.source_language = language;
}

void read_field(xml_reader& reader, const pugi::xml_node& element, model::metadata& out) {
    const std::string_view name = element.name();
    if (name == "title" || name == "subtitle") {
        reader.check_attributes(element, {});
        // A title is also the PDF's and the EPUB's title: text with emphasis, abbreviations and
        // foreign phrases, but no links, references or line breaks.
        for (const auto& inner : element.select_nodes(".//a | .//xref | .//br"))
            reader.reject_element(inner.node(), inner.node().parent(), {"em", "strong", "abbr", "span"});
        auto run = read_inline_content(reader, element);
        collapse_inline_whitespace(run);
        limit_length(reader, element, model::plain_text(run));
        (name == "title" ? out.title : out.subtitle) = std::move(run);
    } else if (name == "language") {
        out.language = read_language(reader, element);
        reader.document_language = out.language;
    } else if (name == "identifier") {
        out.identifier = read_plain(reader, element);
    } else if (name == "isbn") {
        const auto written = read_plain(reader, element);
        if (written.empty()) return;
        auto checked = check_isbn(written);
        if (checked.isbn13.empty()) reader.error(reader.text_position(element), "invalid-isbn", checked.problem, checked.hint);
        out.isbn = std::move(checked.isbn13);
    } else if (name == "edition") {
        out.edition = read_plain(reader, element);
    } else if (name == "rights") {
        out.rights = read_plain(reader, element);
    } else if (name == "contributor") {
        out.contributors.push_back(read_contributor(reader, element));
    } else if (name == "cover") {
        // An image with its alt text, read and checked as a figure's image is.
        reader.check_attributes(element, {"src", "alt"});
        model::figure cover;
        read_image(reader, element, "cover", cover, true);
        out.cover = std::move(cover);
    } else if (name == "publisher") {
        out.publisher = read_plain(reader, element);
    } else if (name == "author") {
        out.authors.push_back(read_plain(reader, element));
    } else if (name == "expert") {
        out.expert = read_expert(reader, element);
    } else if (name == "published") {
        out.published = read_date(reader, element);
    } else if (name == "last-reviewed") {
        out.last_reviewed = read_date(reader, element);
    } else if (name == "keywords") {
        reader.check_attributes(element, {});
        for (const auto& child : reader.child_elements(element)) {
            if (std::string_view(child.name()) == "keyword") out.keywords.push_back(read_plain(reader, child));
            else reader.reject_element(child, element, {"keyword"});
        }
        if (out.keywords.empty())
            reader.error(reader.position(element), "missing-element", "'keywords' needs at least one 'keyword'",
                         "write each as <keyword>…</keyword>, or remove 'keywords'");
    } else if (name == "translation") {
        read_translation(reader, element, out);
    } else if (name == "sample") {
        // <sample/> gives Folio's notice in the document's language; text inside gives the
        // document's own wording instead ("This leaflet is a training example for nurses.").
        reader.check_attributes(element, {});
        for (const auto& child : element.children())
            if (child.type() == pugi::node_element) reader.reject_element(child, element, {});
        out.sample = true;
        out.sample_notice = collapse_whitespace(i18n::normalize_nfc(element.child_value()));
    } else if (name == "source") {
        reader.check_attributes(element, {"href"});
        for (const auto& child : element.children())
            if (child.type() == pugi::node_element) reader.reject_element(child, element, {});
        out.source_note = collapse_whitespace(i18n::normalize_nfc(element.child_value()));
        limit_length(reader, element, out.source_note);
        if (out.source_note.empty())
            reader.error(reader.position(element), "missing-element", "'source' is empty",
                         "say where the facts come from, or remove 'source'");
        if (const auto href = reader.optional_attribute(element, "href")) {
            out.source_href = *href;
            if (!href->starts_with("https://") && !href->starts_with("http://"))
                reader.error(reader.position(element.attribute("href")), "invalid-value",
                             "source address '" + *href + "' is not an http(s) address",
                             "write the full address, e.g. 'https://www.cancer.gov/'");
        }
    }
}
}  // namespace

void read_metadata(xml_reader& reader, const pugi::xml_node& meta, model::metadata& out) {
    reader.check_attributes(meta, {});
    std::vector<std::string> names;
    for (const auto& rule : meta_fields) names.emplace_back(rule.name);
    std::size_t next = 0;  // index into meta_fields of the earliest field still allowed
    std::vector<int> seen(std::size(meta_fields), 0);
    for (const auto& child : reader.child_elements(meta)) {
        const std::string_view name = child.name();
        std::size_t index = 0;
        while (index < std::size(meta_fields) && meta_fields[index].name != name) ++index;
        if (index == std::size(meta_fields)) {
            reader.reject_element(child, meta, names);
            continue;
        }
        if (seen[index] > 0 && !meta_fields[index].repeatable) {
            reader.error(reader.position(child), "misplaced-element", "'meta' has a second '" + std::string(name) + "'",
                         "keep only one");
            continue;
        }
        if (index < next) {
            reader.error(reader.position(child), "misplaced-element",
                         "'" + std::string(name) + "' must come before '" + std::string(meta_fields[next].name) + "' in 'meta'",
                         "the order is: " + join_names(names));
        }
        ++seen[index];
        next = std::max(next, index);
        read_field(reader, child, out);
    }
    const auto at = reader.position(meta);
    for (std::size_t i = 0; i < std::size(meta_fields); ++i) {
        if (!meta_fields[i].required || seen[i] > 0) continue;
        const std::string name(meta_fields[i].name);
        if (name == "title")
            reader.error(at, "missing-title", "the document has no title", "add <title>...</title> as the first child of 'meta'");
        else if (name == "language")
            reader.error(at, "missing-language", "the document does not say its language",
                         "add <language>en</language> (a BCP 47 tag) after the title");
        else
            reader.error(at, "missing-element", "'meta' needs " + xml_reader::with_article(name), missing_field_hint(name));
    }
    // A handout may carry only its review date; it must carry one of the two (a date field that is
    // there but wrong is set too, so it is reported as wrong, not also as missing).
    if (!out.published && !out.last_reviewed)
        reader.error(at, "missing-element", "'meta' needs a 'published' or a 'last-reviewed' date",
                     "add <published>YYYY-MM-DD</published> (first published) or <last-reviewed>YYYY-MM-DD</last-reviewed> "
                     "(last checked by your team) to 'meta'; the editions print it and date their files by it");
    if (seen[0] > 0 && out.title.empty())
        reader.error(reader.position(meta.child("title")), "missing-title", "the document's title is empty");
}

}  // namespace folio::load
