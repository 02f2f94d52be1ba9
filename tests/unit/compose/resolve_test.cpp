#include "compose/resolved_document.hpp"

#include "compose/text_positions.hpp"
#include "i18n/message_catalog.hpp"
#include "load/load_document.hpp"

#include <gtest/gtest.h>

#include <set>

namespace folio::compose {
namespace {

auto load_in(const std::string& language, const std::string& body, const std::string& meta = "") -> model::document {
    const std::string xml = "<document version=\"1\"><meta><title>Leaflet</title><language>" + language +
                            "</language><identifier>urn:x</identifier>" + meta +
                            "<published>2026-11-26</published><translation status=\"original\"/></meta><body>" + body +
                            "</body></document>";
    model::diagnostics sink;
    auto doc = load::load_document_from_bytes(xml, "content/leaflet/" + language + ".xml", sink);
    for (const auto& d : sink.all()) ADD_FAILURE() << model::format_diagnostic(d);
    return doc ? *doc : model::document{};
}

auto resolve_in(const std::string& language, const std::string& body, const std::string& meta = "") -> resolved_document {
    static std::map<std::string, std::unique_ptr<i18n::message_catalog>> catalogs;
    auto& catalog = catalogs[language];
    if (!catalog) catalog = std::make_unique<i18n::message_catalog>(FOLIO_MESSAGES_DIR, language);
    return resolve(load_in(language, body, meta), *catalog);
}

template <typename T>
auto block(const resolved_document& r, const std::string& id) -> const T& {
    const auto* node = model::find_block(r.doc(), id);
    EXPECT_NE(node, nullptr) << id;
    return std::get<T>(node->value);
}

/// Each text piece of a run with where compose placed it: "offset:text" joined by "|".
auto placed(const model::inlines& run) -> std::string {
    std::string out;
    for (const auto& node : run) {
        if (const auto* t = std::get_if<model::text>(&node.value)) out += std::to_string(t->offset) + ":" + t->value + "|";
        else if (const auto* b = std::get_if<model::line_break>(&node.value)) out += std::to_string(b->offset) + ":<br>|";
        else if (const auto* a = std::get_if<model::abbreviation>(&node.value)) out += std::to_string(a->offset) + ":" + a->value + "|";
        else if (const auto* e = std::get_if<model::emphasis>(&node.value)) out += placed(e->children);
        else if (const auto* x = std::get_if<model::cross_reference>(&node.value)) out += placed(x->children);
    }
    return out;
}

TEST(resolve, empty_cross_references_get_the_words_of_their_target_and_written_ones_keep_theirs) {
    const auto r = resolve_in("en",
                              "<section id=\"s\"><title>Side effects</title><p>See <xref to=\"t\"/> and <xref to=\"s\">this</xref>.</p>"
                              "<table id=\"t\"><caption>Doses</caption><tbody><tr><td>1</td></tr></tbody></table></section>");
    const auto& p = block<model::paragraph>(r, "s.p1");
    EXPECT_EQ(model::plain_text(p.content), "See the table “Doses” and this.");
    const auto& ref = std::get<model::cross_reference>(p.content.at(1).value);
    ASSERT_EQ(ref.children.size(), 1U);
    EXPECT_TRUE(std::get<model::text>(ref.children.front().value).generated);
}

TEST(resolve, a_reference_to_a_glossary_entry_says_so) {
    const auto r = resolve_in("en",
                              "<p>An <xref to=\"antigen\"/>.</p><glossary id=\"g\"><title>Words to know</title>"
                              "<entry id=\"antigen\"><term>antigen</term><definition><p>A marker.</p></definition></entry></glossary>");
    const auto& ref = std::get<model::cross_reference>(std::get<model::paragraph>(r.doc().body.front().value).content.at(1).value);
    EXPECT_TRUE(ref.to_glossary_entry);
    EXPECT_EQ(model::plain_text(ref.children), "“antigen” in “Words to know”");
}

TEST(resolve, callouts_get_their_kind_in_words_before_the_title) {
    const auto r = resolve_in("es", "<callout id=\"c\" kind=\"warning\"><title>Llame</title><p>Ya.</p></callout>"
                                    "<callout id=\"d\" kind=\"tip\"><p>Beba agua.</p></callout>");
    const auto& warning = block<model::callout>(r, "c");
    EXPECT_EQ(warning.label, "Advertencia");
    EXPECT_EQ(model::plain_text(warning.heading), "Advertencia: Llame");
    const auto& tip = block<model::callout>(r, "d");
    EXPECT_EQ(model::plain_text(tip.heading), tip.label);
    EXPECT_FALSE(tip.label.empty());
}

TEST(resolve, list_items_get_their_own_label_and_numbered_ones_their_path) {
    const auto r = resolve_in("ar",
                              "<ol id=\"o\" start=\"2\"><li><p>أ</p><ol id=\"n\"><li><p>ب</p></li></ol><ul id=\"u\"><li><p>ج</p></li></ul></li></ol>");
    const auto& outer = block<model::list>(r, "o");
    EXPECT_EQ(outer.items.at(0).label, "٢.");  // Arabic-Indic digits, as printed
    EXPECT_EQ(outer.items.at(0).path_label, "٢.");
    const auto& nested = block<model::list>(r, "n");
    EXPECT_EQ(nested.items.at(0).label, "١.");
    EXPECT_EQ(nested.items.at(0).path_label, "٢.١.");
    const auto& bullets = block<model::list>(r, "u");
    EXPECT_EQ(bullets.items.at(0).label, "\u2022");
    EXPECT_EQ(bullets.items.at(0).path_label, "");
}

TEST(resolve, list_labels_follow_each_lists_numbering_and_paths_join_them) {
    const auto r = resolve_in("en",
                              "<ol id=\"o\"><li>One <ol id=\"a\" numbering=\"lower-alpha\" start=\"26\"><li>z</li><li>aa "
                              "<ol id=\"r\" numbering=\"upper-roman\" start=\"4\"><li>iv</li></ol></li></ol></li>"
                              "<li>Two <ol id=\"n\" numbering=\"none\"><li>plain <ol id=\"d\"><li>d</li></ol></li></ol></li></ol>");
    const auto& alpha = block<model::list>(r, "a");
    EXPECT_EQ(alpha.items.at(0).label, "z.");
    EXPECT_EQ(alpha.items.at(1).label, "aa.");
    EXPECT_EQ(alpha.items.at(1).path_label, "1.aa.");
    const auto& roman = block<model::list>(r, "r");
    EXPECT_EQ(roman.items.at(0).label, "IV.");
    EXPECT_EQ(roman.items.at(0).path_label, "1.aa.IV.");
    // Numbering none: no label in any edition, and nothing for the items inside to repeat.
    const auto& none = block<model::list>(r, "n");
    EXPECT_EQ(none.items.at(0).label, "");
    EXPECT_EQ(none.items.at(0).path_label, "");
    EXPECT_EQ(block<model::list>(r, "d").items.at(0).path_label, "1.");
}

TEST(resolve, glossary_entries_come_in_the_readers_alphabetical_order) {
    const auto r = resolve_in("es",
                              "<glossary id=\"g\"><title>Palabras</title>"
                              "<entry id=\"o\"><term>oncólogo</term><definition><p>x</p></definition></entry>"
                              "<entry id=\"n\"><term>ñame</term><definition><p>x</p></definition></entry>"
                              "<entry id=\"m\"><term>nodo</term><definition><p>x</p></definition></entry></glossary>");
    const auto& g = block<model::glossary>(r, "g");
    std::vector<std::string> ids;
    for (const auto& e : g.entries) ids.push_back(e.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"m", "n", "o"}));  // Spanish: ñ after n, before o
}

