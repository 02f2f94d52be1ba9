#include "layout/font_set.hpp"

#include "layout/hb_font.hpp"
#include "model/edition_failure.hpp"

#include "base/utf8.hpp"
#include "i18n/language_tag.hpp"
#include "i18n/locale_data.hpp"

#include <map>
#include <mutex>
#include <stdexcept>

namespace folio::layout {

namespace {
/// Characters that need no glyph of their own (they are shaped away or are invisible).
auto needs_no_glyph(char32_t c) -> bool {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0x2060 || c == 0xFEFF ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == '\n';
}
}  // namespace

loaded_font::loaded_font(font_ref r, bool italic_face, bool bold_face)
    : ref(std::move(r)), italic(italic_face), bold(bold_face) {
    blob_.reset(hb_blob_create_from_file_or_fail(ref.file.c_str()));
    if (!blob_) throw model::edition_failure("failed to read font file '" + ref.file + "'");
    face_.reset(hb_face_create(blob_.get(), static_cast<unsigned>(ref.face_index)));
    upem_ = hb_face_get_upem(face_.get());
    font_.reset(hb_font_create(face_.get()));
    hb_font_set_scale(font_.get(), static_cast<int>(upem_), static_cast<int>(upem_));
    hb_font_extents_t extents{};
    hb_font_get_h_extents(font_.get(), &extents);
    metrics.ascent = static_cast<double>(extents.ascender) / upem_;
    metrics.descent = static_cast<double>(-extents.descender) / upem_;
}

auto loaded_font::covers(std::string_view utf8) const -> bool {
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto [c, length] = decode_utf8(utf8, i);
        i += length;
        if (needs_no_glyph(c)) continue;
        hb_codepoint_t glyph = 0;
        if (!hb_font_get_nominal_glyph(font_.get(), c, &glyph)) return false;
    }
    return true;
}

auto font_reference(const loaded_font& font) -> const font_ref& { return font.ref; }
auto metrics(const loaded_font& font) -> font_metrics_pt { return font.metrics; }

auto ink_extents(const loaded_font& font, std::uint32_t glyph) -> font_metrics_pt {
    hb_glyph_extents_t extents{};
    if (!hb_font_get_glyph_extents(font.hb(), glyph, &extents)) return {};
    const double upem = font.upem();
    return {static_cast<double>(extents.y_bearing) / upem, static_cast<double>(-(extents.y_bearing + extents.height)) / upem};
}
auto is_italic(const loaded_font& font) -> bool { return font.italic; }

struct font_set::members {
    struct family {
        std::vector<std::string> scripts;
        std::unique_ptr<loaded_font> regular, bold, italic, bold_italic;
        bool lacks_language_letters = false;
        std::vector<std::string> languages;  ///< first choice only for these (empty: any)
        [[nodiscard]] auto serves(std::string_view script) const -> bool {
            for (const auto& s : scripts)
                if (s == script || s == "*") return true;
            return false;
        }
        [[nodiscard]] auto meant_for(std::string_view language) const -> bool {
            if (languages.empty()) return true;
            for (const auto& l : languages)
                if (i18n::written_as(language, l)) return true;
            return false;
        }
    };
    std::vector<family> families;
    std::string language;  ///< the document's

    /// Which families are meant for text in `language`, one flag each: asked at every pick, and
    /// ICU's likely-subtags lookup behind it is too slow for that, so each language is worked out
    /// once (guarded: layouts of different documents may share a font_set).
    auto meant_for(std::string_view text_language) const -> const std::vector<char>& {
        const std::lock_guard lock(meant_mutex);
        auto [it, fresh] = meant.try_emplace(std::string(text_language));
        if (fresh)
            for (const auto& f : families) it->second.push_back(f.meant_for(text_language) ? 1 : 0);
        return it->second;
    }
    mutable std::mutex meant_mutex;
    mutable std::map<std::string, std::vector<char>, std::less<>> meant;
};

