#pragma once

#include "core/document/Document.h"
#include "core/document/ImportError.h"
#include "core/document/office/ZipArchive.h"

#include <QList>
#include <QSet>
#include <QString>

#include <variant>

namespace claimscope::core {

struct EpubItem {
    QString path; // in the ZIP
    QString mediaType;
};

struct EpubSpineItem {
    QString path;
    QString mediaType;
    bool linear = true; // linear="no": read out of order (pop-up notes, answers), not in the body
};

// What the OPF package document says: the metadata (title, creator, date, language, publisher as
// outlet) and the reading order.
struct EpubPackage {
    QString packagePath;
    DocumentMetadata metadata;
    QList<EpubItem> manifest;
    QList<EpubSpineItem> spine;

    // A document we would read: in the spine, or (X)HTML anywhere in the manifest.
    bool isContentDocument(const QString &path) const;
};

// The package document's path, from META-INF/container.xml.
std::variant<QString, ImportError> readEpubContainer(ZipArchive &zip, const QString &filePath);

// The paths META-INF/encryption.xml lists as encrypted (empty without one). Fonts listed there are
// usually only obfuscated, which is no obstacle to reading the text; whether a listed path matters
// is for the caller to decide against the package.
std::variant<QSet<QString>, ImportError> readEpubEncryptedPaths(ZipArchive &zip, const QString &filePath);

std::variant<EpubPackage, ImportError> readEpubPackage(ZipArchive &zip, const QString &packagePath,
                                                       const QString &filePath);

// (X)HTML media types a spine may hold; SVG and other spine documents have no reading text for us.
bool isHtmlMediaType(const QString &mediaType);

} // namespace claimscope::core
