#pragma once

// Words the writing checks look for, per language (the primary language subtag). Languages
// without a list get only the checks that need none.

#include <string>
#include <string_view>
#include <vector>

namespace folio::review {

struct language_phrases {
    /// Alt text that says it is an image ("image of …"): screen readers already say so. Matched
    /// at the start of the alt text, lower-cased.
    std::vector<std::string> alt_openings;
    /// The same for languages that put it last (Hindi "… की तस्वीर", Chinese "……的图片").
    std::vector<std::string> alt_endings;
    /// Link words that say nothing of where the link goes ("click here"): a screen reader's list
    /// of links shows the words alone. Matched against the whole link text, lower-cased.
    std::vector<std::string> vague_links;
    /// Heading words that mark action content (PEMAT actionability: what the reader should do,
    /// and when to call): matched anywhere in a heading, lower-cased.
    std::vector<std::string> action_headings;
    /// Words that explain a term in the sentence that uses it ("means", "is called").
    std::vector<std::string> explanations;
    /// Words that, right after a term, start its definition ("X is a …").
    std::vector<std::string> definitions;
    /// Syllables from which a word counts as long enough to need explaining (0: by letters).
    int long_word_syllables = 0;
};

/// The lists for a BCP 47 tag's language; empty lists for a language Folio has none for.
auto phrases_for(std::string_view language) -> const language_phrases&;

}  // namespace folio::review
