#include "core/document/DocumentImporter.h"

#include "core/document/HtmlImporter.h"
#include "core/document/MarkdownImporter.h"
#include "core/document/PlainTextImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace claimscope::core {
namespace {

using Reason = ImportError::Reason;

enum class Format { Text, Markdown, Html, Pdf };

Format formatOf(const QString &filePath, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd")
        return Format::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Format::Html;
    if (bytes.startsWith("%PDF-"))
        return Format::Pdf;
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 512)).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return Format::Html;
    return Format::Text;
}

} // namespace

ImportResult importFile(const QString &filePath, const ImportOptions &options)
{
    const QFileInfo info(filePath);
    if (!info.exists())
        return ImportError(Reason::NotFound, filePath);
    if (info.isDir())
        return ImportError(Reason::IsDirectory, filePath);
    if (!info.isFile())
        return ImportError(Reason::NotRegularFile, filePath);
    if (info.size() == 0)
        return ImportError(Reason::Empty, filePath);
    if (info.size() > kMaxImportBytes) {
        return ImportError(Reason::TooLarge, filePath,
                           QLocale().formattedDataSize(info.size(), 0, QLocale::DataSizeTraditionalFormat));
    }

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return ImportError(Reason::Unreadable, filePath, file.errorString());
    const QByteArray bytes = file.read(kMaxImportBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return ImportError(Reason::Unreadable, filePath, file.errorString());
    if (bytes.isEmpty())
        return ImportError(Reason::Empty, filePath);
    if (bytes.size() > kMaxImportBytes) {
        return ImportError(Reason::TooLarge, filePath,
                           QLocale().formattedDataSize(bytes.size(), 0, QLocale::DataSizeTraditionalFormat));
    }

    const QString absolutePath = filePath.startsWith(u':') ? filePath : info.absoluteFilePath();
    switch (formatOf(filePath, bytes)) {
    case Format::Markdown:
        return importMarkdown(bytes, absolutePath);
    case Format::Html:
        return importHtml(bytes, absolutePath);
    case Format::Pdf:
        Q_UNUSED(options); // read by the PDF importer (issue 10)
        return ImportError(Reason::UnsupportedFormat, absolutePath, QStringLiteral("PDF"));
    case Format::Text:
        break;
    }
    return importPlainText(bytes, absolutePath);
}

QStringList importableFilePatterns()
{
    return {QStringLiteral("*.txt"),      QStringLiteral("*.text"), QStringLiteral("*.md"),
            QStringLiteral("*.markdown"), QStringLiteral("*.html"), QStringLiteral("*.htm"),
            QStringLiteral("*.xhtml")};
}

} // namespace claimscope::core
