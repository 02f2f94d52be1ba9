#include "render/pdf/tagging/leaf_key.hpp"

namespace folio::render::pdf::tagging {

auto leaf_of(const layout::provenance& from) -> leaf_key {
    using layout::item_role;
    leaf_key key{from.node_id};
    // No default: a new role fails to compile (-Wswitch) until it says where its items go.
    switch (from.role) {
        case item_role::none:
        case item_role::page_number: key.part = leaf_part::unplanned; break;
        case item_role::title: key.part = leaf_part::title; break;
        case item_role::subtitle: key.part = leaf_part::subtitle; break;
        case item_role::metadata:
            key.part = leaf_part::notice;
            key.line = from.part;
            break;
        case item_role::heading: key.part = leaf_part::heading; break;
        case item_role::paragraph:
        case item_role::list_body: key.part = leaf_part::paragraph; break;
        case item_role::list_label: key.part = leaf_part::list_label; break;
        case item_role::term: key.part = leaf_part::term; break;
        case item_role::figure: key.part = leaf_part::figure; break;
        case item_role::caption: key.part = leaf_part::caption; break;
        case item_role::table_caption: key.part = leaf_part::table_caption; break;
        case item_role::table_header:
        case item_role::table_cell:
            key.part = leaf_part::table_cell;
            key.row = from.row;
            key.column = from.column;
            break;
        case item_role::callout_title: key.part = leaf_part::callout_title; break;
    }
    return key;
}

}  // namespace folio::render::pdf::tagging
