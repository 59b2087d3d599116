#include "core/document/office/DocxImporter.h"

#include "core/document/office/BodyText.h"
#include "core/document/office/CompoundFile.h"
#include "core/document/office/DocxText.h"
#include "core/document/office/NoteCollector.h"
#include "core/document/office/PackageDocument.h"
#include "core/document/office/PackagePath.h"
#include "core/document/office/PackageXml.h"
#include "core/document/office/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

using Reason = ImportError::Reason;

constexpr QStringView kRelationships = u"http://schemas.openxmlformats.org/package/2006/relationships";
constexpr QStringView kDublinCore = u"http://purl.org/dc/elements/1.1/";
constexpr QStringView kDcTerms = u"http://purl.org/dc/terms/";

struct Relationship {
    QString type;
    QString target; // a package path
};
using Relationships = QList<Relationship>;
using NoteTexts = QHash<QString, QString>;

// "word/document.xml" → "word/_rels/document.xml.rels"; the package itself ("") → "_rels/.rels".
QString relationshipsPart(const QString &sourcePart)
{
    const QString folder = packageFolder(sourcePart);
    const QString file = sourcePart.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + u"_rels/" + file + u".rels";
}

// Relationship types differ between transitional and strict OOXML only in their prefix.
QString targetOf(const Relationships &relationships, QStringView type, const QString &fallback)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type.endsWith(u'/' + type.toString()))
            return relationship.target;
    }
    return relationships.isEmpty() ? fallback : QString();
}

std::variant<Relationships, ImportError> readRelationships(ZipArchive &zip, const QString &sourcePart,
                                                           const QString &filePath)
{
    const QString part = relationshipsPart(sourcePart);
    if (!zip.contains(part))
        return Relationships{};
    auto bytes = zip.read(part);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    Relationships relationships;
    XmlPartReader xml(std::get<QByteArray>(bytes), part);
    while (xml.next()) {
        if (!xml.isStart(kRelationships, u"Relationship") || xml.attribute(u"TargetMode") == u"External")
            continue;
        const QString target = resolvePackagePath(sourcePart, xml.attribute(u"Target"));
        if (!target.isEmpty())
            relationships.append({xml.attribute(u"Type"), target});
    }
    if (auto error = xml.error(filePath))
        return *error;
    return relationships;
}

std::optional<ImportError> readStyles(ZipArchive &zip, const QString &part, const QString &filePath,
                                      DocxStyles &styles)
{
    if (part.isEmpty() || !zip.contains(part))
        return std::nullopt;
    auto bytes = zip.read(part);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    XmlPartReader xml(std::get<QByteArray>(bytes), part);
    styles = readDocxStyles(xml);
    return xml.error(filePath);
}

// The notes of word/footnotes.xml or word/endnotes.xml by key ("footnote:2"); the separator and
// continuation notes Word keeps there are layout, not notes.
std::optional<ImportError> readNotes(ZipArchive &zip, const QString &part, QStringView kind,
                                     const DocxStyles &styles, const QString &filePath, NoteTexts &texts)
{
    if (part.isEmpty() || !zip.contains(part))
        return std::nullopt;
    auto bytes = zip.read(part);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    XmlPartReader xml(std::get<QByteArray>(bytes), part);
    while (xml.next()) {
        if (!xml.isStart() || !isWordNamespace(xml.namespaceUri()) || xml.name() != kind)
            continue;
        const QString ns = xml.namespaceUri().toString();
        const QString type = xml.attribute(ns, u"type");
        if (!type.isEmpty() && type != u"normal") {
            xml.skipElement();
            continue;
        }
        const QString key = kind + u':' + xml.attribute(ns, u"id");
        BodyText note;
        DocxTextReader(styles, nullptr).read(xml, note);
        texts.insert(key, note.finish());
    }
    return xml.error(filePath);
}

