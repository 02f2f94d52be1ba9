#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace folio::layout {

/// The characters one drawn glyph stands for (UTF-8): usually one to four bytes, held inline up to
/// 12, longer clusters (a Tibetan stack, an emoji sequence) on the heap. 16 bytes, against a
/// std::string's 32: a laid-out book holds millions of glyphs until its PDF is written.
class glyph_text {
public:
    glyph_text() noexcept = default;
    glyph_text(std::string_view text) { assign(text); }  // NOLINT: converts like a string
    glyph_text(const std::string& text) : glyph_text(std::string_view(text)) {}
    glyph_text(const char* text) : glyph_text(std::string_view(text)) {}
    glyph_text(const glyph_text& other) { assign(other.view()); }
    glyph_text(glyph_text&& other) noexcept : size_(other.size_) {
        std::memcpy(bytes_, other.bytes_, sizeof bytes_);
        other.size_ = 0;
    }
    auto operator=(const glyph_text& other) -> glyph_text& {
        if (this != &other) {
            glyph_text copy(other);
            *this = std::move(copy);
        }
        return *this;
    }
    auto operator=(glyph_text&& other) noexcept -> glyph_text& {
        if (this != &other) {
            release();
            std::memcpy(bytes_, other.bytes_, sizeof bytes_);
            size_ = other.size_;
            other.size_ = 0;
        }
        return *this;
    }
    ~glyph_text() { release(); }

    [[nodiscard]] auto view() const noexcept -> std::string_view { return {data(), size_}; }
    operator std::string_view() const noexcept { return view(); }  // NOLINT: reads like a string
    [[nodiscard]] auto size() const noexcept -> std::size_t { return size_; }
    [[nodiscard]] auto empty() const noexcept -> bool { return size_ == 0; }
    [[nodiscard]] auto ends_with(std::string_view end) const noexcept -> bool { return view().ends_with(end); }
    friend auto operator==(const glyph_text& a, const glyph_text& b) noexcept -> bool { return a.view() == b.view(); }
    friend auto operator==(const glyph_text& a, std::string_view b) noexcept -> bool { return a.view() == b; }
    friend auto operator==(const glyph_text& a, const char* b) noexcept -> bool { return a.view() == std::string_view(b); }
    friend auto operator==(const glyph_text& a, const std::string& b) noexcept -> bool { return a.view() == std::string_view(b); }

private:
    static constexpr std::size_t inline_capacity = 12;
    [[nodiscard]] auto heap() const noexcept -> char* {
        char* pointer = nullptr;
        std::memcpy(&pointer, bytes_, sizeof pointer);
        return pointer;
    }
    [[nodiscard]] auto data() const noexcept -> const char* { return size_ <= inline_capacity ? bytes_ : heap(); }
    void assign(std::string_view text) {
        if (text.size() > UINT32_MAX) throw std::length_error("a glyph's text is over 4 GB");
        if (text.size() <= inline_capacity) {
            if (!text.empty()) std::memcpy(bytes_, text.data(), text.size());
        } else {
            char* pointer = new char[text.size()];
            std::memcpy(pointer, text.data(), text.size());
            std::memcpy(bytes_, &pointer, sizeof pointer);
        }
        size_ = static_cast<std::uint32_t>(text.size());
    }
    void release() noexcept {
        if (size_ > inline_capacity) delete[] heap();
        size_ = 0;
    }
    static_assert(sizeof(char*) <= inline_capacity);
    char bytes_[inline_capacity] = {};
    std::uint32_t size_ = 0;
};

}  // namespace folio::layout
