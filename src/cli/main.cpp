#include "cli/data_folders.hpp"
#include "cli/run_folio.hpp"


#include <cstdlib>
#include <exception>
#include <iostream>

#include <unistd.h>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::error_code ec;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", ec);
    folio::cli::environment env{folio::cli::catalog_folder(ec ? std::filesystem::path(argv[0]) : executable),
                                &std::cout, &std::cerr};
    // Folio's data: FOLIO_DATA_DIR when set, else found from the executable (cli/data_folders.hpp).
    const char* data_dir = std::getenv("FOLIO_DATA_DIR");
    env.data_folders = folio::cli::data_folder_candidates(
        ec ? std::filesystem::path{} : executable,
        data_dir != nullptr && *data_dir != '\0' ? std::optional<std::string>(data_dir) : std::nullopt, FOLIO_SOURCE_TREE,
        FOLIO_BUILD_TREE);
    env.err_is_terminal = isatty(STDERR_FILENO) == 1;
    // Reproducible builds set SOURCE_DATE_EPOCH.
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
        const auto seconds = folio::cli::read_source_date_epoch(epoch);
        if (const auto* problem = std::get_if<std::string>(&seconds)) {
            std::cerr << "folio: error: " << *problem << "\n";
            return 2;
        }
        env.source_date_epoch = std::get<std::int64_t>(seconds);
    }
    try {
        return folio::cli::run_folio(args, env);
    } catch (const std::exception& error) {
        std::cerr << "folio: internal error: " << error.what() << "\nPlease report this, with the input that caused it.\n";
        return 1;
    }
}
