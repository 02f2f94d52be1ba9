#include "load/image_checks.hpp"

#include "base/overloaded.hpp"
#include "load/image_reader.hpp"
#include "load/suggestions.hpp"
#include "load/whitespace.hpp"
#include "load/xml_limits.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace folio::load {

namespace {
namespace fs = std::filesystem;

auto format_name(model::image_format format) -> std::string {
    switch (format) {
        case model::image_format::png: return "PNG";
        case model::image_format::jpeg: return "JPEG";
    }
    return {};  // unreachable: -Wswitch covers the enum
}

/// The format a file name promises: ".png", ".jpg" or ".jpeg" in any case; nothing otherwise.
auto format_of_name(const fs::path& name) -> std::optional<model::image_format> {
    std::string extension = name.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".png") return model::image_format::png;
    if (extension == ".jpg" || extension == ".jpeg") return model::image_format::jpeg;
    return std::nullopt;
}

/// Editions name the image by its bytes, but a name that lies misleads every other program an
/// author opens it with, and hid a JPEG saved as ".png" until now: the name must tell the truth.
auto check_extension(xml_reader& reader, model::source_position at, const std::string& src, model::image_format format)
    -> bool {
    if (format_of_name(src) == format) return true;
    const fs::path name(src);
    const std::string extension = name.extension().string();
    const std::string says = extension.empty() ? "has no extension" : "ends in '" + extension + "'";
    fs::path renamed = name;
    renamed.replace_extension(model::file_extension(format));
    reader.error(at, "image-extension-mismatch",
                 "image '" + src + "' holds " + format_name(format) + " data but its name " + says,
                 "rename the file to '" + renamed.generic_string() + "' and write that name in src");
    return false;
}

void report_failure(xml_reader& reader, model::source_position at, const std::string& src, const image_failure& failure) {
    const std::string kind = failure.format ? format_name(*failure.format) : std::string{};
    switch (failure.problem) {
        case image_problem::unsupported:
            if (failure.format) {
                reader.error(at, "unsupported-image",
                             "image '" + src + "' is a kind of " + kind + " that Folio cannot read (" + failure.detail + ")",
                             "save it again as an ordinary 8-bit RGB or greyscale " + kind + ", or convert it to PNG");
            } else {
                reader.error(at, "unsupported-image",
                             failure.detail.empty()
                                 ? "image '" + src + "' is not a PNG or JPEG file"
                                 : "image '" + src + "' is in " + failure.detail + " format, not PNG or JPEG",
                             "convert it to PNG (diagrams) or JPEG (photographs)");
            }
            return;
        case image_problem::corrupt:
            reader.error(at, "image-corrupt",
                         "image '" + src + "' is damaged: its " + kind + " data does not decode (" + failure.detail + ")",
                         "open it in an image editor and save it again, or replace it with a good copy");
            return;
        case image_problem::truncated:
            reader.error(at, "image-truncated",
                         "image '" + src + "' is cut short: the " + kind + " file ends before its image data does",
                         "the file was not copied or saved completely; copy it again from where it came from");
            return;
        case image_problem::too_large:
            reader.error(at, "image-too-large",
                         "image '" + src + "' is " + failure.detail + ", over Folio's limit of " +
                             std::to_string(max_image_side) + " pixels a side and " +
                             std::to_string(max_image_pixels / 1'000'000) + " megapixels",
                         "scale it down: 300 pixels per inch of printed width is plenty (2400 pixels for 8 inches)");
            return;
    }
}

/// Reads the whole file once, decodes it, and gives the figure its image record; a file that
/// several figures show is read once and shared (one image in the PDF and in the EPUB).
void read_image_file(xml_reader& reader, model::source_position at, const std::string& src, const fs::path& real_file,
                     model::figure& out) {
    if (const auto known = reader.images_read.find(real_file); known != reader.images_read.end()) {
        // Another name (a symbolic link inside the folder) may still lie about the same file.
        if (check_extension(reader, at, src, known->second.format)) out.image = known->second;
        return;
    }
    std::error_code ec;
    const auto size = fs::file_size(real_file, ec);
    if (ec) {
        reader.error(at, "unreadable-file", "failed to read image '" + src + "' (" + ec.message() + ")");
        return;
    }
    if (size > max_image_file_bytes) {
        reader.error(at, "image-too-large",
                     "image '" + src + "' is a file of " + std::to_string(size / (1024 * 1024)) +
                         " MB, over Folio's limit of " + std::to_string(max_image_file_bytes / (1024 * 1024)) + " MB",
                     "scale it down, or save it with more compression");
        return;
    }
    std::ifstream in(real_file, std::ios::binary);
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (!in || static_cast<std::uintmax_t>(in.gcount()) != size) {
        reader.error(at, "unreadable-file", "failed to read image '" + src + "' (permission denied, or a read error)");
        return;
    }
    auto decoded = decode_image(std::make_shared<const std::string>(std::move(bytes)));
    std::visit(overloaded{
                   [&](model::image_data& image) {
                       if (!check_extension(reader, at, src, image.format)) return;
                       reader.images_read.emplace(real_file, image);
                       out.image = std::move(image);
                   },
                   [&](image_failure& failure) {
                       report_failure(reader, at, src, failure);
                       if (failure.format && failure.problem != image_problem::unsupported)
                           check_extension(reader, at, src, *failure.format);
                   },
               },
               decoded);
}

