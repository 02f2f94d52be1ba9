// The loader's promise, as qpdf's fuzzers put it: never anything worse than a diagnostic.
// Thousands of deterministic mutations of the shipped handout (byte flips, cuts, duplicated
// spans, inserted markup) must each load or be refused with at least one error, without a
// crash, a hang or an exception. Deterministic, so a failure reproduces from its seed.

#include "load/load_document.hpp"

#include "support/mutations.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

namespace folio::load {
namespace {

const std::filesystem::path handout = std::filesystem::path(FOLIO_SOURCE_DIR) / "content/immunotherapy/en.xml";

auto read_handout() -> std::string {
    std::ifstream in(handout, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(loader_robustness, mutated_inputs_give_diagnostics_never_crashes) {
    const std::string original = read_handout();
    ASSERT_FALSE(original.empty());
    int refused = 0;
    constexpr int runs = 3000;
    for (int seed = 0; seed < runs; ++seed) {
        std::mt19937 random(static_cast<std::mt19937::result_type>(seed));
        const std::string input = folio::testing::mutate(original, random);
        model::diagnostics sink;
        std::optional<model::document> doc;
        ASSERT_NO_THROW(doc = load_document_from_bytes(input, handout, sink)) << "seed " << seed;
        if (!doc) {
            EXPECT_TRUE(sink.has_errors()) << "seed " << seed << ": refused without saying why";
        }
        for (const auto& d : sink.all()) {
            EXPECT_FALSE(d.code.empty()) << "seed " << seed;
            EXPECT_FALSE(d.message.empty()) << "seed " << seed;
        }
        if (sink.has_errors()) ++refused;
    }
    // Most mutations break something; if none were refused the mutator is not doing its job.
    EXPECT_GT(refused, runs / 2);
}

}  // namespace
}  // namespace folio::load
