#pragma once

// Internal to src/render/pdf: the structure types of the tag tree and the attribute values the
// writer uses, each with its PDF name in one table, so that the plan, the marked content and the
// structure writer can never spell a type differently.

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace folio::render::pdf::tagging {

/// A structure element's type (PDF 32000-1, 14.8.4), plus Aside, which PDF 1.7 does not have.
enum class structure_type {
    document,
    part,
    sect,
    div,
    aside,  ///< a callout: PDF 2.0's Aside, role-mapped to Div for PDF 1.7 readers
    h1,
    h2,
    h3,
    h4,
    h5,
    h6,
    p,
    l,
    li,
    lbl,
    lbody,
    table,
    thead,
    tbody,
    tr,
    th,
    td,
    caption,
    figure,
    link,
    span,  ///< keep last, or update `structure_types`
};

/// One row of the structure-type table.
struct structure_type_info {
    structure_type type;
    std::string_view pdf_name;  ///< what /S says
    structure_type standard;    ///< itself for a standard PDF 1.7 type; else what /RoleMap maps it to
    bool holds_content;         ///< its kids are marked content and inline elements (too many: Spans)
};

/// THE table: every structure type, in the order of the enumeration.
inline constexpr std::array structure_types{
    structure_type_info{structure_type::document, "Document", structure_type::document, false},
    structure_type_info{structure_type::part, "Part", structure_type::part, false},
    structure_type_info{structure_type::sect, "Sect", structure_type::sect, false},
    structure_type_info{structure_type::div, "Div", structure_type::div, false},
    structure_type_info{structure_type::aside, "Aside", structure_type::div, false},
    structure_type_info{structure_type::h1, "H1", structure_type::h1, true},
    structure_type_info{structure_type::h2, "H2", structure_type::h2, true},
    structure_type_info{structure_type::h3, "H3", structure_type::h3, true},
    structure_type_info{structure_type::h4, "H4", structure_type::h4, true},
    structure_type_info{structure_type::h5, "H5", structure_type::h5, true},
    structure_type_info{structure_type::h6, "H6", structure_type::h6, true},
    structure_type_info{structure_type::p, "P", structure_type::p, true},
    structure_type_info{structure_type::l, "L", structure_type::l, false},
    structure_type_info{structure_type::li, "LI", structure_type::li, false},
    structure_type_info{structure_type::lbl, "Lbl", structure_type::lbl, true},
    structure_type_info{structure_type::lbody, "LBody", structure_type::lbody, false},
    structure_type_info{structure_type::table, "Table", structure_type::table, false},
    structure_type_info{structure_type::thead, "THead", structure_type::thead, false},
    structure_type_info{structure_type::tbody, "TBody", structure_type::tbody, false},
    structure_type_info{structure_type::tr, "TR", structure_type::tr, false},
    structure_type_info{structure_type::th, "TH", structure_type::th, true},
    structure_type_info{structure_type::td, "TD", structure_type::td, true},
    structure_type_info{structure_type::caption, "Caption", structure_type::caption, true},
    structure_type_info{structure_type::figure, "Figure", structure_type::figure, true},
    structure_type_info{structure_type::link, "Link", structure_type::link, true},
    structure_type_info{structure_type::span, "Span", structure_type::span, true},
};

/// Lookups index the table by enumerator: it must hold every one, in order.
constexpr auto structure_types_are_in_order() -> bool {
    for (std::size_t i = 0; i < structure_types.size(); ++i)
        if (static_cast<std::size_t>(structure_types[i].type) != i) return false;
    return static_cast<std::size_t>(structure_type::span) + 1 == structure_types.size();
}
static_assert(structure_types_are_in_order(), "structure_types must list every structure_type in order");

/// The table's row for `type`.
constexpr auto info(structure_type type) -> const structure_type_info& {
    return structure_types[static_cast<std::size_t>(type)];
}

/// The name /S gives `type` ("P", "TBody", ...).
constexpr auto pdf_name(structure_type type) -> std::string_view { return info(type).pdf_name; }

/// Whether `type` is a standard PDF 1.7 type (otherwise it needs a /RoleMap entry).
constexpr auto is_standard(structure_type type) -> bool { return info(type).standard == type; }

/// The type whose PDF name is `name`, if any.
constexpr auto structure_type_named(std::string_view name) -> std::optional<structure_type> {
    for (const auto& row : structure_types)
        if (row.pdf_name == name) return row.type;
    return std::nullopt;
}

/// H1..H6 for a heading level (clamped to 1..6).
constexpr auto heading_type(int level) -> structure_type {
    return static_cast<structure_type>(static_cast<int>(structure_type::h1) + std::clamp(level, 1, 6) - 1);
}

/// The /Scope of a TH (PDF 32000-1, table 345).
enum class header_scope { row, column };

/// The /ListNumbering of an L (PDF 32000-1, table 347).
enum class list_numbering { none, disc, decimal, lower_alpha, upper_alpha, lower_roman, upper_roman };

/// The PDF name of a scope ("Row", "Column").
constexpr auto pdf_name(header_scope scope) -> std::string_view {
    switch (scope) {
        case header_scope::row: return "Row";
        case header_scope::column: return "Column";
    }
    return {};
}

/// The PDF name of a numbering ("None", "Disc", "Decimal", "LowerAlpha", ...).
constexpr auto pdf_name(list_numbering numbering) -> std::string_view {
    switch (numbering) {
        case list_numbering::none: return "None";
        case list_numbering::disc: return "Disc";
        case list_numbering::decimal: return "Decimal";
        case list_numbering::lower_alpha: return "LowerAlpha";
        case list_numbering::upper_alpha: return "UpperAlpha";
        case list_numbering::lower_roman: return "LowerRoman";
        case list_numbering::upper_roman: return "UpperRoman";
    }
    return {};
}

}  // namespace folio::render::pdf::tagging
