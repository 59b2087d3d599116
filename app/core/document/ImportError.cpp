#include "core/document/ImportError.h"

#include <QDir>
#include <QLocale>

namespace claimscope::core {

ImportError::ImportError(Reason reason, QString filePath, QString detail)
    : m_reason(reason)
    , m_filePath(std::move(filePath))
    , m_detail(std::move(detail))
{
}

QString ImportError::reasonText() const
{
    switch (m_reason) {
    case Reason::NotFound:
        return tr("the file does not exist");
    case Reason::IsDirectory:
        return tr("this is a folder, not a file");
    case Reason::NotRegularFile:
        return tr("this is not a regular file");
    case Reason::Unreadable:
        return tr("the file cannot be read (%1)").arg(m_detail);
    case Reason::Empty:
        return tr("the file is empty");
    case Reason::TooLarge:
        return tr("the file is too large (%1); the limit is %2")
            .arg(m_detail,
                 QLocale().formattedDataSize(kMaxImportBytes, 0, QLocale::DataSizeTraditionalFormat));
    case Reason::Binary:
        return m_detail.isEmpty() ? tr("this is a binary file, not text")
                                  : tr("this is a binary file (%1), not text").arg(m_detail);
    case Reason::InvalidUtf8:
        return tr("the text is not valid UTF-8 (first bad byte on line %1)").arg(m_detail);
    case Reason::UndecodableEncoding:
        return tr("the text is not valid %1").arg(m_detail);
    case Reason::UnknownEncoding:
        return tr("the text encoding could not be recognised");
    case Reason::UnsupportedFormat:
        return tr("%1 files cannot be imported yet").arg(m_detail);
    case Reason::NoText:
        return tr("the file contains no readable text");
    case Reason::Malformed:
        return tr("the file is malformed (%1)").arg(m_detail);
    case Reason::PasswordRequired:
        return tr("the PDF is protected by a password");
    case Reason::WrongPassword:
        return tr("the password for this PDF is not correct");
    case Reason::NoTextLayer:
        return tr("the PDF has no text layer, only images (a scanned document?); Claimscope does not "
                  "recognise text in images");
    case Reason::Encrypted:
        return tr("the document is encrypted; save an unencrypted copy and import that");
    case Reason::ArchiveLimit:
        return tr("the document is refused as a possible ZIP bomb (%1)").arg(m_detail);
    case Reason::RefiProject:
        return tr("this is a REFI-QDA project; open it with File → Import REFI-QDA Project (or "
                  "claimscope import-qdpx), which makes a new project of it");
    case Reason::TooManyPages:
        // The detail is the page count.
        return tr("the PDF has %n page(s); the limit is %1", nullptr, m_detail.toInt())
            .arg(QLocale().toString(kMaxPdfPages));
    }
    return {};
}

QString ImportError::message() const
{
    return tr("“%1”: %2").arg(QDir::toNativeSeparators(m_filePath), reasonText());
}

} // namespace claimscope::core
