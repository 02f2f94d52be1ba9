#include "layout/image_size.hpp"

#include <array>
#include <fstream>
#include <vector>

namespace folio::layout {

auto read_image_size(const std::filesystem::path& file) -> std::optional<pixel_size> {
    std::ifstream in(file, std::ios::binary);
    std::vector<unsigned char> head(64 * 1024);
    in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    auto be = [&](std::size_t at, int bytes) {
        unsigned v = 0;
        for (int i = 0; i < bytes; ++i) v = (v << 8U) | head.at(at + static_cast<std::size_t>(i));
        return static_cast<int>(v);
    };
    // PNG: the IHDR chunk comes first, width and height at bytes 16 and 20.
    if (head.size() >= 24 && head[0] == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G')
        return pixel_size{be(16, 4), be(20, 4)};
    // JPEG: walk the markers to a start-of-frame (SOF0..SOF15 but DHT, JPG, DAC).
    if (head.size() >= 4 && head[0] == 0xFF && head[1] == 0xD8) {
        std::size_t i = 2;
        while (i + 9 < head.size()) {
            if (head[i] != 0xFF) return std::nullopt;
            const unsigned marker = head[i + 1];
            const auto length = static_cast<std::size_t>(be(i + 2, 2));
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
                return pixel_size{be(i + 7, 2), be(i + 5, 2)};
            i += 2 + length;
        }
    }
    return std::nullopt;
}

}  // namespace folio::layout
