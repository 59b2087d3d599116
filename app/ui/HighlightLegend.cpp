#include "ui/HighlightLegend.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace claimscope::ui {

HighlightLegend::HighlightLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("highlightLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 4, 18, 4);
    layout->setSpacing(14);
    for (int i = 0; i < categories().size(); ++i) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        m_labels.append(label);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    hide();
}

QStringList HighlightLegend::categories()
{
    return {QStringLiteral("Speaker"), QStringLiteral("Quote"), QStringLiteral("Cue"),
            QStringLiteral("Figure")};
}

QString HighlightLegend::displayName(const QString &formatName)
{
    if (formatName == u"Speaker")
        return tr("Speaker");
    if (formatName == u"Quote")
        return tr("Quote");
    if (formatName == u"QuoteMark")
        return tr("Quotation mark");
    if (formatName == u"Cue")
        return tr("Reporting verb");
    if (formatName == u"Figure")
        return tr("Figure");
    return formatName;
}

void HighlightLegend::setFormats(const QList<core::HighlightFormat> &formats)
{
    m_formats = formats;
    rebuild();
    setVisible(!formats.isEmpty());
}

void HighlightLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void HighlightLegend::rebuild()
{
    const QStringList names = categories();
    for (int i = 0; i < names.size(); ++i) {
        const auto format =
            std::find_if(m_formats.cbegin(), m_formats.cend(),
                         [&](const core::HighlightFormat &f) { return f.name == names.at(i); });
        const QColor color =
            format != m_formats.cend() ? format->color : palette().color(QPalette::WindowText);
        m_labels.at(i)->setText(QStringLiteral("<span style=\"color:%1\">■</span> %2")
                                    .arg(color.name(), displayName(names.at(i)).toHtmlEscaped()));
    }
}

} // namespace claimscope::ui
