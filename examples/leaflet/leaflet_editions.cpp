// leaflet-editions: what a clinic's own program might do with Folio's library. It checks a
// leaflet written in memory, shows what is wrong with a broken one (as values, with their line
// and column), makes the text edition in memory, then exports every edition of a folder of
// documents to files, printing each file's report as it comes.
//
// usage: leaflet-editions CONTENT_FOLDER OUTPUT_FOLDER
#include <folio/folio.hpp>

#include <iostream>
#include <string>

namespace {
const std::string leaflet = R"(<?xml version="1.0" encoding="UTF-8"?>
<document version="1"><meta><title>Flu vaccine</title><language>en</language><identifier>urn:example:flu</identifier>
<published>2026-10-01</published><translation status="original"/></meta>
<body><section id="when"><title>When to come</title><p>Come in October, before the winter.</p></section></body></document>
)";

void print(const std::vector<folio::diagnostic>& diagnostics) {
    for (const auto& d : diagnostics) std::cerr << folio::format(d) << '\n';
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: leaflet-editions CONTENT_FOLDER OUTPUT_FOLDER\n";
        return 2;
    }
    std::cout << "libfolio " << folio::version() << " (headers " << FOLIO_VERSION_STRING << ")\n";
    const folio::engine engine;  // Folio's own styles, fonts and messages, found where it is installed

    // A document in memory: loaded, checked, and its screen-reader edition made without a file.
    const auto loaded = engine.load(leaflet, "flu/en.xml");
    print(loaded.diagnostics);
    if (!loaded.document) return static_cast<int>(loaded.result);
    std::cout << "loaded '" << loaded.document->title() << "' (" << loaded.document->language() << ")\n";
    const auto text = engine.make(*loaded.document, "screen-reader");
    print(text.diagnostics);
    if (!text.bytes) return static_cast<int>(text.result);
    std::cout << "screen-reader edition: " << text.bytes->size() << " bytes, first line: "
              << text.bytes->substr(0, text.bytes->find('\n')) << '\n';

    // A broken document: the problems are values, with their place in the file.
    const auto broken = engine.load("<document version=\"1\"><meta><title>Oops</title></meta>\n<body><p>x</body></document>",
                                    "broken/en.xml");
    for (const auto& d : broken.diagnostics)
        std::cout << "broken/en.xml line " << d.line << ", column " << d.column << ": " << d.message << " [" << d.code << "]\n";

    // Every edition of a folder of documents, to files, on every core.
    folio::export_request request;
    request.paths = {argv[1]};
    request.out_dir = argv[2];
    folio::export_observer observer;
    observer.run_diagnostic = [](const folio::diagnostic& d) { std::cerr << folio::format(d) << '\n'; };
    observer.file_done = [](const folio::file_report& file) {
        print(file.diagnostics);
        for (const auto& path : file.written) std::cout << "wrote " << path.string() << '\n';
    };
    const auto report = engine.export_files(request, observer);
    std::cout << report.files.size() << " content files, status " << static_cast<int>(report.result) << '\n';
    return static_cast<int>(report.result);
}
