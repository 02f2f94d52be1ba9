#include "base/base64.hpp"

#include <openssl/evp.h>

namespace folio {

auto base64(std::string_view bytes) -> std::string {
    // EVP_EncodeBlock writes 4 characters per 3 bytes (rounded up) and a terminating NUL, with
    // no line breaks.
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                        reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(written));
    return out;
}

}  // namespace folio
