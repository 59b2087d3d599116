#include "ui/pdf/PdfTextPages.h"

#include "ui/pdf/PdfLayoutStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace claimscope::ui::pdf {
namespace {

// Lines never straddle a page break, but one may end exactly where the next page begins; a clip
// this much inside the page keeps such a line off the next page.
constexpr qreal kPageEdge = 0.5;

} // namespace

PdfTextPages::PdfTextPages(QPaintDevice *device, const QRectF &column, const QFont &font)
    : m_document(std::make_unique<QTextDocument>())
    , m_column(column)
{
    // The writer's metrics, not the screen's: otherwise text is measured at 96 dpi and drawn at 72,
    // and comes out a quarter too small for its lines.
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setUndoRedoEnabled(false);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(font);
    // A long URL or word breaks where it must rather than running into the margin.
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_document->setPageSize(column.size());
}

int PdfTextPages::pageCount() const
{
    return std::max(1, m_document->pageCount());
}

void PdfTextPages::draw(QPainter &painter, int page) const
{
    const qreal height = m_column.height();
    painter.save();
    painter.translate(m_column.left(), m_column.top() - page * height);
    // Wide enough for a table or an unbreakable word that pokes out of the column; the page's
    // height exactly, so that nothing of the neighbouring pages shows.
    const QRectF clip(-m_column.left(), page * height + kPageEdge, m_column.width() + m_column.left() * 2,
                      height - 2 * kPageEdge);
    painter.setClipRect(clip.adjusted(0, -kPageEdge, 0, kPageEdge));
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, ink::text());
    context.palette.setColor(QPalette::Dark, ink::rule()); // a rule's colour
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

int PdfTextPages::pageOfY(qreal y) const
{
    return static_cast<int>(std::floor((y + kPageEdge) / m_column.height()));
}

QList<PdfPagePiece> PdfTextPages::rangeRects(int start, int end) const
{
    QList<PdfPagePiece> pieces;
    const QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const qreal height = m_column.height();
    for (QTextBlock block = m_document->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() == 0)
            continue;
        const QPointF origin = layout->blockBoundingRect(block).topLeft();
        const int blockStart = block.position();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const int from = std::max(start - blockStart, line.textStart());
            const int to = std::min(end - blockStart, line.textStart() + line.textLength());
            if (from >= to)
                continue;
            const qreal left = line.cursorToX(from);
            const qreal right = line.cursorToX(to);
            const qreal top = origin.y() + line.y();
            const int page = pageOfY(top);
            const QRectF rect(m_column.left() + origin.x() + std::min(left, right),
                              m_column.top() + top - page * height, std::abs(right - left), line.height());
            if (pieces.isEmpty() || pieces.last().page != page)
                pieces.append(PdfPagePiece{page, {}});
            pieces.last().rects.append(rect);
        }
    }
    return pieces;
}

QTextCharFormat textFormat(const QFont &font, const QColor &colour)
{
    QTextCharFormat format;
    format.setFont(font);
    format.setForeground(colour);
    return format;
}

QTextTableFormat twoColumnTable(qreal firstPercent, qreal cellPadding)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(cellPadding);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, firstPercent),
                                      QTextLength(QTextLength::PercentageLength, 100 - firstPercent)});
    return format;
}

int PdfTextPages::pageOf(int position) const
{
    const QTextBlock block = m_document->findBlock(position);
    if (!block.isValid() || !block.layout())
        return 0;
    const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
    const qreal top =
        m_document->documentLayout()->blockBoundingRect(block).top() + (line.isValid() ? line.y() : 0);
    return pageOfY(top);
}

} // namespace claimscope::ui::pdf
