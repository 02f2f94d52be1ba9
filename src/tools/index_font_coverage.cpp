// index-font-coverage FONTS_DIR FILE...: prints one coverage-index line per font file (its path
// relative to FONTS_DIR, then the code points its first face draws), for fonts/coverage-index.txt.
// The index lets `folio check` name the optional font (`make fonts`) that has a character while
// that font is not on disk.

#include "layout/font_subset.hpp"
#include "model/edition_failure.hpp"

#include <iostream>

auto main(int argc, char** argv) -> int {
    if (argc < 3) {
        std::cerr << "usage: index-font-coverage FONTS_DIR FILE...  (FILE relative to FONTS_DIR)\n";
        return 2;
    }
    const std::string fonts_dir = argv[1];
    try {
        for (int i = 2; i < argc; ++i) {
            const std::string file = argv[i];
            std::cout << file << ' ' << folio::layout::read_font_coverage(fonts_dir + "/" + file, 0).encode() << '\n';
        }
    } catch (const folio::model::edition_failure& e) {
        std::cerr << "index-font-coverage: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