TEST(resolve, text_is_placed_in_its_nodes_drawn_text_with_a_forced_break_as_one_space) {
    const auto r = resolve_in("en",
                              "<p id=\"p\">Call <em>now</em><br/>or <abbr title=\"emergency room\">ER</abbr>.</p>"
                              "<table id=\"t\"><caption>Cap</caption><thead><tr><th scope=\"col\">Head</th></tr></thead>"
                              "<tbody><tr><td>Cell</td></tr></tbody></table>");
    ASSERT_EQ(forced_break_drawn_as, " ");
    EXPECT_EQ(placed(block<model::paragraph>(r, "p").content), "0:Call |5:now|8:<br>|9:or |12:ER|14:.|");
    // A table's caption and cells are one node's drawn text, in the order print draws them.
    const auto& t = block<model::table>(r, "t");
    EXPECT_EQ(placed(t.caption), "0:Cap|");
    EXPECT_EQ(placed(t.head.at(0).cells.at(0).content), "3:Head|");
    EXPECT_EQ(placed(t.body.at(0).cells.at(0).content), "7:Cell|");
}

TEST(resolve, the_title_block_notices_are_made_once_and_run_on_in_one_node) {
    const auto r = resolve_in("en", "<p>x</p>",
                              "<expert reviewed=\"no\"><name>Dr Ada</name><credentials>MD</credentials>"
                              "<affiliation>Clinic</affiliation></expert>");
    const auto& t = r.title();
    ASSERT_EQ(t.notices.size(), 1U);
    EXPECT_EQ(model::plain_text(t.notices[0]), t.expert + " " + t.expert_review);
    EXPECT_NE(t.expert.find("Dr Ada"), std::string::npos);
    EXPECT_EQ(t.expert_affiliations.size(), 1U);
    EXPECT_EQ(r.page_footer(3, 9), "Page 3 of 9");
    const auto ar = resolve_in("ar", "<p>س</p>");
    EXPECT_EQ(ar.page_label(3), "٣");
}

