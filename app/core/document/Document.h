#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>
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
    QString format;   // "text", "markdown", "html", "pdf", "docx", "odt" or "epub"
    QString encoding; // the encoding the bytes were decoded from, e.g. "UTF-8", "windows-1251"
    QString filePath;
};

// Where one word of the text lies on a page of the original PDF, so that an annotation found in the
// text can be drawn back onto that page.
struct WordBox {
    qsizetype offset = 0; // into Document::text, UTF-16 code units
    qsizetype length = 0;
    int page = 0; // 0-based
    QRectF box;   // in PDF points, origin at the page's top-left corner, y growing downwards

    friend bool operator==(const WordBox &, const WordBox &) = default;
};

// The page geometry of a source imported from a PDF; empty for every other format. Words are in
// text order, and every word of the text that came from a page has its box.
struct PageGeometry {
    QList<QSizeF> pageSizes; // in points, one per page of the original
    QList<WordBox> words;

    bool isEmpty() const { return pageSizes.isEmpty(); }
    friend bool operator==(const PageGeometry &, const PageGeometry &) = default;
};

// A source as plain text. Offsets into `text` are UTF-16 code units, as everywhere in Qt.
// Line endings are normalised to "\n"; paragraphs are separated by a blank line.
struct Document {
    QString text;
    DocumentMetadata metadata;
    PageGeometry geometry; // PDF sources only
    // The file as imported, for an export that goes back to it: the annotated PDF draws a PDF
    // source's annotations onto its own pages. Filled by the PDF importer (not for a PDF opened with
    // a password, which the project does not keep); the project stores it apart and reads it back
    // only when asked (Project::originalFile), so a Document read from a project has it empty.
    QByteArray original;
};

} // namespace claimscope::core
