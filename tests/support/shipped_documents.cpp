#include "support/shipped_documents.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace folio::testing {

auto read_shipped_documents(const std::filesystem::path& list) -> std::vector<shipped_file> {
    std::ifstream in(list);
    if (!in) throw std::runtime_error("cannot read the list of shipped documents '" + list.string() + "'");
    std::vector<shipped_file> files;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        std::istringstream words(line);
        std::string document;
        if (!(words >> document) || document.starts_with('#')) continue;
        std::size_t languages = 0;
        for (std::string language; words >> language; ++languages) files.push_back({document, language});
        if (languages == 0)
            throw std::runtime_error(list.string() + ":" + std::to_string(number) + ": document '" + document +
                                     "' lists no language");
    }
    if (files.empty()) throw std::runtime_error(list.string() + " lists no document");
    return files;
}

}  // namespace folio::testing
