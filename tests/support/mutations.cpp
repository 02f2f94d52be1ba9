#include "support/mutations.hpp"

#include <vector>

namespace folio::testing {

auto mutate(std::string text, std::mt19937& random) -> std::string {
    static const std::vector<std::string> snippets = {"<", ">", "&", "&nbsp;", "</p>", "<p>", "<section>", "\"",
                                                      "<!DOCTYPE x>", "<![CDATA[", "\xFF", "\xC3", "\r\n", std::string(1, '\0'),
                                                      "<em>", "</li>", "<br/>", "\u0627\u0644", "\u4E2D"};
    const int edits = 1 + static_cast<int>(random() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
        const std::size_t at = random() % text.size();
        switch (random() % 5) {
        case 0: text[at] = static_cast<char>(random() % 256); break;
        case 1: text.erase(at, random() % 64); break;
        case 2: text.insert(at, snippets[random() % snippets.size()]); break;
        case 3: text.insert(at, text.substr(random() % text.size(), random() % 200)); break;
        default: text.resize(at); break;
        }
    }
    return text;
}

}  // namespace folio::testing