font_set::font_set(const model::style& style, const std::filesystem::path& fonts_dir, std::string_view language)
    : m_(std::make_unique<members>()) {
    m_->language = std::string(language);
    const std::u32string letters = language.empty() ? std::u32string{} : i18n::exemplar_characters(language);
    // One loaded_font per file: the same file in two families is shared by path.
    for (const auto& f : style.fonts) {
        members::family family;
        family.scripts = f.scripts;
        family.languages = f.languages;
        auto load = [&](const std::string& file, bool italic, bool bold) -> std::unique_ptr<loaded_font> {
            if (file.empty()) return nullptr;
            return std::make_unique<loaded_font>(font_ref{(fonts_dir / file).string(), 0}, italic, bold);
        };
        family.regular = load(f.regular, false, false);
        family.bold = load(f.bold, false, true);
        family.italic = load(f.italic, true, false);
        family.bold_italic = load(f.bold_italic, true, true);
        // Skip, for this language, a family that serves its script but lacks some of its letters.
        if (family.regular && !letters.empty()) {
            for (const char32_t c : letters) {
                hb_codepoint_t glyph = 0;
                if (!hb_font_get_nominal_glyph(family.regular->hb(), c, &glyph)) family.lacks_language_letters = true;
            }
        }
        m_->families.push_back(std::move(family));
    }
}

font_set::~font_set() = default;

auto font_set::pick(std::string_view script, std::string_view text, bool bold, bool italic, std::string_view language) const
    -> const loaded_font* {
    return pick_among(script, text, bold, italic, language, false);
}

auto font_set::pick_among(std::string_view script, std::string_view text, bool bold, bool italic, std::string_view language,
                          bool other_languages) const -> const loaded_font* {
    if (language.empty()) language = m_->language;
    // First the families for the script meant for the text's language that have all the
    // document language's letters, then those for the script meant for the language, then any
    // family meant for the language (Chinese quotes the CJK face lacks, from the Latin one).
    // With `other_languages`, then a family meant for another language (Korean letters outside
    // Korean text): asked for one character at a time only, so that a Japanese face never draws
    // a whole Chinese phrase just because it has every character of it.
    const auto& meant = m_->meant_for(language);
    for (int pass = 0; pass < (other_languages ? 5 : 3); ++pass) {
        for (std::size_t f = 0; f < m_->families.size(); ++f) {
            const auto& family = m_->families[f];
            if ((pass < 2 || pass == 3) && !family.serves(script)) continue;
            if (pass < 3 && meant[f] == 0) continue;
            if (pass == 0 && family.lacks_language_letters) continue;
            const loaded_font* face = family.regular.get();
            if (bold && italic && family.bold_italic) face = family.bold_italic.get();
            else if (bold && family.bold) face = family.bold.get();
            else if (italic && family.italic) face = family.italic.get();
            if (face != nullptr && face->covers(text)) return face;
        }
    }
    return nullptr;
}

auto font_set::cover(std::string_view script, std::string_view text, bool bold, bool italic, std::string_view language) const
    -> std::vector<covered> {
    if (const auto* whole = pick(script, text, bold, italic, language)) return {{0, text.size(), whole}};
    std::vector<covered> out;
    std::size_t i = 0;
    while (i < text.size()) {
        // One cluster: a character and the combining marks that follow it.
        const std::size_t start = i;
        i += decode_utf8(text, i).length;
        while (i < text.size()) {
            const auto [mark, length] = decode_utf8(text, i);
            const auto category = hb_unicode_general_category(hb_unicode_funcs_get_default(), mark);
            if (category != HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK && category != HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK &&
                category != HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK && mark != 0x200D && mark != 0x200C)
                break;
            i += length;
        }
        const auto cluster = text.substr(start, i - start);
        const auto* font = pick(script, cluster, bold, italic, language);
        if (font == nullptr) font = pick_among(script, cluster, bold, italic, language, true);
        if (!out.empty() && out.back().font == font) out.back().length = i - out.back().start;
        else out.push_back({start, i - start, font});
    }
    return out;
}

auto font_set::uncovered(std::string_view script, std::string_view text, std::string_view language) const
    -> std::optional<missing> {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        const auto [c, length] = decode_utf8(text, i);
        i += length;
        if (needs_no_glyph(c)) continue;
        if (pick_among(script, text.substr(start, i - start), false, false, language, true) == nullptr) return missing{c, start};
    }
    return std::nullopt;
}

}  // namespace folio::layout
