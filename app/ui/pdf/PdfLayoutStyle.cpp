#include "ui/pdf/PdfLayoutStyle.h"

#include "ui/pdf/PdfLayoutContext.h"

#include <QPalette>

namespace claimscope::ui::pdf {
namespace {

// No ligatures: DejaVu joins "ff" and "fi" into one glyph, which a PDF reader then gives back as
// "ﬀ" and "ﬁ", so a search for "offer" would not find it. Latin, Cyrillic and Turkish need no
// shaping to be legible, and text lays out faster without it.
constexpr QFont::StyleStrategy kStrategy = QFont::PreferNoShaping;

} // namespace

PdfPageGeometry PdfPageGeometry::forPageSize(QPageSize::PageSizeId id)
{
    PdfPageGeometry geometry;
    geometry.page = QPageSize(id).size(QPageSize::Point);
    // Three quarters of an inch at the top, left and bottom leave room for binding and the footer;
    // the notes column on the right is a margin of its own, so the right margin can be narrow.
    geometry.margins = QMarginsF(54, 54, 36, 54);
    geometry.notesWidth = 104;
    geometry.gutter = 14;
    return geometry;
}

QFont PdfFonts::sans(qreal pointSize, QFont::Weight weight)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif, kStrategy);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

QFont PdfFonts::serif(qreal pointSize, QFont::Weight weight)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif, kStrategy);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

PdfFonts PdfFonts::make()
{
    PdfFonts fonts;
    fonts.body = serif(10);
    fonts.title = sans(24, QFont::Bold);
    fonts.heading = sans(15, QFont::Bold);
    fonts.details = sans(8.5);
    fonts.text = sans(9.5);
    fonts.note = sans(7);
    fonts.noteBold = sans(7, QFont::Bold);
    fonts.footer = sans(7.5);
    return fonts;
}

QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, ink::text());
    return palette;
}

} // namespace claimscope::ui::pdf
