#include "core/document/pdf/PdfImporter.h"

#include "core/document/pdf/PdfMetadata.h"
#include "core/document/pdf/PdfReader.h"
#include "core/document/pdf/PdfTextLayout.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <optional>

namespace claimscope::core {
namespace {

using Reason = ImportError::Reason;

// The header may follow some junk (readers accept it within the first kilobyte), and "%%EOF" must end
// the file within its last kilobyte, padding of NULs or white space aside. A file without it was cut
// short, by a download that stopped or a full disk: what poppler could rebuild of it would not be
// the whole document, and an import is never half a document.
constexpr qsizetype kHeaderWindow = 1024;
constexpr qsizetype kTrailerWindow = 1024;

QByteArrayView withoutPadding(QByteArrayView bytes)
{
    while (!bytes.isEmpty() &&
           (bytes.back() == '\0' || std::isspace(static_cast<unsigned char>(bytes.back()))))
        bytes.chop(1);
    return bytes;
}

std::optional<ImportError> checkFileShape(const QByteArray &bytes, const QString &filePath)
{
    if (!bytes.first(std::min(bytes.size(), kHeaderWindow)).contains("%PDF-"))
        return ImportError(Reason::Malformed, filePath,
                           QCoreApplication::translate("PdfImporter", "not a PDF file"));
    const QByteArrayView content = withoutPadding(bytes);
    if (!content.last(std::min(content.size(), kTrailerWindow)).contains("%%EOF"))
        return ImportError(Reason::Malformed, filePath,
                           QCoreApplication::translate("PdfImporter", "the file is cut short"));
    return std::nullopt;
}

} // namespace

ImportResult importPdf(const QByteArray &bytes, const QString &filePath, const QString &password)
{
    if (const std::optional<ImportError> error = checkFileShape(bytes, filePath))
        return *error;

    auto read = pdf::readPdf(bytes, password);
    if (const auto *failure = std::get_if<pdf::ReadFailure>(&read))
        return ImportError(failure->reason, filePath, failure->detail);
    const pdf::PdfContent &content = std::get<pdf::PdfContent>(read);
    pdf::LaidOutText text = pdf::layOutText(content.pages);
    // Pages without a word are scans; so are pages whose only words are a stamped page number.
    if (text.text.isEmpty())
        return ImportError(Reason::NoTextLayer, filePath);

    Document document;
    document.metadata = pdf::metadataOf(content.info, text, filePath);
    document.text = std::move(text.text);
    for (const pdf::PageWords &page : content.pages)
        document.geometry.pageSizes.append(page.size);
    document.geometry.words = std::move(text.words);
    // An export must be able to open the original without asking: one that needed a password is
    // not kept (its annotations are then drawn on typeset pages instead).
    if (password.isEmpty())
        document.original = bytes;
    return document;
}

} // namespace claimscope::core
