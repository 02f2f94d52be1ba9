#include "cli/exit_codes.hpp"

namespace folio::cli {

namespace {
auto rank(exit_code code) -> int {
    switch (code) {
    case exit_code::success: return 0;
    case exit_code::output_error: return 1;
    case exit_code::content_error: return 2;
    case exit_code::input_error: return 3;
    case exit_code::usage: return 4;
    case exit_code::installation: return 5;
    case exit_code::internal_error: return 6;
    }
    return 6;
}
}  // namespace

auto worse(exit_code a, exit_code b) -> exit_code { return rank(a) >= rank(b) ? a : b; }

}  // namespace folio::cli
