#pragma once

// FOLIO_API marks what libfolio exports: the library is built with hidden visibility, so nothing
// else (its pipeline stages, the libraries it uses) is part of its ABI.
#if defined(__GNUC__) || defined(__clang__)
#define FOLIO_API __attribute__((visibility("default")))
#else
#define FOLIO_API
#endif
