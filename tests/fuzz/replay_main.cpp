// Runs a fuzz target over saved inputs, as a normal test: `replay-<target> FILE|DIR...`. Used
// when the targets are built without libFuzzer (the default build, and the sanitizer build in
// CI), so that every seed and every past finding is replayed on each run. An input that takes
// more than 10 seconds fails, as a hang would under the fuzzer.

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int;

auto main(int argc, char** argv) -> int {
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path path = argv[i];
        if (fs::is_directory(path)) {
            for (const auto& entry : fs::recursive_directory_iterator(path))
                if (entry.is_regular_file()) inputs.push_back(entry.path());
        } else {
            inputs.push_back(path);
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::cerr << "replay: no inputs\n";
        return 2;
    }
    int slow = 0;
    for (const auto& input : inputs) {
        std::ifstream in(input, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (seconds > 10) {
            std::cerr << "replay: " << input.string() << " took " << seconds << " s (a hang: over 10 s)\n";
            ++slow;
        }
    }
    std::cout << "replay: " << inputs.size() << " inputs, " << slow << " over 10 s\n";
    return slow == 0 ? 0 : 1;
}
