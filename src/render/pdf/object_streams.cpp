#include "render/pdf/object_streams.hpp"

#include "model/edition_failure.hpp"

// qpdf 11 asks its users to say which PointerHolder they expect; Folio uses none (4: std::shared_ptr only).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <stdexcept>

namespace folio::render::pdf {

auto pack_object_streams(const std::string& pdf) -> std::string {
    try {
        QPDF input;
        input.setSuppressWarnings(true);
        input.processMemoryFile("brochure.pdf", pdf.data(), pdf.size());
        QPDFWriter writer(input);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setStreamDataMode(qpdf_s_preserve);  // already compressed (or images passed through)
        // qpdf keeps the first /ID element (Folio's, from the input's hash: the file's permanent
        // identifier) and makes the second, this version's, from a digest of what it writes, not
        // from the clock: the same input gives the same bytes.
        writer.setDeterministicID(true);
        writer.write();
        const std::unique_ptr<Buffer> bytes(writer.getBuffer());
        return {reinterpret_cast<const char*>(bytes->getBuffer()), bytes->getSize()};
    } catch (const std::exception& error) {  // QPDFExc and qpdf's std::runtime_error / logic_error
        throw model::edition_failure(std::string("failed to write PDF (packing its objects: ") + error.what() + ")");
    }
}

}  // namespace folio::render::pdf