TEST(resolve, a_name_written_the_other_way_is_a_phrase_of_its_own_script_in_the_notices) {
    // In Arabic, "Leisha Emens, M.D., Ph.D." put into Folio's words is isolated (print and the
    // e-book keep its full stop at its end); in English nothing needs it.
    const std::string meta = "<publisher>Clinic One</publisher><expert reviewed=\"no\"><name>Leisha Emens</name>"
                             "<credentials>M.D., Ph.D.</credentials></expert>";
    const auto ar = resolve_in("ar", "<p>س</p>", meta);
    std::vector<std::string> phrases;
    for (const auto& notice : ar.title().notices)
        for (const auto& node : notice)
            if (const auto* f = std::get_if<model::foreign>(&node.value))
                phrases.push_back(f->language + ":" + model::plain_text(f->children));
    EXPECT_EQ(phrases, (std::vector<std::string>{"und-Latn:Clinic One", "und-Latn:Leisha Emens", "und-Latn:M.D., Ph.D."}));
    EXPECT_EQ(model::plain_text(ar.title().notices.back()), ar.title().expert + " " + ar.title().expert_review);

    const auto en = resolve_in("en", "<p>x</p>", meta);
    for (const auto& notice : en.title().notices)
        for (const auto& node : notice) EXPECT_FALSE(std::holds_alternative<model::foreign>(node.value));
}

TEST(resolve, abbreviations_are_spelled_out_in_the_documents_language) {
    const auto r = resolve_in("en", "<p id=\"p\">An <abbr title=\"emergency room\">ER</abbr>.</p>");
    const auto& a = std::get<model::abbreviation>(block<model::paragraph>(r, "p").content.at(1).value);
    EXPECT_EQ(a.spelled_out, "ER (emergency room)");
}

}  // namespace
}  // namespace folio::compose

namespace folio::compose {
namespace {

TEST(cues, announcements_are_said_in_the_documents_language) {
    const auto en = resolve_in("en", "<p>x</p>");
    EXPECT_EQ(en.cues().heading(2, "About"), "Heading level 2: About");
    EXPECT_EQ(en.cues().table_row(2, 3), "Row 2 of 3");
    EXPECT_NE(en.cues().callout_start(model::callout_kind::warning, ""), en.cues().callout_start(model::callout_kind::warning, "Call"));
    EXPECT_NE(en.cues().callout_start(model::callout_kind::warning, "Call").find("Call"), std::string::npos);
    const auto es = resolve_in("es", "<p>x</p>");
    EXPECT_NE(es.cues().contents(), en.cues().contents());
    // Every summary sentence exists and says something of its own.
    std::set<std::string> sentences;
    for (const auto s : {summary_sentence::conformance, summary_sentence::navigation, summary_sentence::images,
                         summary_sentence::tables, summary_sentence::page_list, summary_sentence::languages,
                         summary_sentence::text_size})
        EXPECT_TRUE(sentences.insert(es.cues().summary(s)).second);
    EXPECT_EQ(en.cues().join_sentences({"One.", "Two."}), "One. Two.");
}

}  // namespace
}  // namespace folio::compose

