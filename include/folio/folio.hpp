#pragma once

// Folio's C++ API: everything the `folio` command line does, callable from a program.
// docs/library.md shows how to build against it (find_package(Folio), Folio::folio).

#include "folio/diagnostic.hpp"
#include "folio/editions.hpp"
#include "folio/engine.hpp"
#include "folio/language.hpp"
#include "folio/status.hpp"
#include "folio/version.hpp"
