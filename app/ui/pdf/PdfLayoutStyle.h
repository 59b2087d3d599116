#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>

namespace claimscope::ui::pdf {

// Where things go on a page, in points from the page's top left (the writer draws at 72 dpi, so a
// painter unit is a point). The body is the page inside the margins; a source's text takes its
// left part, the notes column its right part, with a gutter between them for the stance lines.
struct PdfPageGeometry {
    QSizeF page;
    QMarginsF margins;
    qreal notesWidth = 0;
    qreal gutter = 0;

    static PdfPageGeometry forPageSize(QPageSize::PageSizeId id);

    QRectF body() const
    {
        return QRectF(margins.left(), margins.top(), page.width() - margins.left() - margins.right(),
                      page.height() - margins.top() - margins.bottom());
    }
    QRectF textColumn() const
    {
        const QRectF all = body();
        return QRectF(all.left(), all.top(), all.width() - notesWidth - gutter, all.height());
    }
    QRectF notesColumn() const
    {
        const QRectF all = body();
        return QRectF(all.right() - notesWidth, all.top(), notesWidth, all.height());
    }
    // Half-way through the gutter: where a stance's line runs beside its passage.
    qreal gutterLine() const { return textColumn().right() + gutter / 2; }
    // Below the body, inside the bottom margin.
    QRectF footer() const
    {
        const QRectF all = body();
        return QRectF(all.left(), all.bottom() + margins.bottom() * 0.35, all.width(),
                      margins.bottom() * 0.3);
    }
};

// The fonts of the export: DejaVu (a declared dependency, fonts-dejavu-core) covers Latin, Turkish
// and Cyrillic, so every source's text embeds with one family and never falls back to a font the
// reader lacks. Made once per export: a QFont is cheap to copy but resolving one is not.
struct PdfFonts {
    QFont body;     // a source's text
    QFont title;    // the project's name on the title page
    QFont heading;  // a source's title, a section's heading
    QFont details;  // a source's outlet, date, language, URL
    QFont text;     // title page and index prose
    QFont note;     // margin notes
    QFont noteBold; // a margin note's speaker
    QFont footer;

    static PdfFonts make();
    static QFont sans(qreal pointSize, QFont::Weight weight = QFont::Normal);
    static QFont serif(qreal pointSize, QFont::Weight weight = QFont::Normal);
};

// The inks that are not a category's or a speaker's.
namespace ink {
inline QColor text()
{
    return QColor(0x1a, 0x1a, 0x1a);
}
inline QColor muted()
{
    return QColor(0x5f, 0x63, 0x68);
}
inline QColor link()
{
    return QColor(0x1a, 0x55, 0xa8);
}
inline QColor rule()
{
    return QColor(0xc8, 0xcc, 0xd0);
}
} // namespace ink

} // namespace claimscope::ui::pdf