std::optional<ImportError> readCoreProperties(ZipArchive &zip, const QString &part, const QString &filePath,
                                              DocumentMetadata &metadata)
{
    if (part.isEmpty() || !zip.contains(part))
        return std::nullopt;
    auto bytes = zip.read(part);
    if (auto *error = std::get_if<ImportError>(&bytes))
        return *error;
    XmlPartReader xml(std::get<QByteArray>(bytes), part);
    QDate created;
    QDate modified;
    while (xml.next()) {
        if (xml.isStart(kDublinCore, u"title"))
            metadata.title = xml.readText();
        else if (xml.isStart(kDublinCore, u"creator"))
            metadata.author = xml.readText();
        else if (xml.isStart(kDublinCore, u"language"))
            metadata.language = xml.readText();
        else if (xml.isStart(kDcTerms, u"created"))
            created = packageDate(xml.readText());
        else if (xml.isStart(kDcTerms, u"modified"))
            modified = packageDate(xml.readText());
    }
    metadata.date = created.isValid() ? created : modified;
    return xml.error(filePath);
}

} // namespace

ImportResult importDocx(const QByteArray &bytes, const QString &filePath)
{
    if (isCompoundFile(bytes)) {
        if (compoundFileHasStream(bytes, u"EncryptedPackage"))
            return ImportError(Reason::Encrypted, filePath);
        return ImportError(
            Reason::Malformed, filePath,
            QCoreApplication::translate("DocxImporter", "an OLE compound file (Word 97–2003?), not DOCX"));
    }
    ZipArchive zip(bytes, filePath);
    if (zip.openError())
        return *zip.openError();

    auto packageRelationships = readRelationships(zip, QString(), filePath);
    if (auto *error = std::get_if<ImportError>(&packageRelationships))
        return *error;
    const Relationships &package = std::get<Relationships>(packageRelationships);
    QString mainPart = targetOf(package, u"officeDocument", u"word/document.xml"_s);
    if (mainPart.isEmpty())
        mainPart = u"word/document.xml"_s;
    if (!zip.contains(mainPart))
        return missingPart(filePath, mainPart);

    auto documentRelationships = readRelationships(zip, mainPart, filePath);
    if (auto *error = std::get_if<ImportError>(&documentRelationships))
        return *error;
    const Relationships &parts = std::get<Relationships>(documentRelationships);
    const QString folder = packageFolder(mainPart);
    const auto partOf = [&](QStringView type, QStringView file) {
        return targetOf(parts, type, folder.isEmpty() ? file.toString() : folder + u'/' + file);
    };

    DocxStyles styles;
    if (auto error = readStyles(zip, partOf(u"styles", u"styles.xml"), filePath, styles))
        return *error;
    NoteTexts noteTexts;
    if (auto error =
            readNotes(zip, partOf(u"footnotes", u"footnotes.xml"), u"footnote", styles, filePath, noteTexts))
        return *error;
    if (auto error =
            readNotes(zip, partOf(u"endnotes", u"endnotes.xml"), u"endnote", styles, filePath, noteTexts))
        return *error;

    auto documentBytes = zip.read(mainPart);
    if (auto *error = std::get_if<ImportError>(&documentBytes))
        return *error;
    NoteCollector notes;
    BodyText body;
    DocxTextReader reader(styles, &notes);
    bool sawBody = false;
    XmlPartReader xml(std::get<QByteArray>(documentBytes), mainPart);
    while (xml.next()) {
        if (xml.isStart() && isWordNamespace(xml.namespaceUri()) && xml.name() == u"body") {
            sawBody = true;
            reader.read(xml, body);
        }
    }
    if (auto error = xml.error(filePath))
        return *error;
    if (!sawBody)
        return ImportError(
            Reason::Malformed, filePath,
            QCoreApplication::translate("DocxImporter", "%1: no w:body element").arg(mainPart));
    for (auto it = noteTexts.cbegin(); it != noteTexts.cend(); ++it) {
        if (notes.isReferenced(it.key()))
            notes.setText(it.key(), it.value());
    }

    PackageText text;
    text.text = notes.appendTo(body.finish());
    text.firstHeading = reader.firstHeading();
    if (auto error = readCoreProperties(zip, targetOf(package, u"core-properties", u"docProps/core.xml"_s),
                                        filePath, text.metadata))
        return *error;
    return finishPackageDocument(std::move(text), u"docx"_s, filePath);
}

} // namespace claimscope::core
