#pragma once

#include "core/document/ImportResult.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace claimscope::core {

// What a package importer read, before the finishing every package format shares.
struct PackageText {
    QString text;         // the body, then the notes
    QString firstHeading; // the title when the package declares none
    DocumentMetadata metadata;
};

// The Document, or NoText when there is nothing to read. The declared title wins over the first
// heading and a declared language over a guess; format and file path are set, encoding is UTF-8
// (the text of every part has been decoded by the XML or HTML reader).
ImportResult finishPackageDocument(PackageText package, const QString &format, const QString &filePath);

// "2024-10-25", "2024-10-25T08:30:00Z", "2024-10-25T08:30:00.00+05:00" → the date; a year alone is
// not a date.
QDate packageDate(QStringView value);

} // namespace claimscope::core
