#pragma once

// Pages of words made up the way poppler reports them, for the tests of the layout rules.

#include "core/document/pdf/PdfTextLayout.h"

#include <QStringList>

#include <utility>

namespace pdftest {

using claimscope::core::pdf::PageWords;

inline constexpr QSizeF kA4(595, 842);
inline constexpr double kLeft = 72;

// Words made up the way poppler reports them: one box per word, the line's end marked. Characters are
// 6 pt wide at 11 pt; a line set in a larger font has wider characters and a taller box.
class PageBuilder final {
public:
    // Draws a line of words from x on the baseline y; returns the line's right edge.
    double line(const QString &text, double y, double x = kLeft, double size = 11.0)
    {
        const double charWidth = size * 6.0 / 11.0;
        const double height = size * 1.16;
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const double width = charWidth * words.at(i).size();
            m_page.words.append(
                {words.at(i), QRectF(x, y - 0.93 * size, width, height), i + 1 == words.size()});
            x += width + charWidth;
        }
        return x - charWidth;
    }

    // A paragraph set flush left, line by line, 14 pt apart; returns the baseline after it.
    double paragraph(const QStringList &lines, double y, double x = kLeft)
    {
        for (const QString &text : lines) {
            line(text, y, x);
            y += 14;
        }
        return y;
    }

    PageWords take()
    {
        m_page.size = kA4;
        return std::exchange(m_page, {});
    }

private:
    PageWords m_page;
};

inline QString textOf(const QList<PageWords> &pages)
{
    return claimscope::core::pdf::layOutText(pages).text;
}

} // namespace pdftest
