#pragma once

#include "folio/diagnostic.hpp"
#include "i18n/message_catalog.hpp"
#include "model/document.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace folio::api {

/// Folio's own words for each document's language, each catalog opened once per run and shared
/// by the threads of a batch. A language with no catalog of its own gets root's (English) words,
/// and every file in it a warning (each file's output stands alone, whatever thread or shard
/// exported it). Throws i18n::catalog_error when the catalogs are missing or broken.
class document_catalogs {
public:
    explicit document_catalogs(std::filesystem::path directory) : directory_(std::move(directory)) {}
    [[nodiscard]] auto for_document(const model::document& doc, std::vector<diagnostic>& found) -> const i18n::message_catalog&;

private:
    std::filesystem::path directory_;
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<i18n::message_catalog>> catalogs_;
};

}  // namespace folio::api
