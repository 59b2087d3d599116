#include "ui/SpeakerIcon.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace claimscope::ui {

QIcon speakerIcon(const QString &colour)
{
    // Drawn at two scales so that it stays sharp on high-density screens.
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill(colour);
        const qreal inset = size / 8.0;
        const QRectF square(inset, inset, size - 2 * inset, size - 2 * inset);
        // The outline keeps a pale colour visible on a pale menu.
        painter.setPen(QPen(fill.isValid() ? fill.darker(140) : QColor(Qt::gray), size / 16.0));
        painter.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        painter.drawRoundedRect(square, size / 8.0, size / 8.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace claimscope::ui
