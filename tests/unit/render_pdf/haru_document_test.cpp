// The one owner of the libharu document: its object-layer functions write what they say, and a
// failure throws at once, naming the entry.

#include "render/pdf/haru_document.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace folio::render::pdf {
namespace {

/// Saves `doc` with one page; uncompressed, so the objects can be read in the bytes.
auto saved(haru_document& doc) -> std::string {
    doc.check(HPDF_SetCompressionMode(doc.get(), HPDF_COMP_NONE), "setting compression");
    doc.checked(HPDF_AddPage(doc.get()), "adding a page");
    return doc.save();
}

TEST(haru_document, typed_entries_and_items_are_written_as_pdf_objects) {
    haru_document doc;
    const auto catalog = doc.catalog();
    doc.set_name(catalog, "FolioName", "Aside");
    doc.set_integer(catalog, "FolioInteger", -12);
    doc.set_real(catalog, "FolioReal", 1.5);
    doc.set_boolean(catalog, "FolioBoolean", true);
    doc.set_ascii(catalog, "FolioAscii", "en-GB");
    doc.set_text(catalog, "FolioText", "A\U0001F600");
    const auto array = doc.new_array();
    doc.append_integer(array, 7);
    doc.append_name(array, "XYZ");
    doc.append_null(array);
    doc.append_real(array, 0.25);
    doc.append_bytes(array, std::string("\x01\xAB", 2));
    const auto inner = doc.new_dict();
    doc.set_name(inner, "Type", "MCR");
    doc.append(array, inner);
    EXPECT_EQ(doc.size(array), 6u);
    doc.set(catalog, "FolioArray", array);
    const auto cleared = doc.new_array();
    doc.append_integer(cleared, 1);
    doc.clear(cleared);
    EXPECT_EQ(doc.size(cleared), 0u);
    doc.set(catalog, "FolioEmpty", cleared);
    doc.set_text(doc.info(), "Title", "T");
    const auto referenced = doc.new_indirect_dict();
    doc.set_name(referenced, "Type", "FolioReferenced");
    doc.set(doc.trailer(), "FolioReference", referenced);

    const auto pdf = saved(doc);
    EXPECT_TRUE(pdf.starts_with("%PDF-1.7\n")) << pdf.substr(0, 9);
    for (const std::string expected :
         {"/FolioName /Aside\n", "/FolioInteger -12\n", "/FolioReal 1.5\n", "/FolioBoolean true\n",
          "/FolioAscii (en-GB)\n", "/FolioText <FEFF0041D83DDE00>\n", "/FolioArray [ 7 /XYZ null 0.25 <01AB> <<\n/Type /MCR\n>> ]",
          "/FolioEmpty [ ]\n", "/Type /FolioReferenced\n", "/Title <FEFF0054>\n"})
        EXPECT_NE(pdf.find(expected), std::string::npos) << expected << "\n" << pdf;
    // An indirect object is referenced, not copied into the trailer.
    EXPECT_NE(pdf.find("/FolioReference 4 0 R\n"), std::string::npos) << pdf;
}

TEST(haru_document, a_stream_keeps_its_bytes_and_page_content_is_appended) {
    haru_document doc;
    const auto stream = doc.new_stream("BT ET", false);
    doc.set_name(stream, "Type", "FolioStream");
    doc.set(doc.catalog(), "FolioStream", stream);
    doc.check(HPDF_SetCompressionMode(doc.get(), HPDF_COMP_NONE), "setting compression");
    const auto page = doc.checked(HPDF_AddPage(doc.get()), "adding a page");
    doc.append_content(page, "0 0 m 10 10 l S\n");
    const auto pdf = doc.save();
    EXPECT_NE(pdf.find("stream\r\nBT ET"), std::string::npos) << pdf;
    EXPECT_NE(pdf.find("0 0 m 10 10 l S\n"), std::string::npos) << pdf;
}

TEST(haru_document, a_refused_entry_throws_at_once_and_names_its_key) {
    haru_document doc;
    doc.set_place("the test");
    // libharu's names hold at most 127 bytes.
    try {
        doc.set_name(doc.catalog(), "FolioLong", std::string(200, 'N'));
        FAIL() << "a 200-byte name was accepted";
    } catch (const std::runtime_error& e) {
        const std::string message = e.what();
        EXPECT_TRUE(message.starts_with("failed to write PDF (libharu error 0x")) << message;
        EXPECT_NE(message.find("while setting 'FolioLong' on the test)"), std::string::npos) << message;
    }
}

}  // namespace
}  // namespace folio::render::pdf
