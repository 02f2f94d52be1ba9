#include "folio/status.hpp"

namespace folio {

namespace {
auto rank(status code) -> int {
    switch (code) {
    case status::success: return 0;
    case status::output_error: return 1;
    case status::content_error: return 2;
    case status::input_error: return 3;
    case status::usage: return 4;
    case status::installation: return 5;
    case status::internal_error: return 6;
    }
    return 6;
}
}  // namespace

auto worse(status a, status b) -> status { return rank(a) >= rank(b) ? a : b; }

}  // namespace folio
