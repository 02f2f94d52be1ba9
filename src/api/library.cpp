// libfolio.so is folio_api whole (src/api/CMakeLists.txt); this file gives the shared library a
// source of its own, and checks that the public headers stand alone.
#include "folio/folio.hpp"
