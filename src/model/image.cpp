#include "model/image.hpp"

namespace folio::model {

auto file_extension(image_format format) -> const char* {
    switch (format) {
        case image_format::png: return ".png";
        case image_format::jpeg: return ".jpg";
    }
    return "";  // unreachable: every enumerator is handled above (-Wswitch checks it)
}

auto media_type(image_format format) -> const char* {
    switch (format) {
        case image_format::png: return "image/png";
        case image_format::jpeg: return "image/jpeg";
    }
    return "";  // unreachable, as above
}

}  // namespace folio::model
