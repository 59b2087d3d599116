#pragma once

#include <optional>
#include <utility>

namespace claimscope::core {

// Either a whole document or the reason there is none: a reader never hands out half a document.
template<typename DocumentType, typename ErrorType> class DocumentOrError final {
public:
    DocumentOrError(DocumentType document)
        : m_document(std::move(document))
    {
    }
    DocumentOrError(ErrorType error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_document.has_value(); }
    const DocumentType &document() const { return *m_document; }
    DocumentType takeDocument() { return std::move(*m_document); }
    const ErrorType &error() const { return m_error; }

private:
    std::optional<DocumentType> m_document;
    ErrorType m_error;
};

} // namespace claimscope::core
