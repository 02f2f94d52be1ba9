#include "base/digest.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace folio {

namespace {
template <std::size_t N>
auto digest(std::string_view bytes, const EVP_MD* type) -> std::array<std::uint8_t, N> {
    std::array<std::uint8_t, N> out{};
    unsigned int length = 0;
    // EVP_Digest fails only when OpenSSL cannot allocate its context.
    if (EVP_Digest(bytes.data(), bytes.size(), out.data(), &length, type, nullptr) != 1 || length != N)
        throw std::runtime_error("failed to compute a digest with OpenSSL");
    return out;
}
}  // namespace

auto sha1(std::string_view bytes) -> sha1_digest { return digest<20>(bytes, EVP_sha1()); }

auto sha256(std::string_view bytes) -> sha256_digest { return digest<32>(bytes, EVP_sha256()); }

auto lower_hex(std::span<const std::uint8_t> bytes) -> std::string {
    static constexpr std::string_view digits = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const std::uint8_t b : bytes) {
        out.push_back(digits[b >> 4U]);
        out.push_back(digits[b & 0x0FU]);
    }
    return out;
}

}  // namespace folio
