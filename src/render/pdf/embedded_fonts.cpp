#include "render/pdf/embedded_fonts.hpp"

#include "base/digest.hpp"
#include "layout/font_subset.hpp"
#include "model/edition_failure.hpp"
#include "render/pdf/pdf_text.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>

namespace folio::render::pdf {
namespace {

/// U+0000, U+FEFF and U+FFFE must not appear in ToUnicode (PDF/UA, Matterhorn 7.21).
auto without_forbidden(std::string_view text) -> std::string {
    std::string kept;
    for_each_code_point(text, [&](char32_t cp) {
        if (cp != 0 && cp != 0xFEFF && cp != 0xFFFE) append_utf8(kept, cp);
    });
    return kept;
}

/// The width of a glyph in 1/1000 em, rounded to 1/100 so that it is exact in the file.
auto pdf_width(std::int32_t advance, unsigned units_per_em) -> double {
    return std::round(static_cast<double>(advance) * 100000.0 / units_per_em) / 100.0;
}

auto scaled(int value, double scale) -> std::int32_t { return static_cast<std::int32_t>(std::lround(value * scale)); }

}  // namespace

auto to_unicode_cmap(const std::map<std::uint32_t, std::string>& texts) -> std::string {
    std::vector<std::string> entries;
    for (const auto& [glyph, text] : texts) {
        const auto kept = without_forbidden(text);
        if (kept.empty()) continue;
        entries.push_back("<" + hex(std::string{static_cast<char>(glyph >> 8), static_cast<char>(glyph & 0xFFu)}) +
                          "> <" + hex(utf16be(kept)) + ">\n");
    }
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n"
        "<0000> <FFFF>\n"
        "endcodespacerange\n";
    // At most 100 entries per bfchar block (PDF 32000-1, 9.10.3).
    for (std::size_t i = 0; i < entries.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, entries.size() - i);
        cmap += std::to_string(n) + " beginbfchar\n";
        for (std::size_t k = i; k < i + n; ++k) cmap += entries[k];
        cmap += "endbfchar\n";
    }
    cmap +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return cmap;
}

auto subset_tag(std::string_view subset_bytes) -> std::string {
    // Six base-26 letters from the first 8 bytes of the subset's SHA-256.
    const auto digest = sha256(subset_bytes);
    std::uint64_t h = 0;
    for (std::size_t i = 0; i < 8; ++i) h = (h << 8U) | digest[i];
    std::string tag;
    for (int i = 0; i < 6; ++i) {
        tag.push_back(static_cast<char>('A' + h % 26));
        h /= 26;
    }
    return tag;
}

auto pdf_font_name(std::string_view postscript_name, std::string_view fallback) -> std::string {
    std::string name;
    for (const std::string_view source : {postscript_name, fallback}) {
        for (const char c : source)
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
                name.push_back(c);
        if (!name.empty()) break;
    }
    if (name.empty()) name = "Font";
    if (name.size() > 100) name.resize(100);  // libharu names hold 127 bytes, with the tag
    return name;
}

auto embedded_fonts::key(const layout::font_ref& ref) -> std::string {
    return ref.file + '\n' + std::to_string(ref.face_index);
}

void embedded_fonts::add_run(const layout::glyph_run& run) {
    if (run.glyphs.empty()) return;  // draws nothing: its font need not be embedded
    if (adding_ >= fonts_.size() || !(fonts_[adding_].ref == run.font)) {
        const auto [at, inserted] = index_.try_emplace(key(run.font), fonts_.size());
        if (inserted) fonts_.push_back(font{run.font, {}, {}, nullptr});
        adding_ = at->second;
    }
    auto& f = fonts_[adding_];
    for (const auto& g : run.glyphs) {
        if (g.glyph_id > 0xFFFF)
            throw model::edition_failure("failed to write PDF (glyph id " + std::to_string(g.glyph_id) + " of font '" +
                                     run.font.file + "' does not fit a 2-byte CID)");
        auto& uses = f.uses[g.glyph_id];
        const auto& text = g.text;
        auto same = std::find_if(uses.begin(), uses.end(), [&](const auto& u) { return u.first == text; });
        if (same == uses.end()) uses.emplace_back(text, 1);
        else ++same->second;
    }
}

