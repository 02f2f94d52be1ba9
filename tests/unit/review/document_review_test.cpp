// The author report on documents written for each check: a finding where the writing calls for
// one, none for its look-alikes.
#include "review/document_review.hpp"

#include "load/load_document.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace folio::review {
namespace {

auto load_in(const std::string& language, const std::string& body) -> model::document {
    const std::string xml = "<document version=\"1\">\n<meta><title>Leaflet</title><language>" + language +
                            "</language><identifier>urn:x</identifier><published>2026-11-26</published>"
                            "<translation status=\"original\"/></meta>\n<body>\n" + body + "\n</body></document>";
    model::diagnostics sink;
    auto doc = load::load_document_from_bytes(xml, "content/leaflet/" + language + ".xml", sink);
    for (const auto& d : sink.all())
        if (d.level == model::severity::error) ADD_FAILURE() << model::format_diagnostic(d);
    return doc ? *doc : model::document{};
}

/// A warning callout, so that "no-action-content" stays out of the tests about other checks.
const std::string action = "<callout kind=\"warning\"><p>Call us.</p></callout>";

auto codes(const document_review& r) -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& d : r.findings) out.push_back(d.code);
    return out;
}

auto count(const document_review& r, const std::string& code) -> std::size_t {
    const auto all = codes(r);
    return static_cast<std::size_t>(std::count(all.begin(), all.end(), code));
}

auto first(const document_review& r, const std::string& code) -> const model::diagnostic* {
    for (const auto& d : r.findings)
        if (d.code == code) return &d;
    return nullptr;
}

auto words(std::size_t n) -> std::string {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += (i == 0 ? "Word" : " word");
    return out + ".";
}

TEST(document_review, sentences_over_the_limit_are_flagged_where_they_start) {
    const auto r = review_document(load_in("en", action + "<p>" + words(25) + " " + words(26) + "</p>"), {});
    ASSERT_EQ(count(r, "long-sentence"), 1U) << ::testing::PrintToString(codes(r));
    const auto* d = first(r, "long-sentence");
    EXPECT_NE(d->message.find("26 words"), std::string::npos);
    EXPECT_EQ(d->words, "Word");  // placed on the sentence's first word in the file
    review_limits loose;
    loose.max_sentence_words = 26;
    EXPECT_EQ(count(review_document(load_in("en", action + "<p>" + words(26) + "</p>"), loose), "long-sentence"), 0U);
}

TEST(document_review, scores_each_section_and_the_document_from_summed_counts) {
    // 120 words of four-syllable words in 4 sentences: grade far above 8 (see readability_test for
    // the formula's arithmetic); the easy section is one-syllable words.
    std::string hard;
    for (int s = 0; s < 4; ++s) {
        hard += "Immunology";
        for (int w = 1; w < 30; ++w) hard += " immunology";
        hard += ". ";
    }
    std::string easy;
    for (int s = 0; s < 20; ++s) easy += "We can help you. ";
    const auto doc = load_in("en", action + "<section id=\"hard\"><title>Hard</title><p>" + hard +
                                       "</p></section><section id=\"easy\"><title>Easy</title><p>" + easy + "</p></section>");
    const auto r = review_document(doc, {});
    ASSERT_EQ(r.passages.size(), 3U);  // the callout before the sections, then each section
    EXPECT_EQ(r.passages[1].id, "hard");
    EXPECT_GT(r.passages[1].scores.english->flesch_kincaid_grade, 8.0);
    EXPECT_LT(r.passages[2].scores.english->flesch_kincaid_grade, 8.0);
    EXPECT_EQ(r.document.counts.words,
              r.passages[0].scores.counts.words + r.passages[1].scores.counts.words + r.passages[2].scores.counts.words);
    const auto* grade = first(r, "reading-grade");
    ASSERT_NE(grade, nullptr);
    EXPECT_NE(grade->message.find("section 'Hard'"), std::string::npos) << grade->message;
    // The whole document is held to the limit too: 120 hard words against 84 easy ones.
    EXPECT_EQ(count(r, "reading-grade"), 2U) << ::testing::PrintToString(codes(r));
    review_limits lenient;
    lenient.max_grade = 100.0;
    EXPECT_EQ(count(review_document(doc, lenient), "reading-grade"), 0U);
}

