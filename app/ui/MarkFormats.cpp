#include "ui/MarkFormats.h"

#include <QFont>

namespace claimscope::ui {
namespace {

// Amber for figures: dark enough to read on white, light enough to read on a dark base.
constexpr QRgb kFigureOnLight = 0xa35200;
constexpr QRgb kFigureOnDark = 0xf2b33d;

} // namespace

MarkFormats::MarkFormats(const QPalette &palette)
{
    setPalette(palette);
}

void MarkFormats::setPalette(const QPalette &palette)
{
    m_base = palette.color(QPalette::Active, QPalette::Base);
    m_text = palette.color(QPalette::Active, QPalette::Text);
    m_dark = m_base.lightnessF() < 0.5;
}

QColor MarkFormats::blend(const QColor &colour, const QColor &base, qreal amount)
{
    const QColor from = colour.toRgb();
    const QColor to = base.toRgb();
    const auto mix = [amount](float a, float b) {
        return b + (a - b) * static_cast<float>(amount);
    };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()),
                            mix(from.blueF(), to.blueF()));
}

QColor MarkFormats::speakerColour(const AnnotationMark &mark) const
{
    if (mark.colour.isValid())
        return mark.colour;
    return blend(m_text, m_base, 0.45);
}

QColor MarkFormats::tint(const AnnotationMark &mark, qreal lightAmount, qreal darkAmount) const
{
    // Without a speaker the grey must stay a faint tint too, so it gets the same treatment.
    const QColor colour = mark.colour.isValid() ? mark.colour : m_text;
    const qreal amount = m_dark ? darkAmount : lightAmount;
    return blend(colour, m_base, mark.colour.isValid() ? amount : amount * 0.5);
}

QTextCharFormat MarkFormats::format(const AnnotationMark &mark) const
{
    QTextCharFormat format;
    // An underline on a dark base needs a lighter colour to be seen at all.
    const QColor line = m_dark ? speakerColour(mark).lighter(140) : speakerColour(mark);
    switch (mark.kind) {
    case core::AnnotationKind::Quote:
        format.setBackground(tint(mark, 0.28, 0.40));
        break;
    case core::AnnotationKind::Claim:
        format.setBackground(tint(mark, 0.13, 0.22));
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(line);
        break;
    case core::AnnotationKind::Figure:
        format.setFontWeight(QFont::Bold);
        format.setForeground(QColor(m_dark ? kFigureOnDark : kFigureOnLight));
        break;
    case core::AnnotationKind::SpeakerMention:
        format.setFontWeight(QFont::Bold);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(line);
        break;
    }
    return format;
}

} // namespace claimscope::ui
