// The folio command line: a thin client of libfolio (include/folio/).
#include "cli/run_folio.hpp"

#include <folio/engine.hpp>

#include <cstdlib>
#include <exception>
#include <iostream>

#include <unistd.h>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    // Folio's data: FOLIO_DATA_DIR when set, else found from where libfolio is installed.
    folio::cli::environment env{folio::default_messages_folder(), &std::cout, &std::cerr};
    env.data_folders = folio::default_data_folders();
    env.err_is_terminal = isatty(STDERR_FILENO) == 1;
    // Colours only on a terminal, and never when NO_COLOR is set (no-color.org).
    const char* no_color = std::getenv("NO_COLOR");
    env.out_is_terminal = isatty(STDOUT_FILENO) == 1 && (no_color == nullptr || *no_color == '\0');
    // Reproducible builds set SOURCE_DATE_EPOCH.
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
        std::string problem;
        env.source_date_epoch = folio::parse_source_date_epoch(epoch, problem);
        if (!env.source_date_epoch) {
            std::cerr << "folio: error: " << problem << "\n";
            return 2;
        }
    }
    try {
        return folio::cli::run_folio(args, env);
    } catch (const std::exception& error) {
        std::cerr << "folio: internal error: " << error.what() << "\nPlease report this, with the input that caused it.\n";
        return 1;
    }
}
