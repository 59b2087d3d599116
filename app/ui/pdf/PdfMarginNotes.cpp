#include "ui/pdf/PdfMarginNotes.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace claimscope::ui::pdf {
namespace {

constexpr qreal kGap = 2; // points between two notes
constexpr int kFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

} // namespace

PdfMarginNotes::PdfMarginNotes(QPaintDevice *device, const QRectF &column, const QFont &font,
                               const QFont &bold)
    : m_column(column)
    , m_font(font)
    , m_bold(bold)
    , m_metrics(font, device)
    , m_boldMetrics(bold, device)
{
}

QColor PdfMarginNotes::readable(const QColor &colour)
{
    // Chart colours include a light cyan and an olive yellow, which small text on white washes out.
    QColor ink = colour.isValid() ? colour.toHsl() : QColor(Qt::black).toHsl();
    if (ink.lightnessF() > 0.4)
        ink.setHslF(ink.hslHueF(), ink.hslSaturationF(), 0.4f);
    return ink.toRgb();
}

qreal PdfMarginNotes::heightOf(const PdfMarginNote &note) const
{
    const QFontMetricsF &metrics = note.bold ? m_boldMetrics : m_metrics;
    return metrics.boundingRect(QRectF(0, 0, m_column.width(), 1e6), kFlags, note.text).height();
}

QList<QRectF> PdfMarginNotes::place(const QList<PdfMarginNote> &notes) const
{
    QList<qsizetype> order(notes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return notes.at(a).anchor < notes.at(b).anchor; });
    QList<QRectF> rects(notes.size());
    // Down the column: level with the line, or under the note above.
    qreal free = m_column.top();
    for (const qsizetype i : std::as_const(order)) {
        const qreal top = std::max(notes.at(i).anchor, free);
        rects[i] = QRectF(m_column.left(), top, m_column.width(), heightOf(notes.at(i)));
        free = rects[i].bottom() + kGap;
    }
    // Up from the bottom, as far as the notes run over it.
    qreal limit = m_column.bottom();
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        QRectF &rect = rects[*it];
        if (rect.bottom() <= limit)
            break;
        rect.moveTop(std::max(m_column.top(), limit - rect.height()));
        limit = rect.top() - kGap;
    }
    return rects;
}

void PdfMarginNotes::draw(QPainter &painter, const QList<PdfMarginNote> &notes) const
{
    if (notes.isEmpty())
        return;
    const QList<QRectF> rects = place(notes);
    painter.save();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const PdfMarginNote &note = notes.at(i);
        painter.setFont(note.bold ? m_bold : m_font);
        painter.setPen(readable(note.colour));
        painter.drawText(rects.at(i), kFlags, note.text);
    }
    painter.restore();
}

} // namespace claimscope::ui::pdf
