#include "core/document/office/EpubPackage.h"

#include "core/document/office/PackageDocument.h"
#include "core/document/office/PackagePath.h"
#include "core/document/office/PackageXml.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

using Reason = ImportError::Reason;

constexpr QStringView kContainer = u"urn:oasis:names:tc:opendocument:xmlns:container";
constexpr QStringView kXmlEncryption = u"http://www.w3.org/2001/04/xmlenc#";
constexpr QStringView kOpf = u"http://www.idpf.org/2007/opf";
constexpr QStringView kDublinCore = u"http://purl.org/dc/elements/1.1/";

const QString kContainerPart = u"META-INF/container.xml"_s;
const QString kEncryptionPart = u"META-INF/encryption.xml"_s;

std::variant<QByteArray, ImportError> readPart(ZipArchive &zip, const QString &part, const QString &filePath)
{
    if (!zip.contains(part))
        return missingPart(filePath, part);
    return zip.read(part);
}

void appendDistinct(QString &list, const QString &value)
{
    const QString simplified = value.simplified();
    if (simplified.isEmpty() || list.split(u", "_s).contains(simplified))
        return;
    if (!list.isEmpty())
        list.append(u", "_s);
    list.append(simplified);
}

} // namespace

bool isHtmlMediaType(const QString &mediaType)
{
    const QString type = mediaType.trimmed().toLower();
    return type == u"application/xhtml+xml" || type == u"text/html" || type == u"text/x-oeb1-document";
}

bool EpubPackage::isContentDocument(const QString &path) const
{
    for (const EpubSpineItem &item : spine) {
        if (item.path == path)
            return true;
    }
    for (const EpubItem &item : manifest) {
        if (item.path == path && isHtmlMediaType(item.mediaType))
            return true;
    }
    return false;
}

std::variant<QString, ImportError> readEpubContainer(ZipArchive &zip, const QString &filePath)
{
    auto bytes = readPart(zip, kContainerPart, filePath);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    XmlPartReader xml(std::get<QByteArray>(bytes), kContainerPart);
    QString first;
    QString package;
    while (xml.next()) {
        if (!xml.isStart(kContainer, u"rootfile"))
            continue;
        const QString path = resolvePackagePath(QString(), xml.attribute(u"full-path"));
        if (first.isEmpty())
            first = path;
        if (package.isEmpty() && xml.attribute(u"media-type") == u"application/oebps-package+xml")
            package = path;
    }
    if (auto error = xml.error(filePath))
        return *error;
    if (package.isEmpty())
        package = first;
    if (package.isEmpty())
        return ImportError(
            Reason::Malformed, filePath,
            QCoreApplication::translate("EpubImporter", "%1: no rootfile element").arg(kContainerPart));
    return package;
}

std::variant<QSet<QString>, ImportError> readEpubEncryptedPaths(ZipArchive &zip, const QString &filePath)
{
    QSet<QString> paths;
    if (!zip.contains(kEncryptionPart))
        return paths;
    auto bytes = zip.read(kEncryptionPart);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    XmlPartReader xml(std::get<QByteArray>(bytes), kEncryptionPart);
    while (xml.next()) {
        // Paths in encryption.xml are relative to the root of the container.
        if (xml.isStart(kXmlEncryption, u"CipherReference"))
            paths.insert(resolvePackagePath(QString(), xml.attribute(u"URI")));
    }
    if (auto error = xml.error(filePath))
        return *error;
    return paths;
}

std::variant<EpubPackage, ImportError> readEpubPackage(ZipArchive &zip, const QString &packagePath,
                                                       const QString &filePath)
{
    auto bytes = readPart(zip, packagePath, filePath);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    XmlPartReader xml(std::get<QByteArray>(bytes), packagePath);
    EpubPackage package;
    package.packagePath = packagePath;
    DocumentMetadata &m = package.metadata;
    QHash<QString, EpubItem> items;
    QList<std::pair<QString, bool>> itemRefs;
    QString anyDate;
    QString publicationDate;
    while (xml.next()) {
        if (!xml.isStart())
            continue;
        if (xml.namespaceUri() == kDublinCore) {
            const QStringView name = xml.name();
            // EPUB 2 marks dates with opf:event; the publication date is the one a reader means.
            const bool publication = xml.attribute(kOpf, u"event") == u"publication";
            const QString value = xml.readText().trimmed();
            if (name == u"title" && m.title.isEmpty())
                m.title = value;
            else if (name == u"creator")
                appendDistinct(m.author, value);
            else if (name == u"language" && m.language.isEmpty())
                m.language = value;
            else if (name == u"publisher" && m.outlet.isEmpty())
                m.outlet = value;
            else if (name == u"date" && anyDate.isEmpty())
                anyDate = value;
            if (name == u"date" && publication && publicationDate.isEmpty())
                publicationDate = value;
        } else if (xml.isStart(kOpf, u"item")) {
            EpubItem item{resolvePackagePath(packagePath, xml.attribute(u"href")),
                          xml.attribute(u"media-type")};
            if (!item.path.isEmpty())
                items.insert(xml.attribute(u"id"), item);
            package.manifest.append(item);
        } else if (xml.isStart(kOpf, u"itemref")) {
            itemRefs.append({xml.attribute(u"idref"), xml.attribute(u"linear") != u"no"});
        }
    }
    if (auto error = xml.error(filePath))
        return *error;
    m.date = packageDate(publicationDate.isEmpty() ? anyDate : publicationDate);
    for (const auto &[id, linear] : itemRefs) {
        const auto item = items.constFind(id);
        if (item != items.constEnd())
            package.spine.append({item->path, item->mediaType, linear});
    }
    return package;
}

} // namespace claimscope::core