TEST(document_review, spanish_is_held_to_inflesz_and_short_parts_are_not_scored) {
    std::string hard;
    for (int s = 0; s < 4; ++s) {
        hard += "Inmunoterapia";
        for (int w = 1; w < 30; ++w) hard += " inmunoterapia";
        hard += ". ";
    }
    const auto r = review_document(load_in("es", action + "<section id=\"s\"><title>Difícil</title><p>" + hard +
                                                     "</p></section><section id=\"t\"><title>Corta</title><p>Inmunoterapia "
                                                     "inmunoterapia.</p></section>"),
                                   {});
    ASSERT_TRUE(r.document.spanish.has_value());
    EXPECT_EQ(count(r, "reading-ease"), 2U) << ::testing::PrintToString(codes(r));  // the section and the document
    for (const auto& d : r.findings) EXPECT_EQ(d.message.find("Corta"), std::string::npos) << d.message;
}

TEST(document_review, tables_headings_and_other_languages_are_not_prose) {
    const auto r = review_document(load_in("en", action + "<p>One two three.</p><p lang=\"es\">Uno dos tres cuatro.</p>"
                                                          "<table id=\"t\"><caption>C</caption><thead><tr><th scope=\"col\">A"
                                                          "</th></tr></thead><tbody><tr><td>five six</td></tr></tbody></table>"),
                                   {});
    // "Call us." (2) and "One two three." (3): no caption, cell or Spanish words.
    EXPECT_EQ(r.document.counts.words, 5U);
    // A paragraph of Spanish words only is Spanish too; a Spanish phrase in an English sentence
    // counts with its sentence.
    const auto spans = review_document(load_in("en", "<p><span lang=\"es\">Uno dos tres.</span></p>"
                                                     "<p>Say <span lang=\"es\">hola</span> twice.</p>"),
                                       {});
    EXPECT_EQ(spans.document.counts.words, 3U);
}

TEST(document_review, long_words_need_an_explanation_once) {
    const auto r = review_document(
        load_in("en", action +
                          "<p>Immunotherapy is a treatment. You may get chemotherapy. Then chemotherapy again. Your oncologist "
                          "(cancer doctor) helps. Ask at the University Hospital. Radiotherapy means treatment with rays.</p>"
                          "<glossary id=\"gl\"><entry id=\"g\"><term>Immunosuppression</term><definition><p>Less defense.</p>"
                          "</definition></entry></glossary><p>Immunosuppression can happen.</p>"),
        {});
    std::vector<std::string> flagged;
    for (const auto& d : r.findings)
        if (d.code == "unexplained-word") flagged.push_back(d.words);
    // Explained: a definition after it, a parenthesis, "means", a glossary term; a name is left alone.
    EXPECT_EQ(flagged, std::vector<std::string>{"chemotherapy"});
    EXPECT_EQ(first(r, "unexplained-word")->level, model::severity::note);
}

TEST(document_review, rare_english_words_are_those_outside_the_common_list_even_with_an_ending_taken_off) {
    const common_words common = {"the", "doctor", "attach", "cell", "cells", "will", "check", "for", "a", "and", "it"};
    const auto doc = load_in("en", action + "<p>The doctor will check for melanoma. It attaches. The cells carry "
                                            "receptors. Leukemia (a blood cancer) and it.</p>");
    std::vector<std::string> flagged;
    for (const auto& d : review_document(doc, {}, &common).findings)
        if (d.code == "unexplained-word") flagged.push_back(d.words);
    // "melanoma" and "receptors" (three syllables, not common); "attaches" is "attach" with an
    // ending; "Leukemia" is explained by its parenthesis; "doctor" has two syllables.
    EXPECT_EQ(flagged, (std::vector<std::string>{"melanoma", "receptors"}));
    // Without a list, only long words (five syllables) are looked at: none here.
    for (const auto& d : review_document(doc, {}).findings) EXPECT_NE(d.code, "unexplained-word") << d.words;
    // Spanish words are not looked up in a list (verb forms would all look rare).
    const auto spanish = load_in("es", action + "<p>El médico lo recomienda.</p>");
    for (const auto& d : review_document(spanish, {}, &common).findings) EXPECT_NE(d.code, "unexplained-word") << d.words;
}

