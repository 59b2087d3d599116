#pragma once

#include "core/document/Document.h"
#include "core/document/ImportError.h"

#include <optional>
#include <utility>

namespace claimscope::core {

// Either a whole document or the reason there is none: an importer never returns half a document.
class ImportResult final {
public:
    ImportResult(Document document)
        : m_document(std::move(document))
    {
    }
    ImportResult(ImportError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_document.has_value(); }
    const Document &document() const { return *m_document; }
    Document takeDocument() { return std::move(*m_document); }
    const ImportError &error() const { return m_error; }

private:
    std::optional<Document> m_document;
    ImportError m_error;
};

} // namespace claimscope::core
