#pragma once

#include "load/xml_reader.hpp"

namespace folio::load {

/// Reads a figure's <image>: its accessible text (alt, or decorative="true", never both, never
/// neither) and its file, which must be a PNG or JPEG inside the document's folder (no absolute
/// paths, no "..", no symbolic link that leads out), named for its format, whole, decodable and
/// within the size caps (image_reader.hpp). Sets `out.image` when the file passes all of that.
/// A book's cover (`cover`) is read the same way, but must have alt text: it is the e-book's
/// first page, never decoration.
void read_image(xml_reader& reader, const pugi::xml_node& image, const std::string& figure_id,
                model::figure& out, bool cover = false);

}  // namespace folio::load
