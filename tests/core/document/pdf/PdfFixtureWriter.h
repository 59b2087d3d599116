#pragma once

// Drawing for the PDF fixture generator: A4 pages in points, DejaVu fonts, text at exact positions.

#include "PdfFixtureTexts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

namespace pdffixtures::drawing {

inline constexpr double kLeft = 72.0;
inline constexpr double kWidth = 451.0; // A4 (595 pt) less two margins of 72 pt
inline constexpr double kTop = 100.0;   // the first baseline of the body
inline constexpr double kBodySize = 11.0;
inline constexpr double kLeadingFactor = 14.0 / 11.0;
inline constexpr double kParagraphGap = 10.0;

inline QFont makeFont(const QString &family, double size, bool bold = false)
{
    QFont font(family);
    font.setPointSizeF(size);
    font.setBold(bold);
    // No ligatures and no hinting: the glyphs are the characters, placed where the metrics say.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

inline QFont serif(double size = kBodySize)
{
    return makeFont(QStringLiteral("DejaVu Serif"), size);
}

inline QFont sans(double size, bool bold = false)
{
    return makeFont(QStringLiteral("DejaVu Sans"), size, bold);
}

inline double leadingOf(const QFont &font)
{
    return font.pointSizeF() * kLeadingFactor;
}

// A4 pages whose painter units are points, origin at the top-left corner.
class FixtureWriter final {
public:
    explicit FixtureWriter(const QString &path, const QString &title = {})
        : m_writer(path)
    {
        m_writer.setResolution(72);
        m_writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
        if (!title.isEmpty())
            m_writer.setTitle(title);
        m_writer.setCreator(kMetadataCreator);
        m_painter.begin(&m_writer);
    }

    QPainter &painter() { return m_painter; }
    void newPage() { m_writer.newPage(); }

    void text(double x, double baseline, const QString &text, const QFont &font)
    {
        m_painter.setFont(font);
        m_painter.drawText(QPointF(x, baseline), text);
    }

    double advance(const QString &text, const QFont &font)
    {
        return QFontMetricsF(font, &m_writer).horizontalAdvance(text);
    }

    // Greedy line breaking at spaces, as a word processor without hyphenation does.
    QStringList wrap(const QString &text, const QFont &font, double width, double firstIndent = 0.0)
    {
        QStringList lines;
        QString line;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            const double available = lines.isEmpty() ? width - firstIndent : width;
            if (!line.isEmpty() && advance(candidate, font) > available) {
                lines.append(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty())
            lines.append(line);
        return lines;
    }

    // Draws the lines from `baseline` down; returns the baseline of the last one.
    double lines(const QStringList &lines, const QFont &font, double x, double baseline,
                 double firstIndent = 0.0)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            text(x + (i == 0 ? firstIndent : 0.0), baseline, lines.at(i), font);
            if (i + 1 < lines.size())
                baseline += leadingOf(font);
        }
        return baseline;
    }

    double paragraph(const QString &text, const QFont &font, double x, double baseline, double width = kWidth,
                     double firstIndent = 0.0)
    {
        return lines(wrap(text, font, width, firstIndent), font, x, baseline, firstIndent);
    }

    bool finish() { return m_painter.end(); }

private:
    QPdfWriter m_writer;
    QPainter m_painter;
};

} // namespace pdffixtures::drawing
