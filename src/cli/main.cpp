#include "cli/run_folio.hpp"

#include "i18n/message_catalog.hpp"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::error_code ec;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", ec);
    const folio::cli::environment env{
        folio::i18n::default_catalog_directory(ec ? std::filesystem::path(argv[0]) : executable),
        &std::cout, &std::cerr};
    try {
        return folio::cli::run_folio(args, env);
    } catch (const std::exception& error) {
        std::cerr << "folio: internal error: " << error.what() << "\nPlease report this, with the input that caused it.\n";
        return 1;
    }
}
