#include "ui/HighlightLegend.h"

#include "ui/MarkFormats.h"

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
    layout->addStretch(1);
    hide();
}

QStringList HighlightLegend::categories() const
{
    if (m_annotationMode)
        return {QStringLiteral("Speaker"), QStringLiteral("Quote"), QStringLiteral("Claim"),
                QStringLiteral("Cue"), QStringLiteral("Figure")};
    return {QStringLiteral("Speaker"), QStringLiteral("Quote"), QStringLiteral("Cue"),
            QStringLiteral("Figure")};
}

void HighlightLegend::setAnnotationMode(bool on)
{
    if (on == m_annotationMode)
        return;
    m_annotationMode = on;
    rebuild();
}

QString HighlightLegend::displayName(const QString &formatName)
{
    if (formatName == u"Speaker")
        return tr("Speaker");
    if (formatName == u"Quote")
        return tr("Quote");
    if (formatName == u"Claim")
        return tr("Claim");
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
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

namespace {

// A sample of the word as an annotation of `kind` is painted, without a speaker (their colours
// vary; the neutral tint stands for all of them).
QString annotationSample(const QPalette &palette, core::AnnotationKind kind, const QString &text)
{
    AnnotationMark mark;
    mark.kind = kind;
    const QTextCharFormat format = MarkFormats(palette).format(mark);
    QString style;
    if (format.hasProperty(QTextFormat::BackgroundBrush))
        style += QStringLiteral("background-color:%1;").arg(format.background().color().name());
    if (format.hasProperty(QTextFormat::ForegroundBrush))
        style += QStringLiteral("color:%1;").arg(format.foreground().color().name());
    if (format.fontWeight() >= QFont::Bold)
        style += QStringLiteral("font-weight:bold;");
    if (format.fontUnderline() || format.underlineStyle() != QTextCharFormat::NoUnderline)
        style += QStringLiteral("text-decoration:underline;");
    return QStringLiteral("<span style=\"%1\">&nbsp;%2&nbsp;</span>").arg(style, text.toHtmlEscaped());
}

} // namespace

void HighlightLegend::rebuild()
{
    const QStringList names = categories();
    while (m_labels.size() < names.size()) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        static_cast<QHBoxLayout *>(layout())->insertWidget(static_cast<int>(m_labels.size()), label);
        m_labels.append(label);
    }
    for (qsizetype i = names.size(); i < m_labels.size(); ++i)
        m_labels.at(i)->hide();
    for (int i = 0; i < names.size(); ++i) {
        m_labels.at(i)->show();
        if (m_annotationMode && names.at(i) != u"Speaker" && names.at(i) != u"Cue") {
            const core::AnnotationKind kind = names.at(i) == u"Quote"   ? core::AnnotationKind::Quote
                                              : names.at(i) == u"Claim" ? core::AnnotationKind::Claim
                                                                        : core::AnnotationKind::Figure;
            m_labels.at(i)->setText(annotationSample(palette(), kind, displayName(names.at(i))));
            continue;
        }
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
