#include "core/document/DocumentImporter.h"

#include "core/document/HtmlImporter.h"
#include "core/document/MarkdownImporter.h"
#include "core/document/PlainTextImporter.h"
#include "core/document/office/DocxImporter.h"
#include "core/document/office/EpubImporter.h"
#include "core/document/office/OdtImporter.h"
#include "core/document/pdf/PdfImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <libxml/parser.h>

namespace claimscope::core {
namespace {

using Reason = ImportError::Reason;

enum class Format { Text, Markdown, Html, Pdf, Docx, Odt, Epub, RefiProject };

// The format of a ZIP file without a telling name, from its first entry: ODF and EPUB open with an
// uncompressed "mimetype" entry naming their type; a DOCX has a [Content_Types].xml.
Format zipFormatOf(const QByteArray &bytes)
{
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 128));
    if (head.contains("application/epub+zip"))
        return Format::Epub;
    if (head.contains("application/vnd.oasis.opendocument.text"))
        return Format::Odt;
    if (head.contains("project.qde")) // REFI-QDA packages name their project first (ours do)
        return Format::RefiProject;
    return Format::Docx; // which refuses, with its reason, a ZIP that is no Word file either
}

// Readers accept junk before the header within the first kilobyte, and so do we; the end-of-file
// marker as well keeps an article that merely mentions "%PDF-1.7" a text.
bool looksLikePdf(const QByteArray &bytes)
{
    static const QRegularExpression header(QStringLiteral("%PDF-[12]\\.[0-9]"));
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 1024));
    const QByteArray tail = bytes.last(std::min<qsizetype>(bytes.size(), 1024));
    return header.match(QString::fromLatin1(head)).hasMatch() && tail.contains("%%EOF");
}

Format formatOf(const QString &filePath, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd")
        return Format::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Format::Html;
    if (suffix == u"pdf" || bytes.startsWith("%PDF-") || looksLikePdf(bytes))
        return Format::Pdf;
    if (suffix == u"docx")
        return Format::Docx;
    if (suffix == u"odt")
        return Format::Odt;
    if (suffix == u"epub")
        return Format::Epub;
    if (suffix == u"qdpx")
        return Format::RefiProject;
    if (bytes.startsWith("PK\x03\x04"))
        return zipFormatOf(bytes);
    // An encrypted Office file (an OLE compound file the DOCX importer recognises).
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") && suffix != u"doc")
        return Format::Docx;
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
    // QIODevice::read(n) allocates n bytes before reading: ask for what the file holds (one byte
    // more, to see it grown), not for the limit, or every file costs an allocation of over 64 MiB.
    const qint64 expected = std::min<qint64>(info.size(), kMaxImportBytes) + 1;
    QByteArray bytes = file.read(expected);
    if (bytes.size() == expected && bytes.size() <= kMaxImportBytes)
        bytes += file.read(kMaxImportBytes + 1 - bytes.size()); // it grew since we looked
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
        return importPdf(bytes, absolutePath, options.password);
    case Format::Docx:
        return importDocx(bytes, absolutePath);
    case Format::Odt:
        return importOdt(bytes, absolutePath);
    case Format::Epub:
        return importEpub(bytes, absolutePath);
    case Format::RefiProject:
        return ImportError(Reason::RefiProject, absolutePath);
    case Format::Text:
        break;
    }
    return importPlainText(bytes, absolutePath);
}

void prepareImportersForThreads()
{
    // libxml2 2.9 sets up its globals on first use, and asks to be set up once, on one thread,
    // before threads parse: the HTML, EPUB, DOCX and ODT importers all use it.
    xmlInitParser();
}

QStringList importableFilePatterns()
{
    return {QStringLiteral("*.txt"),      QStringLiteral("*.text"), QStringLiteral("*.md"),
            QStringLiteral("*.markdown"), QStringLiteral("*.html"), QStringLiteral("*.htm"),
            QStringLiteral("*.xhtml"),    QStringLiteral("*.pdf"),  QStringLiteral("*.docx"),
            QStringLiteral("*.odt"),      QStringLiteral("*.epub")};
}

} // namespace claimscope::core
