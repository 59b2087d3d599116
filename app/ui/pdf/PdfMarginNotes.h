#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QString>

class QPaintDevice;
class QPainter;

namespace claimscope::ui::pdf {

// A short text in the notes column beside the line it is about: a speaker's name beside a quote,
// a figure's value, a stance.
struct PdfMarginNote {
    qreal anchor = 0; // the top of the line it belongs beside, in points from the page's top
    QString text;
    QColor colour;
    bool bold = false;
};

// Places a page's notes in the notes column and draws them. Each note starts level with its line
// unless the note above is in the way; then it is pushed down, and when the column overflows at the
// bottom, the last notes are pulled back up, so that notes never overlap.
class PdfMarginNotes final {
public:
    PdfMarginNotes(QPaintDevice *device, const QRectF &column, const QFont &font, const QFont &bold);

    // Where each note goes (same order as `notes`).
    QList<QRectF> place(const QList<PdfMarginNote> &notes) const;
    // Places and draws.
    void draw(QPainter &painter, const QList<PdfMarginNote> &notes) const;

    // A speaker's colour dark enough to be read as small text on white.
    static QColor readable(const QColor &colour);

private:
    qreal heightOf(const PdfMarginNote &note) const;

    QRectF m_column;
    QFont m_font;
    QFont m_bold;
    QFontMetricsF m_metrics;
    QFontMetricsF m_boldMetrics;
};

} // namespace claimscope::ui::pdf
