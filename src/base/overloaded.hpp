#pragma once

// Exhaustive visiting: `std::visit(overloaded{...}, v)` with one lambda per alternative and no
// generic `auto` branch, so that a new alternative in a variant fails to compile until every
// stage that visits it says what it does with it.

namespace folio {

/// A set of lambdas that together form one visitor (the usual C++17 idiom).
template <typename... Fs>
struct overloaded : Fs... {
    using Fs::operator()...;
};
template <typename... Fs>
overloaded(Fs...) -> overloaded<Fs...>;

}  // namespace folio