TEST(document_review, alt_text_too_long_or_saying_image_in_several_languages) {
    const std::string long_alt(151, 'a');
    // The figures' images are not read here: only the alt text is looked at, from the model.
    model::document doc = load_in("en", action);
    const auto figure_node = [](std::string alt_text, std::string id) {
        model::figure f;
        f.alt = std::move(alt_text);
        model::block_node node;
        node.value = std::move(f);
        node.id = std::move(id);
        node.position = {10, 5};
        return node;
    };
    doc.body.push_back(figure_node(long_alt, "long"));
    doc.body.push_back(figure_node(std::string(150, 'b'), "fits"));
    doc.body.push_back(figure_node("Photo of the clinic's front door", "photo"));
    doc.body.push_back(figure_node("A photograph album", "album"));
    auto r = review_document(doc, {});
    EXPECT_EQ(count(r, "alt-text-long"), 1U);
    EXPECT_EQ(count(r, "alt-text-says-image"), 1U) << ::testing::PrintToString(codes(r));
    model::document hindi = load_in("hi", action);
    hindi.body.push_back(figure_node("नर्स की तस्वीर", "hi"));
    EXPECT_EQ(count(review_document(hindi, {}), "alt-text-says-image"), 1U);
    model::document spanish = load_in("es", action);
    spanish.body.push_back(figure_node("Imagen de una enfermera", "es"));
    spanish.body.push_back(figure_node("Una enfermera mide la presión", "es2"));
    EXPECT_EQ(count(review_document(spanish, {}), "alt-text-says-image"), 1U);
}

TEST(document_review, vague_link_words_capitals_and_header_less_tables) {
    const auto r = review_document(
        load_in("en", action +
                          "<p>See <a href=\"https://example.org/\">click here</a> or <a href=\"https://example.org/h\">the "
                          "clinic's hours</a>.</p><p>DO NOT STOP taking it. Ask about PD-1 and CTLA-4 or the FDA and CDC.</p>"
                          "<table id=\"t\"><caption>C</caption><tbody><tr><td>a</td></tr></tbody></table>"
                          "<table id=\"u\"><caption>C</caption><tbody><tr><th scope=\"row\">a</th><td>b</td></tr></tbody></table>"),
        {});
    EXPECT_EQ(count(r, "vague-link-text"), 1U);
    EXPECT_EQ(count(r, "capitals"), 1U) << ::testing::PrintToString(codes(r));
    EXPECT_EQ(first(r, "capitals")->words, "DO");
    EXPECT_EQ(count(r, "table-without-headers"), 1U);
}

TEST(document_review, action_content_is_a_warning_callout_or_an_action_heading) {
    EXPECT_EQ(count(review_document(load_in("en", "<p>Rest.</p>"), {}), "no-action-content"), 1U);
    EXPECT_EQ(count(review_document(load_in("en", "<callout kind=\"tip\"><p>Rest.</p></callout>"), {}), "no-action-content"), 1U);
    EXPECT_EQ(count(review_document(load_in("en", action), {}), "no-action-content"), 0U);
    EXPECT_EQ(count(review_document(load_in("en", "<section id=\"w\"><title>When to call your nurse</title><p>Soon.</p></section>"), {}),
                    "no-action-content"),
              0U);
    EXPECT_EQ(count(review_document(load_in("es", "<section id=\"w\"><title>Cuándo llamar</title><p>Pronto.</p></section>"), {}),
                    "no-action-content"),
              0U);
}

}  // namespace
}  // namespace folio::review
