#include "load/coverage_index.hpp"

#include <fstream>

namespace folio::load {

auto read_coverage_index(const std::filesystem::path& file, model::diagnostics& sink)
    -> std::map<std::string, code_point_ranges> {
    std::map<std::string, code_point_ranges> index;
    std::ifstream in(file, std::ios::binary);
    if (!in) return index;
    std::string line;
    std::uint32_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line.front() == '#') continue;
        const auto space = line.find(' ');
        const auto ranges = space == std::string::npos ? std::nullopt
                                                       : code_point_ranges::decode(std::string_view(line).substr(space + 1));
        if (!ranges) {
            sink.warning("damaged-coverage-index", file.string(), {number, 1},
                         "this line of the font coverage index is not 'FONT-FILE RANGES'; it is left out",
                         "rebuild the index with tools/index-font-coverage (fonts/README.md)");
            continue;
        }
        index.insert_or_assign(line.substr(0, space), *ranges);
    }
    return index;
}

}  // namespace folio::load
