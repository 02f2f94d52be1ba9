#pragma once

// Base64 (RFC 4648 §4, with padding), from OpenSSL (included in base64.cpp only): how the web
// page carries its images inside itself, as data: URLs.

#include <string>
#include <string_view>

namespace folio {

/// The Base64 text of `bytes`, on one line.
auto base64(std::string_view bytes) -> std::string;

}  // namespace folio
