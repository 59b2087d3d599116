#include "core/document/pdf/PdfReader.h"

#include <QLoggingCategory>

#include <poppler-qt6.h>
#include <utility>

namespace claimscope::core::pdf {
namespace {

Q_LOGGING_CATEGORY(lcPdf, "claimscope.pdf", QtWarningMsg)

// The last message of the poppler calls running on this thread, while a readPdf() wants it: when a
// file cannot be opened, the last complaint is the one that gave up.
thread_local QString *t_lastMessage = nullptr;

void popplerMessage(const QString &message, const QVariant & /*closure*/)
{
    if (t_lastMessage)
        *t_lastMessage = message;
    qCDebug(lcPdf).noquote() << message;
}

// Poppler keeps one handler for the whole process. It is set once, before any document of ours is
// opened, so that no poppler call on another thread ever sees it half-written.
void installMessageHandler()
{
    static const bool installed = [] {
        Poppler::setDebugErrorFunction(popplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(installed);
}

class MessageCapture final {
public:
    MessageCapture()
        : m_previous(std::exchange(t_lastMessage, &m_message))
    {
    }
    ~MessageCapture() { t_lastMessage = m_previous; }
    MessageCapture(const MessageCapture &) = delete;
    MessageCapture &operator=(const MessageCapture &) = delete;

    // "Error (1234): Couldn't read xref table" → "Couldn't read xref table".
    QString lastMessage() const
    {
        QString message = m_message;
        if (message.startsWith(u"Error")) {
            const qsizetype colon = message.indexOf(u':');
            if (colon >= 0)
                message = message.mid(colon + 1);
        }
        return message.trimmed();
    }

private:
    QString m_message;
    QString *m_previous = nullptr;
};

// Qt's API takes passwords as bytes: AES-256 files (PDF 2.0) use UTF-8, older ones PDFDocEncoding,
// which is Latin-1 for the characters a person types. Both are tried.
bool unlock(Poppler::Document &document, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    document.unlock(utf8, utf8);
    if (!document.isLocked())
        return true;
    const QByteArray latin1 = password.toLatin1();
    if (latin1 == utf8)
        return false;
    document.unlock(latin1, latin1);
    return !document.isLocked();
}

PageWords wordsOf(const Poppler::Page &page)
{
    PageWords result;
    result.size = page.pageSizeF();
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    result.words.reserve(static_cast<qsizetype>(boxes.size()));
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes)
        result.words.append({box->text(), box->boundingBox(), box->nextWord() == nullptr});
    return result;
}

} // namespace

std::variant<PdfContent, ReadFailure> readPdf(const QByteArray &bytes, const QString &password)
{
    using Reason = ImportError::Reason;
    installMessageHandler();
    const MessageCapture capture;

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        const QString cause = capture.lastMessage();
        return ReadFailure{Reason::Malformed, cause.isEmpty() ? QStringLiteral("PDF") : cause};
    }
    if (document->isLocked()) {
        if (password.isEmpty())
            return ReadFailure{Reason::PasswordRequired, {}};
        if (!unlock(*document, password))
            return ReadFailure{Reason::WrongPassword, {}};
    }

    const int pageCount = document->numPages();
    if (pageCount > kMaxPdfPages)
        return ReadFailure{Reason::TooManyPages, QString::number(pageCount)};
    if (pageCount <= 0)
        return ReadFailure{Reason::Malformed, QStringLiteral("no pages")};

    PdfContent content;
    content.pages.reserve(pageCount);
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return ReadFailure{Reason::Malformed, QStringLiteral("page %1").arg(i + 1)};
        content.pages.append(wordsOf(*page));
    }
    content.info.title = document->info(QStringLiteral("Title"));
    content.info.author = document->info(QStringLiteral("Author"));
    content.info.creationDate = document->info(QStringLiteral("CreationDate"));
    content.info.modificationDate = document->info(QStringLiteral("ModDate"));
    return content;
}

} // namespace claimscope::core::pdf