auto glyph_codes::for_text(std::string_view text) const -> const glyph_facts& {
    for (const auto& c : codes)
        if (c.text == text) return c;
    return codes.front();
}

void embedded_fonts::embed(haru_document& doc, bool compress) {
    for (auto& f : fonts_) embed_one(doc, f, compress);
}

void embedded_fonts::embed_one(haru_document& doc, font& f, bool compress) {
    const auto metrics = layout::read_font_metrics(f.ref.file, f.ref.face_index);
    std::vector<std::uint32_t> glyphs;
    for (const auto& [glyph, uses] : f.uses) {
        if (glyph >= metrics.advances.size())
            throw model::edition_failure("failed to write PDF (glyph id " + std::to_string(glyph) + " not in font '" +
                                     f.ref.file + "', which has " + std::to_string(metrics.advances.size()) + ")");
        glyphs.push_back(glyph);
    }
    // Codes: the glyph id for the text used most often (the first seen on a tie), new CIDs above
    // the font's glyph ids for its other texts while 2-byte codes last. A glyph drawn for no text
    // never gets a code of its own: ToUnicode could not map it.
    std::map<std::uint32_t, std::pair<std::uint32_t, std::string>> codes;  // CID -> (glyph, text)
    std::uint32_t next_cid = static_cast<std::uint32_t>(metrics.advances.size());
    for (const auto& [glyph, uses] : f.uses) {
        std::vector<const std::pair<std::string, std::size_t>*> order;
        for (const auto& u : uses) order.push_back(&u);
        std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
            const bool a_text = !without_forbidden(a->first).empty(), b_text = !without_forbidden(b->first).empty();
            return a_text != b_text ? a_text : a->second > b->second;
        });
        const double w = pdf_width(metrics.advances[glyph], metrics.units_per_em);
        auto& entry = f.glyphs[glyph];
        entry.codes.push_back({w, order.front()->first, -1});
        codes[glyph] = {glyph, order.front()->first};
        for (std::size_t k = 1; k < order.size(); ++k) {
            // A glyph drawn with no text of its own (the consonant of Tamil "மொ", whose cluster
            // text the split vowel's first glyph carries in an ActualText) gets a code mapped to
            // nothing when its main code has text: an extractor that reads a span's ActualText
            // for its first glyph only (poppler's tag-tree text) would else read "ம" twice.
            if (next_cid > 0xFFFF) continue;
            entry.codes.push_back({w, order[k]->first, next_cid});
            codes[next_cid] = {glyph, order[k]->first};
            ++next_cid;
            f.extra_codes = true;
        }
    }
    const std::string subset = layout::subset_font(f.ref.file, f.ref.face_index, glyphs);
    const std::string base_font =
        subset_tag(subset) + "+" +
        pdf_font_name(metrics.postscript_name, std::filesystem::path(f.ref.file).stem().string());
    const double scale = 1000.0 / metrics.units_per_em;

    // FontFile2: the subset itself.
    doc.set_place("font '" + f.ref.file + "'");
    HPDF_Dict font_file = doc.new_stream(subset, compress);
    doc.set_integer(font_file, "Length1", static_cast<std::int32_t>(subset.size()));

    HPDF_Dict descriptor = doc.new_indirect_dict();
    int flags = 4;  // symbolic: the glyphs are outside the standard Latin character set
    if (metrics.fixed_pitch) flags |= 1;
    if (metrics.italic_angle != 0) flags |= 64;
    // No font table holds the dominant stem width; this estimate from the weight class is common.
    const auto stem_v = static_cast<std::int32_t>(std::lround(10 + 0.244 * (metrics.weight - 50)));
    HPDF_Array bbox = doc.new_array();
    doc.append_integer(bbox, scaled(metrics.bbox.x_min, scale));
    doc.append_integer(bbox, scaled(metrics.bbox.y_min, scale));
    doc.append_integer(bbox, scaled(metrics.bbox.x_max, scale));
    doc.append_integer(bbox, scaled(metrics.bbox.y_max, scale));
    doc.set_name(descriptor, "Type", "FontDescriptor");
    doc.set_name(descriptor, "FontName", base_font);
    doc.set_integer(descriptor, "Flags", flags);
    doc.set(descriptor, "FontBBox", bbox);
    doc.set_real(descriptor, "ItalicAngle", std::round(metrics.italic_angle * 10) / 10);
    doc.set_integer(descriptor, "Ascent", scaled(metrics.ascender, scale));
    doc.set_integer(descriptor, "Descent", scaled(metrics.descender, scale));
    doc.set_integer(descriptor, "CapHeight", scaled(metrics.cap_height, scale));
    doc.set_integer(descriptor, "StemV", stem_v);
    doc.set(descriptor, "FontFile2", font_file);

    // /W: runs of consecutive codes share one array: [c [w w w] c2 [w] ...].
    HPDF_Array widths = doc.new_array();
    HPDF_Array run = nullptr;
    std::uint32_t next = 0;
    for (const auto& [cid, use] : codes) {
        const double w = pdf_width(metrics.advances[use.first], metrics.units_per_em);
        if (run == nullptr || cid != next) {
            doc.append_integer(widths, static_cast<std::int32_t>(cid));
            run = doc.new_array();
            doc.append(widths, run);
        }
        if (w == std::floor(w)) doc.append_integer(run, static_cast<std::int32_t>(w));
        else doc.append_real(run, w);
        next = cid + 1;
    }

    HPDF_Dict system_info = doc.new_dict();
    doc.set_ascii(system_info, "Registry", "Adobe");
    doc.set_ascii(system_info, "Ordering", "Identity");
    doc.set_integer(system_info, "Supplement", 0);

    HPDF_Dict cid_font = doc.new_indirect_dict();
    doc.set_name(cid_font, "Type", "Font");
    doc.set_name(cid_font, "Subtype", "CIDFontType2");
    doc.set_name(cid_font, "BaseFont", base_font);
    doc.set(cid_font, "CIDSystemInfo", system_info);
    doc.set(cid_font, "FontDescriptor", descriptor);
    doc.set(cid_font, "W", widths);
    if (f.extra_codes) {
        // Codes below the glyph count are glyph ids; the others name the glyph they draw.
        const auto last = codes.rbegin()->first;
        std::string map(2 * (static_cast<std::size_t>(last) + 1), '\0');
        for (std::uint32_t cid = 0; cid <= last; ++cid) {
            const auto at = codes.find(cid);
            const std::uint32_t glyph = cid < metrics.advances.size() ? cid : at != codes.end() ? at->second.first : 0;
            map[2 * cid] = static_cast<char>(glyph >> 8);
            map[2 * cid + 1] = static_cast<char>(glyph & 0xFFu);
        }
        doc.set(cid_font, "CIDToGIDMap", doc.new_stream(map, compress));
    } else {
        doc.set_name(cid_font, "CIDToGIDMap", "Identity");
    }

    std::map<std::uint32_t, std::string> texts;
    for (const auto& [cid, use] : codes) texts.emplace(cid, use.second);
    HPDF_Dict to_unicode = doc.new_stream(to_unicode_cmap(texts), compress);

    HPDF_Array descendants = doc.new_array();
    doc.append(descendants, cid_font);
    f.type0 = doc.new_indirect_dict();
    doc.set_name(f.type0, "Type", "Font");
    doc.set_name(f.type0, "Subtype", "Type0");
    doc.set_name(f.type0, "BaseFont", base_font);
    doc.set_name(f.type0, "Encoding", "Identity-H");
    doc.set(f.type0, "DescendantFonts", descendants);
    doc.set(f.type0, "ToUnicode", to_unicode);
    doc.set_place("");
}

auto embedded_fonts::find(const layout::font_ref& ref) const -> const font& {
    if (last_ != nullptr && last_->ref == ref) return *last_;
    const auto at = index_.find(key(ref));
    if (at == index_.end())
        throw std::logic_error("font '" + ref.file + "' was not recorded before drawing");  // writer bug
    last_ = &fonts_[at->second];
    return *last_;
}

auto embedded_fonts::font_dict(const layout::font_ref& ref) const -> HPDF_Dict { return find(ref).type0; }

auto embedded_fonts::glyphs(const layout::font_ref& ref) const -> const glyph_table& { return find(ref).glyphs; }

}  // namespace folio::render::pdf
