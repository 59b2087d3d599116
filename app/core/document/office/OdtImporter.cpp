#include "core/document/office/OdtImporter.h"

#include "core/document/office/BodyText.h"
#include "core/document/office/NoteCollector.h"
#include "core/document/office/OdtText.h"
#include "core/document/office/PackageDocument.h"
#include "core/document/office/PackageXml.h"
#include "core/document/office/ZipArchive.h"

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

using Reason = ImportError::Reason;

constexpr QStringView kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView kManifest = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
constexpr QStringView kMeta = u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
constexpr QStringView kDublinCore = u"http://purl.org/dc/elements/1.1/";

const QString kManifestPart = u"META-INF/manifest.xml"_s;
const QString kContentPart = u"content.xml"_s;
const QString kMetaPart = u"meta.xml"_s;

// A password-protected ODT keeps its layout in the clear but lists encryption data in the manifest
// for every encrypted stream (and with whole-package encryption, for the one stream left).
std::optional<ImportError> checkEncryption(ZipArchive &zip, const QString &filePath)
{
    if (!zip.contains(kManifestPart))
        return std::nullopt;
    auto bytes = zip.read(kManifestPart);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    XmlPartReader xml(std::get<QByteArray>(bytes), kManifestPart);
    QString entry;
    while (xml.next()) {
        if (xml.isStart(kManifest, u"file-entry"))
            entry = xml.attribute(kManifest, u"full-path");
        else if (xml.isStart(kManifest, u"encryption-data"))
            return ImportError(Reason::Encrypted, filePath, entry);
    }
    return xml.error(filePath);
}

std::optional<ImportError> readMeta(ZipArchive &zip, const QString &filePath, DocumentMetadata &metadata)
{
    if (!zip.contains(kMetaPart))
        return std::nullopt;
    auto bytes = zip.read(kMetaPart);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    XmlPartReader xml(std::get<QByteArray>(bytes), kMetaPart);
    QString initialCreator;
    QString creator;
    QDate created;
    QDate saved;
    while (xml.next()) {
        if (xml.isStart(kDublinCore, u"title"))
            metadata.title = xml.readText();
        else if (xml.isStart(kMeta, u"initial-creator"))
            initialCreator = xml.readText();
        else if (xml.isStart(kDublinCore, u"creator"))
            creator = xml.readText();
        else if (xml.isStart(kMeta, u"creation-date"))
            created = packageDate(xml.readText());
        else if (xml.isStart(kDublinCore, u"date"))
            saved = packageDate(xml.readText());
        else if (xml.isStart(kDublinCore, u"language"))
            metadata.language = xml.readText();
    }
    // The author is who wrote the document, not who saved it last.
    metadata.author = initialCreator.trimmed().isEmpty() ? creator : initialCreator;
    metadata.date = created.isValid() ? created : saved;
    return xml.error(filePath);
}

} // namespace

ImportResult importOdt(const QByteArray &bytes, const QString &filePath)
{
    ZipArchive zip(bytes, filePath);
    if (zip.openError())
        return *zip.openError();
    if (auto error = checkEncryption(zip, filePath))
        return *error;
    if (!zip.contains(kContentPart))
        return missingPart(filePath, kContentPart);

    auto content = zip.read(kContentPart);
    if (auto *error = std::get_if<ImportError>(&content))
        return *error;
    NoteCollector notes;
    BodyText body;
    OdtTextReader reader(notes);
    bool sawBody = false;
    XmlPartReader xml(std::get<QByteArray>(content), kContentPart);
    while (xml.next()) {
        if (xml.isStart(kOffice, u"body")) {
            sawBody = true;
            reader.read(xml, body);
        }
    }
    if (auto error = xml.error(filePath))
        return *error;
    if (!sawBody)
        return ImportError(
            Reason::Malformed, filePath,
            QCoreApplication::translate("OdtImporter", "%1: no office:body element").arg(kContentPart));

    PackageText text;
    text.text = notes.appendTo(body.finish());
    text.firstHeading = reader.firstHeading();
    if (auto error = readMeta(zip, filePath, text.metadata))
        return *error;
    return finishPackageDocument(std::move(text), u"odt"_s, filePath);
}

} // namespace claimscope::core
