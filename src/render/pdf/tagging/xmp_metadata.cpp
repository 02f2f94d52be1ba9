#include "render/pdf/tagging/xmp_metadata.hpp"

#include "base/utc_time.hpp"
#include "render/pdf/pdf_text.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace folio::render::pdf::tagging {

auto xml_escape(std::string_view text) -> std::string {
    std::string out;
    for_each_code_point(text, [&](char32_t cp) {
        switch (cp) {
            case U'&': out += "&amp;"; return;
            case U'<': out += "&lt;"; return;
            case U'>': out += "&gt;"; return;
            case U'"': out += "&quot;"; return;
            default: break;
        }
        const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                             (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (allowed) append_utf8(out, cp);
    });
    return out;
}

auto xmp_date(std::int64_t epoch) -> std::string {
    return iso8601_utc(std::clamp<std::int64_t>(epoch, 0, last_four_digit_second));  // as the Info dates
}

auto xmp_packet(const xmp_fields& f) -> std::string {
    const auto date = xmp_date(f.date);
    std::string x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\"\n";
    x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
    x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
    x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
    x += "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(f.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!f.language.empty())
        x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escape(f.language) + "</rdf:li></rdf:Bag></dc:language>\n";
    if (!f.author.empty())
        x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escape(f.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!f.publisher.empty())
        x += "   <dc:publisher><rdf:Bag><rdf:li>" + xml_escape(f.publisher) + "</rdf:li></rdf:Bag></dc:publisher>\n";
    if (!f.subject.empty())
        x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(f.subject) +
             "</rdf:li></rdf:Alt></dc:description>\n";
    if (!f.identifier.empty()) x += "   <dc:identifier>" + xml_escape(f.identifier) + "</dc:identifier>\n";
    if (!f.keywords.empty()) x += "   <pdf:Keywords>" + xml_escape(f.keywords) + "</pdf:Keywords>\n";
    x += "   <pdf:Producer>" + xml_escape(f.producer) + "</pdf:Producer>\n";
    x += "   <xmp:CreatorTool>" + xml_escape(f.creator_tool) + "</xmp:CreatorTool>\n";
    x += "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    x += "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    x += "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
    x += "   <pdfuaid:part>1</pdfuaid:part>\n";
    x += "  </rdf:Description>\n";
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    x += "<?xpacket end=\"w\"?>";
    return x;
}

}  // namespace folio::render::pdf::tagging
