#include "render/html/package_document.hpp"

#include "i18n/language_tag.hpp"
#include "render/html/identifier.hpp"
#include "render/html/xml_output.hpp"

#include <cstdio>

namespace folio::render::html {

namespace {
auto meta(pugi::xml_node metadata, const char* property, const std::string& value) -> pugi::xml_node {
    auto m = metadata.append_child("meta");
    m.append_attribute("property") = property;
    m.text().set(value.c_str());
    return m;
}

auto dc(pugi::xml_node metadata, const char* name, const std::string& value) -> pugi::xml_node {
    auto e = metadata.append_child((std::string("dc:") + name).c_str());
    e.text().set(value.c_str());
    return e;
}

void item(pugi::xml_node manifest, const std::string& id, const std::string& href, const char* media_type,
          const char* properties = nullptr) {
    auto i = manifest.append_child("item");
    i.append_attribute("id") = id.c_str();
    i.append_attribute("href") = href.c_str();
    i.append_attribute("media-type") = media_type;
    if (properties != nullptr) i.append_attribute("properties") = properties;
}
}  // namespace

auto package_document(const package_inputs& in) -> std::string {
    const auto& meta_data = in.doc.meta;
    auto document = new_xml_document();
    auto package = document.append_child("package");
    package.append_attribute("xmlns") = "http://www.idpf.org/2007/opf";
    package.append_attribute("version") = "3.0";
    package.append_attribute("unique-identifier") = "uid";
    package.append_attribute("xml:lang") = meta_data.language.c_str();
    if (i18n::is_right_to_left(meta_data.language)) package.append_attribute("dir") = "rtl";

    auto metadata = package.append_child("metadata");
    metadata.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    dc(metadata, "identifier", in.identifier).append_attribute("id") = "uid";
    dc(metadata, "title", model::plain_text(meta_data.title));
    dc(metadata, "language", meta_data.language);
    if (!meta_data.isbn.empty()) {
        // The ISBN as a second identifier (ONIX code list 5: 15 is ISBN-13).
        dc(metadata, "identifier", "urn:isbn:" + meta_data.isbn).append_attribute("id") = "isbn";
        auto type = meta(metadata, "identifier-type", "15");
        type.append_attribute("refines") = "#isbn";
        type.append_attribute("scheme") = "onix:codelist5";
    }
    // Authors and contributors with their MARC relator roles, in the order written.
    const auto person = [&](const char* element, const std::string& name, const char* role, std::size_t number) {
        const std::string id = std::string(element) + "-" + std::to_string(number);
        dc(metadata, element, name).append_attribute("id") = id.c_str();
        auto m = meta(metadata, "role", role);
        m.append_attribute("refines") = ("#" + id).c_str();
        m.append_attribute("scheme") = "marc:relators";
    };
    for (std::size_t k = 0; k < meta_data.authors.size(); ++k) person("creator", meta_data.authors[k], "aut", k + 1);
    for (std::size_t k = 0; k < meta_data.contributors.size(); ++k) {
        const auto role = meta_data.contributors[k].role;
        person("contributor", meta_data.contributors[k].name,
               role == model::contributor_role::editor ? "edt" : role == model::contributor_role::translator ? "trl" : "ill", k + 1);
    }
    if (!meta_data.publisher.empty()) dc(metadata, "publisher", meta_data.publisher);
    // The publication date; a handout that carries only its review date is dated by that.
    if (const auto& when = meta_data.published ? meta_data.published : meta_data.last_reviewed) {
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", when->year, when->month, when->day);
        dc(metadata, "date", date);
    }
    if (!meta_data.subtitle.empty()) dc(metadata, "description", model::plain_text(meta_data.subtitle));
    if (!meta_data.rights.empty()) dc(metadata, "rights", meta_data.rights);
    for (const auto& keyword : meta_data.keywords) dc(metadata, "subject", keyword);
    meta(metadata, "dcterms:modified", iso_timestamp(in.modified));

    const auto& a = in.accessibility;
    for (const auto& mode : a.access_modes) meta(metadata, "schema:accessMode", mode);
    for (const auto& mode : a.access_modes_sufficient) meta(metadata, "schema:accessModeSufficient", mode);
    for (const auto& feature : a.features) meta(metadata, "schema:accessibilityFeature", feature);
    for (const auto& hazard : a.hazards) meta(metadata, "schema:accessibilityHazard", hazard);
    meta(metadata, "schema:accessibilitySummary", a.summary);
    auto conforms = meta(metadata, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
    conforms.append_attribute("id") = "conformance";
    const std::string certifier = meta_data.publisher.empty() ? "Folio" : meta_data.publisher;
    meta(metadata, "a11y:certifiedBy", certifier).append_attribute("refines") = "#conformance";
    if (!in.page_source.empty()) {
        // The page source. EPUB 3.4 names it with an unprefixed pageBreakSource meta, which
        // epubcheck before 5.1 (Debian's 4.2.6) refuses as an undefined property (OPF-027); the
        // EPUB 3.2/3.3 form, dc:source refined by source-of "pagination", says the same, and both
        // epubcheck and Ace accept it.
        dc(metadata, "source", in.page_source).append_attribute("id") = "print-source";
        auto source_of = meta(metadata, "source-of", "pagination");
        source_of.append_attribute("refines") = "#print-source";
    }

    auto manifest = package.append_child("manifest");
    item(manifest, "nav", "nav.xhtml", "application/xhtml+xml", "nav");
    item(manifest, "css", "style.css", "text/css");
    for (const auto& file : in.plan.files) item(manifest, file.manifest_id, file.href, "application/xhtml+xml");
    for (const auto& image : in.plan.images)
        item(manifest, image.manifest_id, image.href, image.media_type.c_str(), image.cover ? "cover-image" : nullptr);

    auto spine = package.append_child("spine");
    if (i18n::is_right_to_left(meta_data.language)) spine.append_attribute("page-progression-direction") = "rtl";
    for (const auto& file : in.plan.files) spine.append_child("itemref").append_attribute("idref") = file.manifest_id.c_str();
    // The landmarks link to the table of contents, and a link must lead to a spine item: the nav
    // is one, out of the reading order.
    auto nav = spine.append_child("itemref");
    nav.append_attribute("idref") = "nav";
    nav.append_attribute("linear") = "no";
    return serialize(document);
}

auto container_document() -> std::string {
    auto document = new_xml_document();
    auto container = document.append_child("container");
    container.append_attribute("version") = "1.0";
    container.append_attribute("xmlns") = "urn:oasis:names:tc:opendocument:xmlns:container";
    auto rootfile = container.append_child("rootfiles").append_child("rootfile");
    rootfile.append_attribute("full-path") = package_path;
    rootfile.append_attribute("media-type") = "application/oebps-package+xml";
    return serialize(document);
}

}  // namespace folio::render::html