/// Files in the folder, relative to the document, to suggest for a mistyped name.
auto nearby_files(const fs::path& folder, const fs::path& document_folder) -> std::vector<std::string> {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file(ec)) names.push_back(entry.path().lexically_relative(document_folder).generic_string());
    return names;
}

void check_image_file(xml_reader& reader, const pugi::xml_attribute& src_attribute, const std::string& src,
                      model::figure& out) {
    const auto at = reader.position(src_attribute);
    const fs::path relative(src);
    // "https://...", "file:///...", "data:...": an address, not a path. A file may have a colon
    // in its name ("scan:1.png"), so only "scheme://" and the schemes images come by count.
    if (const auto colon = src.find(':'); colon != std::string::npos && colon > 1) {
        const std::string scheme = src.substr(0, colon);
        const bool scheme_syntax = std::all_of(scheme.begin(), scheme.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
        });
        std::string lower = scheme;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const bool known = lower == "http" || lower == "https" || lower == "file" || lower == "data" || lower == "ftp" || lower == "blob";
        if (scheme_syntax && (known || src.compare(colon, 3, "://") == 0)) {
            reader.error(at, "image-outside-document",
                         "image '" + src + "' is an address (" + scheme + ":), not a file: Folio embeds images from the document's folder only",
                         "save the image into the document's folder and give its name, e.g. 'images/diagram.png'");
            return;
        }
    }
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
    if (!fs::is_regular_file(real_file, ec)) {
        reader.error(at, "unsupported-image", "image '" + src + "' is not a PNG or JPEG file",
                     "convert it to PNG (diagrams) or JPEG (photographs)");
        return;
    }
    read_image_file(reader, at, src, real_file, out);
}
}  // namespace

void read_image(xml_reader& reader, const pugi::xml_node& image, const std::string& figure_id,
                model::figure& out, bool cover) {
    if (const auto src = reader.required_attribute(image, "src")) {
        out.image_path = *src;
        if (src->empty()) {
            reader.error(reader.position(image.attribute("src")), "invalid-value", "image path is empty");
        } else {
            check_image_file(reader, image.attribute("src"), *src, out);
        }
    }
    const auto alt = image.attribute("alt");
    const auto decorative = image.attribute("decorative");
    if (decorative && !reader.check_choice(decorative, {"true"})) return;
    out.decorative = static_cast<bool>(decorative);
    out.alt = alt ? collapse_whitespace(*reader.optional_attribute(image, "alt")) : std::string{};
    if (const auto message = field_too_long(out.alt, "the alt text of figure '" + figure_id + "'"))
        reader.error(reader.position(alt), "text-too-long", *message,
                     "say what the image shows in a sentence or two; a long description belongs in the text or the caption");
    if (out.decorative && alt) {
        reader.error(reader.position(alt), "alt-and-decorative",
                     "figure '" + figure_id + "' has alt text but is marked decorative",
                     "keep alt if the image carries information, or decorative=\"true\" if it does not; not both");
    } else if (cover && out.alt.empty()) {
        reader.error(alt ? reader.position(alt) : reader.position(image), "missing-alt", "the cover has no alt text",
                     "say what the cover shows in alt=\"...\": it is the e-book's first page, and a reader who cannot see it hears this");
    } else if (!out.decorative && out.alt.empty()) {
        reader.error(alt ? reader.position(alt) : reader.position(image), "missing-alt",
                     "figure '" + figure_id + "' has no alt text",
                     "describe what the image shows in alt=\"...\", or mark it decorative=\"true\" if it adds nothing");
    }
}

}  // namespace folio::load
