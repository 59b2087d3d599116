#include "ui/SpeakerFilterBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace claimscope::ui {

SpeakerFilterBar::SpeakerFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_swatch(new QLabel(this))
    , m_message(new QLabel(this))
    , m_showAll(new QPushButton(this))
{
    setObjectName(QStringLiteral("speakerFilterBar"));
    m_message->setObjectName(QStringLiteral("speakerFilterMessage"));
    m_showAll->setObjectName(QStringLiteral("speakerFilterShowAll"));
    // Set apart from the text by the colour of a tooltip, as an information bar is.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true); // a long name in a narrow viewer: two lines, never cut off

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 6, 3);
    layout->addWidget(m_swatch);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_showAll);

    connect(m_showAll, &QPushButton::clicked, this, &SpeakerFilterBar::showAllRequested);
    retranslate();
}

void SpeakerFilterBar::setSpeaker(const QString &name, const QColor &colour)
{
    m_name = name;
    m_colour = colour;
    updateSwatch();
    retranslate();
}

void SpeakerFilterBar::updateSwatch()
{
    m_swatch->setVisible(m_colour.isValid());
    if (!m_colour.isValid())
        return;
    const int side = fontMetrics().height() * 3 / 4;
    const qreal ratio = devicePixelRatioF();
    QPixmap swatch(QSize(side, side) * ratio);
    swatch.setDevicePixelRatio(ratio);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(m_colour.darker(140));
    painter.setBrush(m_colour);
    painter.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1));
    m_swatch->setPixmap(swatch);
}

void SpeakerFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        updateSwatch();
    QWidget::changeEvent(event);
}

void SpeakerFilterBar::retranslate()
{
    m_message->setText(tr("Showing only the quotes and claims of %1").arg(m_name));
    m_showAll->setText(tr("Show All"));
    m_showAll->setToolTip(tr("Show the quotes and claims of every speaker"));
}

} // namespace claimscope::ui