namespace folio::compose {
namespace {

auto link_in(const resolved_document& r, const std::string& id, std::size_t index) -> const model::link& {
    return std::get<model::link>(std::get<model::paragraph>(model::find_block(r.doc(), id)->value).content.at(index).value);
}

TEST(resolve, external_links_whose_words_are_not_their_address_get_it_for_print) {
    const auto r = resolve_in("en",
                              "<p id=\"p\">See <a href=\"https://www.cancer.gov/types/immunotherapy\">the page</a>, "
                              "<a href=\"https://clinicaltrials.gov/\">ClinicalTrials.gov</a>, <a href=\"tel:911\">911</a>, "
                              "<a href=\"mailto:care@example.org\">write to us</a> and <a href=\"#p\">here</a>.</p>");
    EXPECT_EQ(link_in(r, "p", 1).printed_address.value, " (https://www.cancer.gov/types/immunotherapy)");
    EXPECT_EQ(link_in(r, "p", 3).printed_address.value, "");  // the words are the address
    EXPECT_EQ(link_in(r, "p", 5).printed_address.value, "");  // the number is the words
    EXPECT_EQ(link_in(r, "p", 7).printed_address.value, " (care@example.org)");
    EXPECT_EQ(link_in(r, "p", 9).printed_address.value, "");  // a place in this document
    // It is placed right after the link's words in the paragraph's drawn text.
    const auto& first = link_in(r, "p", 1);
    EXPECT_EQ(first.printed_address.offset, std::get<model::text>(first.children.front().value).offset + 8);
    const auto zh = resolve_in("zh-Hans", "<p id=\"p\">见<a href=\"https://www.cancer.gov/\">美国国家癌症研究所</a>。</p>");
    EXPECT_EQ(link_in(zh, "p", 1).printed_address.value, "（https://www.cancer.gov/）");
}

}  // namespace
}  // namespace folio::compose

namespace folio::compose {
namespace {

TEST(resolve, dates_language_names_and_lists_are_in_the_readers_language_where_icu_has_none) {
    // ICU 72 has no Haitian Creole data and falls back to French ("26 novembre 2026", "créole
    // haïtien", "A et B"): the ht catalog gives its own words; other languages keep ICU's.
    const std::string meta = "<author>Ana</author><author>Jan</author><author>Wil</author>";
    const auto ht = resolve_in("ht", "<p>x</p><p id=\"en\" lang=\"en\">Hello</p>", meta);
    std::string details;
    for (const auto& d : ht.title().details) details += d + "\n";
    EXPECT_NE(details.find("Dat piblikasyon: 26 novanm 2026"), std::string::npos) << details;
    EXPECT_NE(details.find("Lang: kreyòl ayisyen"), std::string::npos) << details;
    EXPECT_EQ(ht.title().authors, "Ana, Jan ak Wil");
    EXPECT_EQ(ht.cues().block_language("en", "ht"), "An angle:");
    for (const auto* french : {"novembre", "créole", " et "}) EXPECT_EQ(details.find(french), std::string::npos) << french;

    const auto fr = resolve_in("fr", "<p>x</p>", meta);
    EXPECT_EQ(fr.title().authors, "Ana, Jan et Wil");
    std::string fr_details;
    for (const auto& d : fr.title().details) fr_details += d + "\n";
    EXPECT_NE(fr_details.find("26 novembre 2026"), std::string::npos) << fr_details;
    const auto en = resolve_in("en", "<p>x</p>", "<author>Ana</author>");
    EXPECT_EQ(en.title().authors, "Ana");
    EXPECT_EQ(en.cues().block_language("ht", "en"), "In Haitian Creole:");
}

}  // namespace
}  // namespace folio::compose
