#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextTableFormat>

#include <memory>

class QPaintDevice;
class QPainter;

namespace claimscope::ui::pdf {

// The lines of a passage on one page: one rectangle per line, in points from the page's top left.
struct PdfPagePiece {
    int page = 0; // counted from the document's first page
    QList<QRectF> rects;
};

// A QTextDocument laid out in pages of one column: its layout breaks between pages (setPageSize),
// measured with the writer's metrics, so that what is measured is what is drawn. Knows how many
// pages it takes before anything is drawn, draws one page at a time, and tells where a passage lies.
class PdfTextPages final {
public:
    // `column` is where the text goes on each page.
    PdfTextPages(QPaintDevice *device, const QRectF &column, const QFont &font);

    QTextDocument &document() { return *m_document; }
    const QTextDocument &document() const { return *m_document; }
    const QRectF &column() const { return m_column; }

    // Lays the document out if it is not yet.
    int pageCount() const;
    void draw(QPainter &painter, int page) const;

    // Where the characters [start, end) are: for each page they lie on, a rectangle per line
    // covering exactly those characters. Empty lines are left out.
    QList<PdfPagePiece> rangeRects(int start, int end) const;
    // The page of the line holding `position`.
    int pageOf(int position) const;

private:
    int pageOfY(qreal y) const;

    std::unique_ptr<QTextDocument> m_document;
    QRectF m_column;
};

// Text in `font` and `colour`: how every part of the layout writes its words.
QTextCharFormat textFormat(const QFont &font, const QColor &colour);

// A full-width table with no borders and two columns of the given per cent widths: how the title
// page lists the speakers and the index lists them with their pages.
QTextTableFormat twoColumnTable(qreal firstPercent, qreal cellPadding);

} // namespace claimscope::ui::pdf
