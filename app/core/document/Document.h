#pragma once

#include <QDate>
#include <QString>

namespace claimscope::core {

// What we know about a source besides its text. Filled by the importer from the file itself
// (HTML meta tags, Markdown front matter) and completed by a project manifest.
struct DocumentMetadata {
    QString title;
    QString outlet;
    QString author;
    QDate date;
    QString url;
    QString language; // ISO 639-1 code ("en", "ru", "tr", "kk"); empty when unknown
    QString format;   // "text", "markdown" or "html"
    QString encoding; // the encoding the bytes were decoded from, e.g. "UTF-8", "windows-1251"
    QString filePath;
};

// A source as plain text. Offsets into `text` are UTF-16 code units, as everywhere in Qt.
// Line endings are normalised to "\n"; paragraphs are separated by a blank line.
struct Document {
    QString text;
    DocumentMetadata metadata;
};

} // namespace claimscope::core
