#include "ui/pdf/PdfPageFooter.h"

#include "ui/pdf/PdfLayoutText.h"

#include <QFontMetricsF>
#include <QPainter>

namespace claimscope::ui::pdf {

void drawPageFooter(QPainter &painter, const PdfLayoutContext &context, const QString &section, int page,
                    int pageCount)
{
    const QRectF footer = context.geometry.footer();
    const QString number = PdfLayoutText::pageOf(page + 1, pageCount);
    const QFontMetricsF metrics(context.fonts.footer, context.device);
    const qreal numberWidth = metrics.horizontalAdvance(number);
    painter.save();
    painter.setFont(context.fonts.footer);
    painter.setPen(ink::muted());
    const qreal baseline = footer.top() + metrics.ascent();
    painter.drawText(QPointF(footer.right() - numberWidth, baseline), number);
    // The section's name keeps clear of the page number.
    const QString name =
        metrics.elidedText(section.simplified(), Qt::ElideRight, footer.width() - numberWidth - 24);
    painter.drawText(QPointF(footer.left(), baseline), name);
    painter.restore();
}

} // namespace claimscope::ui::pdf
