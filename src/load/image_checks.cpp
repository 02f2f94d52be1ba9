#include "load/image_checks.hpp"

#include "load/suggestions.hpp"
#include "load/whitespace.hpp"

#include <array>
#include <fstream>

namespace folio::load {

namespace {
namespace fs = std::filesystem;

auto has_image_signature(const fs::path& file) -> bool {
    std::array<unsigned char, 8> head{};
    std::ifstream in(file, std::ios::binary);
    in.read(reinterpret_cast<char*>(head.data()), head.size());
    if (in.gcount() < 3) return false;
    const bool png = in.gcount() == 8 && head == std::array<unsigned char, 8>{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    const bool jpeg = head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;
    return png || jpeg;
}

/// Files in the folder, relative to the document, to suggest for a mistyped name.
auto nearby_files(const fs::path& folder, const fs::path& document_folder) -> std::vector<std::string> {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file(ec)) names.push_back(entry.path().lexically_relative(document_folder).generic_string());
    return names;
}

void check_image_file(xml_reader& reader, const pugi::xml_attribute& src_attribute, const std::string& src) {
    const auto at = reader.position(src_attribute);
    const fs::path relative(src);
    if (relative.is_absolute() || src.find('\\') != std::string::npos) {
        reader.error(at, "image-outside-document", "image path '" + src + "' is absolute",
                     "give the path relative to the document's folder, e.g. 'images/diagram.png'");
        return;
    }
    for (const auto& part : relative) {
        if (part == "..") {
            reader.error(at, "image-outside-document", "image path '" + src + "' leaves the document's folder",
                         "copy the image into the document's folder and refer to it from there");
            return;
        }
    }
    const fs::path& folder = reader.document_folder();
    const fs::path file = folder / relative;
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        std::string hint = "put the image in '" + (folder.empty() ? std::string(".") : folder.generic_string()) + "/' or fix the path";
        const auto match = closest_match(src, nearby_files(file.parent_path(), folder));
        if (!match.empty()) hint = "did you mean '" + match + "'?";
        reader.error(at, "missing-image", "image file '" + src + "' not found", hint);
        return;
    }
    // A symbolic link may point anywhere: compare the real paths.
    const fs::path real_folder = fs::canonical(folder.empty() ? fs::path(".") : folder, ec);
    const fs::path real_file = fs::canonical(file, ec);
    const auto inside = real_file.lexically_relative(real_folder);
    if (ec || inside.empty() || *inside.begin() == "..") {
        // Name the link's target as written, never an absolute path of this machine.
        const std::string how = fs::is_symlink(file, ec)
                                    ? "is a symbolic link to '" + fs::read_symlink(file, ec).string() + "'"
                                    : "leads through a symbolic link";
        reader.error(at, "image-outside-document",
                     "image '" + src + "' " + how + ", outside the document's folder",
                     "copy the image into the document's folder instead of linking to it");
        return;
    }
    if (!fs::is_regular_file(real_file, ec) || !has_image_signature(real_file)) {
        reader.error(at, "unsupported-image", "image '" + src + "' is not a PNG or JPEG file",
                     "convert it to PNG (diagrams) or JPEG (photographs)");
    }
}
}  // namespace

void read_image(xml_reader& reader, const pugi::xml_node& image, const std::string& figure_id,
                model::figure& out) {
    if (const auto src = reader.required_attribute(image, "src")) {
        out.image_path = *src;
        if (src->empty()) {
            reader.error(reader.position(image.attribute("src")), "invalid-value", "image path is empty");
        } else {
            check_image_file(reader, image.attribute("src"), *src);
        }
    }
    const auto alt = image.attribute("alt");
    const auto decorative = image.attribute("decorative");
    if (decorative && !reader.check_choice(decorative, {"true"})) return;
    out.decorative = static_cast<bool>(decorative);
    out.alt = alt ? collapse_whitespace(*reader.optional_attribute(image, "alt")) : std::string{};
    if (out.decorative && alt) {
        reader.error(reader.position(alt), "alt-and-decorative",
                     "figure '" + figure_id + "' has alt text but is marked decorative",
                     "keep alt if the image carries information, or decorative=\"true\" if it does not; not both");
    } else if (!out.decorative && out.alt.empty()) {
        reader.error(alt ? reader.position(alt) : reader.position(image), "missing-alt",
                     "figure '" + figure_id + "' has no alt text",
                     "describe what the image shows in alt=\"...\", or mark it decorative=\"true\" if it adds nothing");
    }
}

}  // namespace folio::load
