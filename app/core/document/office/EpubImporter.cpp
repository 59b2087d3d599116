#include "core/document/office/EpubImporter.h"

#include "core/document/HtmlImporter.h"
#include "core/document/TextDecoder.h"
#include "core/document/office/EpubNotes.h"
#include "core/document/office/EpubPackage.h"
#include "core/document/office/NoteCollector.h"
#include "core/document/office/PackageDocument.h"
#include "core/document/office/ZipArchive.h"

#include <QCoreApplication>
#include <QList>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

using Reason = ImportError::Reason;

// The encoding an XML declaration names: <?xml version="1.0" encoding="…"?>.
QByteArray declaredXmlEncoding(const QByteArray &bytes)
{
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 256));
    if (!head.startsWith("<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>");
    const qsizetype at = head.indexOf("encoding");
    if (at < 0 || (end >= 0 && at > end))
        return {};
    qsizetype quote = at + 8;
    while (quote < head.size() && head.at(quote) != '"' && head.at(quote) != '\'')
        ++quote;
    if (quote >= head.size())
        return {};
    const qsizetype close = head.indexOf(head.at(quote), quote + 1);
    return close < 0 ? QByteArray() : head.mid(quote + 1, close - quote - 1).trimmed();
}

std::variant<EpubChapter, ImportError> readChapter(ZipArchive &zip, const EpubSpineItem &item,
                                                   const QString &filePath)
{
    auto bytes = zip.read(item.path);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    const QByteArray &raw = std::get<QByteArray>(bytes);
    auto decoded = decodeText(raw, declaredXmlEncoding(raw));
    if (const auto *failure = std::get_if<DecodeFailure>(&decoded))
        return ImportError(failure->reason, filePath, item.path + u": " + failure->detail);
    const QString &text = std::get<DecodedText>(decoded).text;
    if (htmlHasInternalSubset(text))
        return ImportError(
            Reason::Malformed, filePath,
            QCoreApplication::translate("PackageXml", "%1: a DOCTYPE with declarations").arg(item.path));
    return EpubChapter{item.path, text.toUtf8(), item.linear};
}

// The note's HTML as one paragraph of text.
QString noteText(const QByteArray &html, const QString &filePath)
{
    const ImportResult result = importHtmlText(QString::fromUtf8(html), filePath, u"UTF-8"_s);
    return result.ok() ? result.document().text : QString();
}

} // namespace

ImportResult importEpub(const QByteArray &bytes, const QString &filePath)
{
    ZipArchive zip(bytes, filePath);
    if (zip.openError())
        return *zip.openError();

    auto container = readEpubContainer(zip, filePath);
    if (auto *error = std::get_if<ImportError>(&container))
        return *error;
    const QString packagePath = std::get<QString>(container);
    auto encryption = readEpubEncryptedPaths(zip, filePath);
    if (auto *error = std::get_if<ImportError>(&encryption))
        return *error;
    const QSet<QString> &encrypted = std::get<QSet<QString>>(encryption);
    if (encrypted.contains(packagePath))
        return ImportError(Reason::Encrypted, filePath, packagePath);
    auto packageOrError = readEpubPackage(zip, packagePath, filePath);
    if (auto *error = std::get_if<ImportError>(&packageOrError))
        return *error;
    const EpubPackage &package = std::get<EpubPackage>(packageOrError);
    for (const QString &path : encrypted) {
        if (package.isContentDocument(path))
            return ImportError(Reason::Encrypted, filePath, path);
    }

    // A spine entry whose document is missing is skipped, as reading systems do; the rest of the
    // book is still worth reading.
    QList<EpubChapter> chapters;
    for (const EpubSpineItem &item : package.spine) {
        if (!isHtmlMediaType(item.mediaType) || !zip.contains(item.path))
            continue;
        auto chapter = readChapter(zip, item, filePath);
        if (auto *error = std::get_if<ImportError>(&chapter))
            return *error;
        chapters.append(std::move(std::get<EpubChapter>(chapter)));
    }
    if (chapters.isEmpty())
        return ImportError(
            Reason::Malformed, filePath,
            QCoreApplication::translate("EpubImporter", "%1: no readable document in the spine")
                .arg(packagePath));

    NoteCollector notes;
    EpubNoteMover mover(notes);
    for (const EpubChapter &chapter : std::as_const(chapters))
        mover.findNotes(chapter);

    PackageText text;
    text.metadata = package.metadata;
    QString body;
    QString firstTitle;
    for (EpubChapter &chapter : chapters) {
        const QByteArray html = mover.moveNotes(chapter);
        chapter.html.clear(); // one chapter's bytes at a time from here on
        if (!chapter.linear)
            continue;
        const ImportResult result = importHtmlText(QString::fromUtf8(html), filePath, u"UTF-8"_s);
        if (!result.ok()) {
            if (result.error().reason() == Reason::NoText)
                continue; // a cover image, an empty title page
            return result.error();
        }
        const Document &part = result.document();
        if (firstTitle.isEmpty())
            firstTitle = part.metadata.title;
        if (!body.isEmpty())
            body.append(u"\n\n"_s);
        body.append(part.text);
    }
    const QHash<QString, QByteArray> noteHtml = mover.takeNoteHtml();
    for (auto it = noteHtml.cbegin(); it != noteHtml.cend(); ++it)
        notes.setText(it.key(), noteText(it.value(), filePath));

    text.text = notes.appendTo(body);
    text.firstHeading = firstTitle;
    return finishPackageDocument(std::move(text), u"epub"_s, filePath);
}

} // namespace claimscope::core
