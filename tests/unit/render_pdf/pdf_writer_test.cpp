#include "render/pdf/pdf_writer.hpp"

#include "support/scratch_directory.hpp"
#include "unit/render_pdf/pdf_test_support.hpp"

#include "load/image_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <locale>
#include <sstream>

namespace folio::render::pdf {
namespace {

using namespace testing;
using folio::testing::scratch_directory;

const std::filesystem::path fixtures = std::filesystem::path(FOLIO_SOURCE_DIR) / "tests/unit/render_pdf";

/// These pages are made by hand, not laid out from a model: tagging gives their content a P per
/// node id (see tagging_test.cpp for trees built from a model).
const model::document no_model;

/// An image record as the loader makes it (decoded pixels for a PNG), for a fixture file: the
/// writer never opens files. A file the loader refuses gives a record with only its bytes.
auto image_record(const std::string& name, model::image_format format) -> model::image_data {
    auto bytes = std::make_shared<const std::string>(folio::testing::read_file(fixtures / name));
    auto decoded = load::decode_image(bytes);
    if (auto* image = std::get_if<model::image_data>(&decoded)) return *image;
    model::image_data data;
    data.format = format;
    data.bytes = std::move(bytes);
    return data;
}

auto options() -> pdf_options {
    pdf_options o;
    o.source_date_epoch = 1764115200;  // 2025-11-26T00:00:00Z
    o.document_hash = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    return o;
}

/// One line of text in a one-page document, written, then read back by pdftotext.
struct script_case {
    const char* name;
    std::string font;
    std::string text;
    bool right_to_left;
    std::string language;
};

void PrintTo(const script_case& c, std::ostream* os) { *os << c.name; }

class script_extraction : public ::testing::TestWithParam<script_case> {};

TEST_P(script_extraction, pdftotext_gives_the_input_text) {
    const auto& c = GetParam();
    const scratch_directory dir;
    auto run = shaped_run(c.font, c.text, 72, 100, 14, c.right_to_left, c.language);
    const auto pdf = save(dir.path(), "line.pdf", write_pdf(document_with({run}, c.language), no_model, options()));
    EXPECT_EQ(extracted_text(pdf), c.text);
}

INSTANTIATE_TEST_SUITE_P(
    scripts, script_extraction,
    ::testing::Values(
        // "ffi" and "fi" become ligatures, "AVATAR" is kerned.
        script_case{"latin", latin_font, "Office affiliation: fine waffles, AVATAR Týr", false, "en"},
        script_case{"vietnamese", latin_font, "Tiếng Việt có dấu: người được những điều", false, "vi"},
        // Lam-alef ligatures (لا, لأ) and harakat.
        script_case{"arabic", arabic_font, "العلاج المناعي", true, "ar"},
        script_case{"arabic_marks", arabic_font, "لأنَّ الدَّوَاءَ لا يُؤْلِمُ", true, "ar"},
        // Conjuncts (प्र, क्ष, त्स) and the reordered vowel sign ि.
        script_case{"hindi", devanagari_font, "प्रतिरक्षा चिकित्सा क्षमता", false, "hi"},
        script_case{"chinese", chinese_font, "免疫疗法是一种治疗方法。", false, "zh-Hans"},
        // The scripts of the languages US clinics serve (fonts/README.md), a phrase each with
        // what makes the script hard: points, split and reordered vowels, stacks, dictionary words.
        script_case{"hebrew_points", noto_dir + "NotoSansHebrew-Regular.ttf", "שָׁלוֹם עֶזְרָה בְּשָׂפָה", true, "he"},
        script_case{"persian", arabic_font, "کمک زبانی رایگان می‌گیرید", true, "fa"},
        script_case{"urdu", arabic_font, "زبان کی مفت مدد دستیاب ہے۔", true, "ur"},
        script_case{"armenian", noto_dir + "NotoSansArmenian-Regular.ttf", "Եթե հայերեն եք խոսում", false, "hy"},
        script_case{"georgian", noto_dir + "NotoSansGeorgian-Regular.ttf", "თუ ქართულად საუბრობთ", false, "ka"},
        script_case{"ethiopic", noto_dir + "NotoSansEthiopic-Regular.ttf", "ነፃ የቋንቋ እርዳታ ያገኛሉ።", false, "am"},
        script_case{"bengali_split_vowel", noto_dir + "NotoSansBengali-Regular.ttf", "ফোন করুন বিনামূল্যে", false, "bn"},
        script_case{"gurmukhi", noto_dir + "NotoSansGurmukhi-Regular.ttf", "ਮੁਫ਼ਤ ਭਾਸ਼ਾ ਸਹਾਇਤਾ", false, "pa"},
        script_case{"gujarati", noto_dir + "NotoSansGujarati-Regular.ttf", "મફત ભાષા સહાય", false, "gu"},
        script_case{"oriya_split_vowel", noto_dir + "NotoSansOriya-Regular.ttf", "ଫୋନ୍ କରନ୍ତୁ", false, "or"},
        script_case{"tamil_split_vowel", noto_dir + "NotoSansTamil-Regular.ttf", "தமிழ் மொழி உதவி", false, "ta"},
        script_case{"telugu", noto_dir + "NotoSansTelugu-Regular.ttf", "ఉచిత భాషా సహాయం", false, "te"},
        script_case{"kannada", noto_dir + "NotoSansKannada-Regular.ttf", "ಉಚಿತ ಭಾಷಾ ನೆರವು", false, "kn"},
        script_case{"malayalam", noto_dir + "NotoSansMalayalam-Regular.ttf", "സൗജന്യ ഭാഷാസഹായം", false, "ml"},
        script_case{"sinhala_split_vowel", noto_dir + "NotoSansSinhala-Regular.ttf", "නොමිලේ භාෂා සහාය", false, "si"},
        script_case{"thai", noto_dir + "NotoSansThai-Regular.ttf", "ความช่วยเหลือด้านภาษาฟรี", false, "th"},
        script_case{"lao", noto_dir + "NotoSansLao-Regular.ttf", "ການຊ່ວຍເຫຼືອດ້ານພາສາ", false, "lo"},
        script_case{"khmer", noto_dir + "NotoSansKhmer-Regular.ttf", "ជំនួយភាសាឥតគិតថ្លៃ", false, "km"},
        script_case{"myanmar", noto_dir + "NotoSansMyanmar-Regular.ttf", "အခမဲ့ ဘာသာစကား အကူအညီ", false, "my"},
        script_case{"tibetan", noto_dir + "NotoSerifTibetan-Regular.ttf", "སྐད་ཡིག་རོགས་རམ་", false, "bo"},
        script_case{"korean", FOLIO_SOURCE_DIR "/fonts/nanum/NanumGothic.ttf", "무료 언어 지원 서비스", false, "ko"},
        script_case{"japanese", FOLIO_SOURCE_DIR "/fonts/ipaex/ipaexg.ttf", "言語のサポートを無料で受けられます", false, "ja"}),
    [](const auto& p) { return std::string(p.param.name); });

/// Every script on one page, one line each, as a reader would see a multilingual leaflet.
auto multilingual_page() -> layout::paged_document {
    std::vector<layout::page_item> items;
    double y = 80;
    const auto line = [&](const std::string& font, const std::string& text, bool rtl, const std::string& lang) {
        auto run = shaped_run(font, text, 72, y, 16, rtl, lang);
        if (rtl) {  // right-aligned at the right margin
            const double shift = 595.276 - 72 - run_width(run) - 72;
            for (auto& g : run.glyphs) layout::move_glyph(g, shift, 0);
        }
        items.emplace_back(std::move(run));
        y += 28;
    };
    line(latin_font, "Office affiliation: fine waffles, AVATAR Týr", false, "en");
    line(latin_font, "Tiếng Việt có dấu: người được những điều", false, "vi");
    line(arabic_font, "العلاج المناعي", true, "ar");
    // Not ending in a mark: on a page that is mostly left-to-right, poppler puts a mark at the
    // left end of a right-to-left line before the line (reorderText treats it as left-to-right).
    line(arabic_font, "لأنَّ الدَّوَاءَ لا يُؤلم", true, "ar");
    line(devanagari_font, "प्रतिरक्षा चिकित्सा क्षमता", false, "hi");
    line(chinese_font, "免疫疗法是一种治疗方法。", false, "zh-Hans");
    return document_with(std::move(items));
}

TEST(pdf_writer, latin_ligatures_and_kerning_reach_the_file) {
    const auto run = shaped_run(latin_font, "office AVATAR", 72, 100);
    // HarfBuzz made "ffi" one glyph and kerned "AV" ...
    ASSERT_TRUE(std::any_of(run.glyphs.begin(), run.glyphs.end(), [](const auto& g) { return g.text == "ffi"; }));
    auto o = options();
    o.compress = false;
    const auto bytes = write_pdf(document_with({run}), no_model, o);
    // ... and the file draws that glyph and moves the kerned glyphs: a TJ with adjustments.
    EXPECT_NE(bytes.find("[<0052"), std::string::npos);
    EXPECT_NE(bytes.find("] TJ\n"), std::string::npos);
    EXPECT_NE(bytes.find("> <006600660069>\n"), std::string::npos) << "the ligature stands for \"ffi\" in ToUnicode";
}

TEST(pdf_writer, multilingual_page_extracts_line_by_line) {
    const scratch_directory dir;
    const auto pdf = save(dir.path(), "multilingual.pdf", write_pdf(multilingual_page(), no_model, options()));
    if (const char* keep = std::getenv("FOLIO_PDF_SAMPLES")) std::filesystem::copy_file(pdf, std::filesystem::path(keep) / "multilingual.pdf", std::filesystem::copy_options::overwrite_existing);
    EXPECT_EQ(extracted_text(pdf),
              "Office affiliation: fine waffles, AVATAR Týr\n"
              "Tiếng Việt có dấu: người được những điều\n"
              "العلاج المناعي\n"
              "لأنَّ الدَّوَاءَ لا يُؤلم\n"
              "प्रतिरक्षा चिकित्सा क्षमता\n"
              "免疫疗法是一种治疗方法。");
}

TEST(pdf_writer, every_font_is_an_embedded_subset_cid_truetype_font_with_tounicode) {
    const scratch_directory dir;
    const auto pdf = save(dir.path(), "fonts.pdf", write_pdf(multilingual_page(), no_model, options()));
    const auto fonts = tool("/usr/bin/pdffonts", {pdf.string()});
    ASSERT_EQ(fonts.exit_code, 0) << fonts.err;
    std::istringstream lines(fonts.out);
    std::string line;
    std::getline(lines, line), std::getline(lines, line);  // header and rule
    std::vector<std::string> names;
    while (std::getline(lines, line)) {
        names.push_back(line.substr(0, line.find(' ')));
        EXPECT_NE(line.find("CID TrueType"), std::string::npos) << line;
        EXPECT_NE(line.find("Identity-H"), std::string::npos) << line;
        EXPECT_NE(line.find("yes yes yes"), std::string::npos) << line;  // embedded, subset, ToUnicode
    }
    ASSERT_EQ(names.size(), 4u) << fonts.out;
    for (const auto& name : names) {
        ASSERT_GT(name.size(), 7u);
        EXPECT_EQ(name[6], '+') << name;
        for (int i = 0; i < 6; ++i) EXPECT_TRUE(name[i] >= 'A' && name[i] <= 'Z') << name;
    }
    EXPECT_EQ(names[0].substr(7), "NotoSans-Regular");
    // The descendant's structure, as written.
    EXPECT_EQ(pikepdf("f = pdf.pages[0].Resources.Font.F1\n"
                      "d = f.DescendantFonts[0]\n"
                      "print(f.Subtype, f.Encoding, d.Subtype, d.CIDToGIDMap, d.FontDescriptor.Flags,\n"
                      "      d.FontDescriptor.FontFile2.Filter[0], f.ToUnicode.Filter[0])",
                      pdf),
              "/Type0 /Identity-H /CIDFontType2 /Identity 4 /FlateDecode /FlateDecode\n");
}

TEST(pdf_writer, qpdf_finds_nothing_wrong) {
    const scratch_directory dir;
    auto doc = multilingual_page();
    doc.pages.push_back(doc.pages.front());
    doc.outline = {{"Test document", 1, 0, 80, "title"}, {"Second", 2, 1, 80, "s2"}};
    const auto pdf = save(dir.path(), "check.pdf", write_pdf(doc, no_model, options()));
    const auto check = tool("/usr/bin/qpdf", {"--check", pdf.string()});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    EXPECT_NE(check.out.find("No syntax or stream encoding errors found"), std::string::npos) << check.out;
    EXPECT_EQ(check.err, "");
}

TEST(pdf_writer, info_version_language_and_id) {
    const scratch_directory dir;
    auto doc = document_with({shaped_run(latin_font, "Hello", 72, 100)}, "es-MX");
    doc.title = "Inmunoterapia: qué esperar 😀";
    doc.author = "Equipo de enfermería";
    doc.subject = "Tratamiento";
    doc.keywords = "cáncer, inmunoterapia";
    const auto pdf = save(dir.path(), "info.pdf", write_pdf(doc, no_model, options()));
    const auto info = tool("/usr/bin/pdfinfo", {pdf.string()});
    ASSERT_EQ(info.exit_code, 0) << info.err;
    EXPECT_NE(info.out.find("Title:           Inmunoterapia: qué esperar 😀\n"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("Author:          Equipo de enfermería\n"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("Subject:         Tratamiento\n"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("Keywords:        cáncer, inmunoterapia\n"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("Creator:         Folio\n"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("Producer:        Folio with libharu 2.3.0\n"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("PDF version:     1.7\n"), std::string::npos) << info.out;
    EXPECT_TRUE(pikepdf("print(bytes(pdf.Root.Lang).decode())", pdf).starts_with("es-MX")) << "catalog /Lang";
    EXPECT_EQ(pikepdf("print(pdf.docinfo.CreationDate, pdf.docinfo.ModDate)", pdf),
              "D:20251126000000Z00'00' D:20251126000000Z00'00'\n");
    EXPECT_EQ(pikepdf("print(bool(pdf.Root.ViewerPreferences.DisplayDocTitle))", pdf), "True\n");
    // /ID: the first 16 bytes of the document hash (the permanent identifier), then qpdf's digest
    // of the packed file (this version's).
    const auto id = pikepdf("print(' '.join(bytes(x).hex() for x in pdf.trailer.ID))", pdf);
    EXPECT_TRUE(id.starts_with("00112233445566778899aabbccddeeff ")) << id;
    EXPECT_EQ(id.size(), 32U + 1U + 32U + 1U) << id;
}

TEST(pdf_writer, objects_are_packed_into_compressed_object_streams) {
    const scratch_directory dir;
    const auto doc = document_with({shaped_run(latin_font, "Hello", 72, 100)}, "en");
    const auto packed_bytes = write_pdf(doc, no_model, options());
    auto loose = options();
    loose.compress = false;
    const auto loose_bytes = write_pdf(doc, no_model, loose);
    // The dictionaries are no longer readable in the file: they are in a compressed /ObjStm, and
    // the cross-reference table is a stream.
    EXPECT_NE(packed_bytes.find("/ObjStm"), std::string::npos);
    EXPECT_EQ(packed_bytes.find("/StructTreeRoot"), std::string::npos);
    EXPECT_NE(loose_bytes.find("/StructTreeRoot"), std::string::npos);
    EXPECT_EQ(loose_bytes.find("/ObjStm"), std::string::npos);
    const auto packed = save(dir.path(), "packed.pdf", packed_bytes);
    EXPECT_EQ(pikepdf("print(pdf.trailer.get('/Type'), len([o for o in pdf.objects if o.get('/Type') == '/ObjStm']) >= 1, "
                      "bool(pdf.Root.StructTreeRoot), bool(pdf.Root.MarkInfo.Marked))",
                      packed),
              "/XRef True True True\n");
    // Each page's content is deflated as soon as it is drawn, and reads back as the operators.
    EXPECT_EQ(pikepdf("c = pdf.pages[0].obj.Contents\n"
                      "print(c.get('/Filter'), b'BT' in c.read_bytes(), b'BT' in c.read_raw_bytes())",
                      packed),
              "/FlateDecode True False\n");
    const auto check = tool("/usr/bin/qpdf", {"--check", packed.string()});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    EXPECT_NE(check.out.find("No syntax or stream encoding errors"), std::string::npos) << check.out;
}

TEST(pdf_writer, xmp_metadata_and_mark_info_for_pdf_ua) {
    const scratch_directory dir;
    auto doc = document_with({shaped_run(latin_font, "Hello", 72, 100)}, "es-MX");
    doc.title = "Inmunoterapia & <ciencia>";
    doc.author = "Equipo";
    const auto pdf = save(dir.path(), "xmp.pdf", write_pdf(doc, no_model, options()));
    EXPECT_EQ(pikepdf("m = pdf.open_metadata()\n"
                      "print(m['dc:title'], m['dc:language'], m['dc:creator'], m['{http://www.aiim.org/pdfua/ns/id/}part'], m['xmp:CreateDate'])\n"
                      "print(pdf.Root.Metadata.Subtype, '/Filter' in pdf.Root.Metadata, bool(pdf.Root.MarkInfo.Marked))",
                      pdf),
              "Inmunoterapia & <ciencia> {'es-MX'} ['Equipo'] 1 2025-11-26T00:00:00Z\n/XML False True\n");
}

TEST(pdf_writer, a_glyph_drawn_for_two_texts_gets_a_code_for_each) {
    // Tag readers take text from ToUnicode alone: one code per text keeps each use exact.
    const scratch_directory dir;
    auto run = shaped_run(latin_font, "xx", 72, 100);
    run.glyphs[1].text = "\u00D7";  // the same glyph standing for a multiplication sign
    run.text = "x\u00D7";
    const auto pdf = save(dir.path(), "codes.pdf", write_pdf(document_with({run}), no_model, options()));
    EXPECT_EQ(extracted_text(pdf), "x\u00D7");
    const auto tags = tool("/usr/bin/pdfinfo", {"-struct-text", pdf.string()});
    EXPECT_NE(tags.out.find("\"x\u00D7\""), std::string::npos) << tags.out;
    // The second code is above the font's glyph ids, mapped back to the glyph by /CIDToGIDMap.
    EXPECT_EQ(pikepdf("d = pdf.pages[0].Resources.Font.F1.DescendantFonts[0]\n"
                      "m = d.CIDToGIDMap.read_bytes()\n"
                      "cids = [int.from_bytes(bytes(s)[i:i + 2], 'big') for ops, op in pikepdf.parse_content_stream(pdf.pages[0])\n"
                      "        if str(op) == 'Tj' for s in ops for i in (0, 2)]\n"
                      "print(len(set(cids)), len(set(int.from_bytes(m[2 * c:2 * c + 2], 'big') for c in cids)))",
                      pdf),
              "2 1\n");
}

TEST(pdf_writer, a_long_document_has_a_parent_tree_of_several_leaves_and_passes_the_tag_checker) {
    const scratch_directory dir;
    layout::paged_document doc = document_with({});
    doc.pages.clear();
    for (int i = 0; i < 700; ++i) {
        layout::page p;
        p.label = std::to_string(i + 1);
        auto body = shaped_run(latin_font, "Page text", 72, 100);
        body.from = {"p" + std::to_string(i), {}, layout::item_role::paragraph};
        p.items.emplace_back(std::move(body));
        auto number = shaped_run(latin_font, p.label, 290, 800);
        number.from = {"", layout::artifact_kind::pagination, layout::item_role::page_number};
        p.items.emplace_back(std::move(number));
        doc.pages.push_back(std::move(p));
    }
    const auto pdf = save(dir.path(), "long.pdf", write_pdf(doc, no_model, options()));
    EXPECT_EQ(pikepdf("t = pdf.Root.StructTreeRoot\n"
                      "print(len(t.ParentTree.Kids), list(t.ParentTree.Kids[1].Limits), int(t.ParentTreeNextKey))",
                      pdf),
              "2 [512, 699] 700\n");
    const auto check = tool("/usr/bin/python3", {std::string(FOLIO_SOURCE_DIR) + "/tests/print/check_tags.py", "--check", pdf.string()});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST(pdf_writer, same_input_gives_the_same_bytes) {
    const auto doc = multilingual_page();
    const auto first = write_pdf(doc, no_model, options());
    EXPECT_EQ(write_pdf(doc, no_model, options()), first);
    auto other = options();
    other.document_hash = "ffeeddccbbaa99887766554433221100";
    const auto changed = write_pdf(doc, no_model, other);
    ASSERT_EQ(changed.size(), first.size());
    EXPECT_NE(changed, first);  // only the /ID differs
    std::size_t differing = 0;
    for (std::size_t i = 0; i < first.size(); ++i) differing += first[i] != changed[i] ? 1 : 0;
    EXPECT_LE(differing, 64u);
}

TEST(pdf_writer, a_line_of_latin_text_makes_a_small_file) {
    const auto bytes = write_pdf(document_with({shaped_run(latin_font, "Immunotherapy helps your immune system fight cancer.", 72, 100)}), no_model, options());
    EXPECT_LT(bytes.size(), 50u * 1024u) << bytes.size() << " bytes";
    EXPECT_LT(bytes.size(), 12u * 1024u) << bytes.size() << " bytes";  // a subset of ~30 glyphs is a few KB
}

TEST(pdf_writer, bookmarks_nest_by_level_and_point_at_page_and_y) {
    const scratch_directory dir;
    layout::paged_document doc = document_with({shaped_run(latin_font, "One", 72, 100)});
    doc.pages.push_back(doc.pages.front());
    doc.pages.push_back(doc.pages.front());
    doc.outline = {{"Immunotherapy", 1, 0, 72, "title"},
                   {"What it is", 2, 0, 300, "what"},
                   {"Side effects", 2, 1, 100, "side"},
                   {"Skin", 3, 1, 400, "skin"},
                   {"العلاج المناعي 𝔸", 2, 2, 50, "ar"}};
    const auto pdf = save(dir.path(), "outline.pdf", write_pdf(doc, no_model, options()));
    const auto listing = pikepdf(
        "pages = [p.objgen for p in pdf.pages]\n"
        "def walk(items, depth):\n"
        "    for item in items:\n"
        "        d = item.destination\n"
        "        print(depth, item.title, pages.index(d[0].objgen), d[1], round(float(d[3]), 3), d[2], d[4])\n"
        "        walk(item.children, depth + 1)\n"
        "with pdf.open_outline() as outline:\n"
        "    walk(outline.root, 1)\n"
        "print(pdf.Root.PageMode)",
        pdf);
    EXPECT_EQ(listing,
              "1 Immunotherapy 0 /XYZ 769.89 None None\n"
              "2 What it is 0 /XYZ 541.89 None None\n"
              "2 Side effects 1 /XYZ 741.89 None None\n"
              "3 Skin 1 /XYZ 441.89 None None\n"
              "2 العلاج المناعي 𝔸 2 /XYZ 791.89 None None\n"
              "/UseOutlines\n");
}

TEST(pdf_writer, page_labels_follow_the_printed_numbers) {
    const scratch_directory dir;
    layout::paged_document doc = document_with({shaped_run(latin_font, "One", 72, 100)});
    std::vector<layout::page> pages;
    for (const char* label : {"i", "ii", "1", "2", "3", "٣", "٤", "A-1"}) {
        auto p = doc.pages.front();
        p.label = label;
        pages.push_back(p);
    }
    doc.pages = pages;
    const auto pdf = save(dir.path(), "labels.pdf", write_pdf(doc, no_model, options()));
    EXPECT_EQ(pikepdf("print('|'.join(p.label for p in pdf.pages))", pdf), "i|ii|1|2|3|٣|٤|A-1\n");
    // Plain ascending numbers share one decimal range.
    doc.pages.resize(5);
    for (std::size_t i = 0; i < doc.pages.size(); ++i) doc.pages[i].label = std::to_string(i + 1);
    const auto decimal = save(dir.path(), "decimal.pdf", write_pdf(doc, no_model, options()));
    EXPECT_EQ(pikepdf("print(pdf.Root.PageLabels.Nums[0], pdf.Root.PageLabels.Nums[1].S, len(pdf.Root.PageLabels.Nums))", decimal),
              "0 /D 2\n");
}

TEST(pdf_writer, png_pixels_are_embedded_as_decoded_with_their_alpha_as_a_soft_mask_and_the_same_bytes_each_time) {
    // What the loader gives for an interlaced or 1-bit PNG (libharu's own reader refused the one
    // and left padding bits unset in the other): decoded 8-bit samples.
    const scratch_directory dir;
    model::image_data grey;
    grey.format = model::image_format::png;
    grey.width = 13, grey.height = 3, grey.pixel_channels = 1;
    grey.bytes = std::make_shared<const std::string>("(file bytes the writer does not read)");
    std::string samples;
    for (int i = 0; i < 13 * 3; ++i) samples += static_cast<char>(i % 2 == 0 ? 0xFF : 0x00);
    grey.pixels = std::make_shared<const std::string>(samples);
    model::image_data rgba = grey;
    rgba.width = 2, rgba.height = 2, rgba.pixel_channels = 4;
    rgba.bytes = std::make_shared<const std::string>("(other bytes)");
    rgba.pixels = std::make_shared<const std::string>(std::string("\xFF\x00\x00\xFF" "\x00\xFF\x00\x80" "\x00\x00\xFF\x00" "\x10\x20\x30\xFF", 16));
    const auto page = document_with({layout::image{grey, {72, 200, 65, 15}, "stripes", {"f1", layout::artifact_kind::none, layout::item_role::figure}},
                                     layout::image{rgba, {72, 300, 20, 20}, "squares", {"f2", layout::artifact_kind::none, layout::item_role::figure}}});
    const auto first = write_pdf(page, no_model, options());
    EXPECT_EQ(write_pdf(page, no_model, options()), first);
    const auto pdf = save(dir.path(), "pixels.pdf", first);
    EXPECT_EQ(pikepdf("print(sorted((int(x.Width), int(x.Height), str(x.ColorSpace), x.get('/SMask') is not None) "
                      "for _, x in pdf.pages[0].Resources.XObject.items()))", pdf),
              "[(2, 2, '/DeviceRGB', True), (13, 3, '/DeviceGray', False)]\n");
    const auto check = tool("/usr/bin/qpdf", {"--check", pdf.string()});
    EXPECT_EQ(check.exit_code, 0) << check.out;
}

TEST(pdf_writer, a_png_a_pdf_can_take_is_embedded_as_stored_and_decodes_to_the_same_pixels) {
    // RGB, 8-bit grey and 1-bit grey PNGs (PIL chooses each row's filter): the IDAT data goes in
    // unchanged with FlateDecode and the PNG predictors; pikepdf (qpdf's decoder) must give back
    // PIL's pixels. An RGBA PNG is decoded by the loader instead (its alpha becomes a soft mask).
    const scratch_directory dir;
    const auto made = tool("/usr/bin/python3",
                           {"-c",
                            "import sys\nfrom PIL import Image\n"
                            "for mode, w, h in (('RGB', 37, 9), ('L', 20, 7), ('1', 13, 5), ('RGBA', 6, 4)):\n"
                            "    im = Image.new(mode, (w, h))\n"
                            "    value = lambda x, y: ((x + y) % 3 == 0) * 255 if mode == '1' else (x * 7 + y * 13) % 256\n"
                            "    im.putdata([value(x, y) if len(mode) == 1 else (value(x, y), 255 - value(x, y), y * 20, 128 + x)[:len(mode)] "
                            "for y in range(h) for x in range(w)])\n"
                            "    im.save(sys.argv[1] + '/' + mode + '.png', optimize=True)\n",
                            dir.path().string()});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    std::vector<layout::page_item> items;
    double y = 100;
    for (const std::string mode : {"RGB", "L", "1", "RGBA"}) {
        const auto bytes = std::make_shared<const std::string>(folio::testing::read_file(dir.path() / (mode + ".png")));
        auto decoded = load::decode_image(bytes);
        ASSERT_TRUE(std::holds_alternative<model::image_data>(decoded)) << mode;
        const auto& data = std::get<model::image_data>(decoded);
        EXPECT_EQ(data.png_zlib_rows != nullptr, mode != "RGBA") << mode;
        EXPECT_EQ(data.pixels != nullptr, mode == "RGBA") << mode;
        items.push_back(layout::image{data, {72, y += 60, 40, 20}, mode, {"f" + mode, layout::artifact_kind::none, layout::item_role::figure}});
    }
    const auto pdf = save(dir.path(), "stored.pdf", write_pdf(document_with(items), no_model, options()));
    const auto check = tool("/usr/bin/qpdf", {"--check", pdf.string()});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    EXPECT_EQ(pikepdf("from PIL import Image\nfrom pikepdf import PdfImage\nimport os\n"
                      "for _, x in sorted(pdf.pages[0].Resources.XObject.items(), key=lambda i: int(i[1].Width)):\n"
                      "    mine = PdfImage(x).as_pil_image()\n"
                      "    mode = {37: 'RGB', 20: 'L', 13: '1', 6: 'RGBA'}[int(x.Width)]\n"
                      "    theirs = Image.open(os.path.join(os.path.dirname(sys.argv[1]), mode + '.png')).convert(mine.mode)\n"
                      "    f = x.get('/Filter')\n"
                      "    f = f[0] if isinstance(f, pikepdf.Array) else f\n"
                      "    print(mode, str(f), int(x.get('/DecodeParms', {}).get('/Predictor', 0)), "
                      "mine.tobytes() == theirs.tobytes())",
                      pdf),
              "RGBA /FlateDecode 0 True\n1 /FlateDecode 15 True\nL /FlateDecode 15 True\nRGB /FlateDecode 15 True\n");
}

TEST(pdf_writer, images_are_drawn_once_per_record_from_its_bytes) {
    const scratch_directory dir;
    layout::image png{image_record("badge.png", model::image_format::png), {72, 200, 64, 48}, "A blue badge", {"fig1", layout::artifact_kind::none, layout::item_role::figure}};
    layout::image jpeg{image_record("badge.jpg", model::image_format::jpeg), {200, 200, 64, 48}, "", {"", layout::artifact_kind::layout, layout::item_role::none}};
    auto again = png;
    again.area.y = 300;
    const auto pdf = save(dir.path(), "images.pdf", write_pdf(document_with({png, jpeg, again}), no_model, options()));
    const auto list = tool("/usr/bin/pdfimages", {"-list", pdf.string()});
    ASSERT_EQ(list.exit_code, 0) << list.err;
    std::istringstream lines(list.out);
    std::string line;
    std::vector<std::string> rows;
    std::getline(lines, line), std::getline(lines, line);
    while (std::getline(lines, line)) rows.push_back(line);
    ASSERT_EQ(rows.size(), 3u) << list.out;  // drawn three times ...
    EXPECT_NE(rows[0].find("image      32    24  rgb     3   8  image"), std::string::npos) << rows[0];
    EXPECT_NE(rows[1].find("jpeg"), std::string::npos) << rows[1];
    EXPECT_EQ(pikepdf("print(len(pdf.pages[0].Resources.XObject))", pdf), "2\n");  // ... from two objects
    const auto check = tool("/usr/bin/qpdf", {"--check", pdf.string()});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST(pdf_writer, links_are_annotations_with_contents) {
    const scratch_directory dir;
    auto doc = document_with({shaped_run(latin_font, "See the clinic website and the side effects.", 72, 100)});
    doc.pages.push_back(doc.pages.front());
    doc.anchors = {{"side-effects", 1, 200}};
    doc.pages[0].items.emplace_back(layout::link{{72, 88, 120, 16}, "https://example.org/clínica", "", "the clinic website", {"p1", {}, layout::item_role::none}});
    doc.pages[0].items.emplace_back(layout::link{{200, 88, 80, 16}, "", "side-effects", "Efectos secundarios", {"p1", {}, layout::item_role::none}});
    const auto pdf = save(dir.path(), "links.pdf", write_pdf(doc, no_model, options()));
    EXPECT_EQ(pikepdf("pages = [p.objgen for p in pdf.pages]\n"
                      "for a in pdf.pages[0].Annots:\n"
                      "    target = a.A.URI if '/A' in a else pages.index(a.Dest[0].objgen)\n"
                      "    print(a.Subtype, str(a.Contents), list(a.Border), target, [round(float(v)) for v in a.Rect])\n"
                      "print(pdf.pages[0].Tabs, round(float(pdf.pages[0].Annots[1].Dest[3]), 3))",
                      pdf),
              "/Link the clinic website [0, 0, 0] https://example.org/cl%C3%ADnica [72, 738, 192, 754]\n"
              "/Link Efectos secundarios [0, 0, 0] 1 [200, 738, 280, 754]\n"
              "/S 641.89\n");
    const auto check = tool("/usr/bin/qpdf", {"--check", pdf.string()});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST(pdf_writer, artifacts_and_actual_text_are_marked_content) {
    auto body = shaped_run(latin_font, "Body text", 72, 100);
    auto number = shaped_run(latin_font, "3", 290, 800);
    number.from = {"", layout::artifact_kind::pagination, layout::item_role::none};
    auto bullet = shaped_run(latin_font, "•", 72, 130);
    bullet.actual_text = "- ";
    layout::box rule{{72, 110, 450, 1}, true, {0.2, 0.4, 0.6}, false, {}, 0.5, {"", layout::artifact_kind::layout, layout::item_role::none}};
    auto options_uncompressed = options();
    options_uncompressed.compress = false;
    const auto bytes = write_pdf(document_with({body, rule, number, bullet}), no_model, options_uncompressed);
    EXPECT_EQ(bytes.find("/FlateDecode"), std::string::npos);
    EXPECT_NE(bytes.find("/Artifact <</Type /Layout>> BDC\nq\n0.2 0.4 0.6 rg\n72 730.89 450 1 re\nf\nQ\nEMC\n"), std::string::npos);
    const auto pagination = bytes.find("/Artifact <</Type /Pagination>> BDC\nBT\n");
    ASSERT_NE(pagination, std::string::npos);
    EXPECT_NE(bytes.find("ET\nEMC\n", pagination), std::string::npos);
    // Content is marked with MCIDs: a plain run in a sequence around its BT ... ET, a run with an
    // ActualText in a /Span sequence of its own.
    EXPECT_NE(bytes.find("stream\r\n/P <</MCID 0>> BDC\nBT\n/F1 12 Tf\n0 0 0 rg\n1 0 0 1 72 741.89 Tm\n"),
              std::string::npos);
    EXPECT_NE(bytes.find("EMC\n/Span <</MCID 1 /ActualText <FEFF002D0020>>> BDC\nBT\n"), std::string::npos);
}

/// A numpunct that writes "0,5": what a German locale would do to careless number formatting.
struct comma_numpunct : std::numpunct<char> {
    auto do_decimal_point() const -> char override { return ','; }
};

TEST(pdf_writer, numbers_do_not_depend_on_the_locale) {
    auto o = options();
    o.compress = false;
    const auto doc = document_with({shaped_run(latin_font, "AVATAR", 72.25, 100.5, 10.5)});
    const auto expected = write_pdf(doc, no_model, o);
    const auto previous = std::locale::global(std::locale(std::locale::classic(), new comma_numpunct));
    const auto written = write_pdf(doc, no_model, o);
    std::locale::global(previous);
    EXPECT_EQ(written, expected);
    EXPECT_NE(written.find("/F1 10.5 Tf\n0 0 0 rg\n1 0 0 1 72.25 741.39 Tm\n"), std::string::npos);
}

auto error_of(const layout::paged_document& doc) -> std::string {
    try {
        (void)write_pdf(doc, no_model, options());
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "<no error>";
}

TEST(pdf_writer, failures_say_what_went_wrong) {
    auto run = shaped_run(latin_font, "Hi", 72, 100);
    EXPECT_EQ(error_of(layout::paged_document{}), "failed to write PDF (the document has no pages)");

    auto missing = run;
    missing.font.file = "/nonexistent/font.ttf";
    EXPECT_EQ(error_of(document_with({missing})), "failed to read font '/nonexistent/font.ttf' (cannot read the file)");

    auto out_of_range = run;
    out_of_range.glyphs[0].glyph_id = 60000;
    EXPECT_TRUE(error_of(document_with({out_of_range})).starts_with("failed to write PDF (glyph id 60000 not in font"));

    // The loader refuses such records; should one get here, it is reported, not a crash.
    layout::image not_an_image{image_record("pdf_writer_test.cpp", model::image_format::png), {0, 0, 10, 10}, "x", {}};
    EXPECT_EQ(error_of(document_with({not_an_image})), "failed to write PDF (an image on page 1 has no decoded pixels)");
    layout::image no_data{{}, {0, 0, 10, 10}, "x", {}};
    EXPECT_EQ(error_of(document_with({no_data})), "failed to write PDF (an image on page 1 has no data)");

    auto tiny = document_with({run});
    tiny.pages[0].width = 1;  // libharu refuses pages narrower than 3 pt
    EXPECT_EQ(error_of(tiny), "failed to write PDF (libharu error 0x1054, detail 0x0, while adding page 1)");

    auto dangling = document_with({run});
    dangling.pages[0].items.emplace_back(layout::link{{0, 0, 10, 10}, "", "nowhere", "x", {}});
    EXPECT_EQ(error_of(dangling), "failed to write PDF (link to 'nowhere' on page 1 has no anchor to go to)");

    auto no_size = document_with({run});
    std::get<layout::glyph_run>(no_size.pages[0].items[0]).size = 0;
    EXPECT_EQ(error_of(no_size), "failed to write PDF (text \"Hi\" on page 1 has font size 0.000000)");

    auto bad_outline = document_with({run});
    bad_outline.outline = {{"Lost", 1, 5, 0, "lost"}};
    EXPECT_EQ(error_of(bad_outline), "failed to write PDF (a destination points at page 6 of 1)");
}

}  // namespace
}  // namespace folio::render::pdf
