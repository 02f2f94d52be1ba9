#include "render/text/text_writer.hpp"

namespace folio::render::text {

void text_writer::title_block() {
    const auto& words = resolved_.title();
    // The title and subtitle come first: they are what a listener hears on opening the file.
    std::string head = inline_text(words.title);
    if (!words.subtitle.empty()) head += '\n' + inline_text(words.subtitle);
    emit(std::move(head), 0);

    // Notices that change how the whole text should be taken come before anything else.
    if (!words.sample_notice.empty()) emit(words.sample_notice);
    if (!words.translation_notice.empty()) emit(words.translation_notice);

    std::string details;
    for (const auto& line : words.details) details += (details.empty() ? "" : "\n") + line;
    emit(std::move(details));

    if (!words.expert.empty()) {
        std::string expert = words.expert;
        for (const auto& line : words.expert_affiliations) expert += '\n' + line;
        for (const auto& line : words.expert_disclosures) expert += '\n' + line;
        expert += '\n' + words.expert_review;
        emit(std::move(expert));
    }
}

}  // namespace folio::render::text
