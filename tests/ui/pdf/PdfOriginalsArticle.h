#pragma once

// The article tst_pdforiginals imports: two pages drawn with QPdfWriter, text at known places, and
// what libqpdf changes in the file afterwards (rotation, page boxes, links, encryption).

#include <QFile>
#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSizeF>
#include <QString>
#include <QtGlobal>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <functional>

namespace pdforiginals {

using namespace Qt::StringLiterals;

inline const QString kTitle = u"Kremlin responds to the court ruling"_s;
inline const QSizeF kPageSize(460, 600); // not A4: the original pages keep their own size
inline constexpr qreal kLeft = 40;

// The article, a line at a time: page, baseline, text. A quote that runs over the page break, a claim
// over two lines, a figure.
struct Line {
    int page;
    qreal baseline;
    QString text;
};

inline const QList<Line> &articleLines()
{
    static const QList<Line> lines{
        {0, 56, kTitle},
        {0, 96, u"“We respect the decision,” Peskov said on Tuesday"_s},
        {0, 114, u"in Moscow, adding that the talks with the"_s},
        {0, 132, u"company would go on. “The dialogue will continue"_s},
        {1, 56, u"at every level,” Ushakov added after the meeting."_s},
        {1, 74, u"Gazprom said revenue reached 43.5 billion dollars"_s},
        {1, 92, u"in 2023. Peskov said the ruling would not change"_s},
        {1, 110, u"the terms of the agreement signed last spring."_s},
    };
    return lines;
}

inline QFont articleFont(bool heading)
{
    QFont font(heading ? u"DejaVu Sans"_s : u"DejaVu Serif"_s);
    font.setPointSizeF(heading ? 15 : 11);
    font.setBold(heading);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Draws the article on pages of kPageSize. `turn` is the /Rotate the pages will be given (rewrite):
// the text is drawn turned the other way, so that a reader shows it upright, as a landscape page
// made by turning a portrait one is.
inline bool drawArticle(const QString &path, int turn = 0)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(kPageSize, QPageSize::Point), QPageLayout::Portrait,
                                     QMarginsF(), QPageLayout::Point));
    writer.setTitle(kTitle);
    QPainter painter(&writer);
    // Where a point of the page as shown is on the page as drawn.
    const auto turnPainter = [&] {
        painter.resetTransform();
        if (turn == 90) {
            painter.translate(0, kPageSize.height());
            painter.rotate(-90);
        } else if (turn == 180) {
            painter.translate(kPageSize.width(), kPageSize.height());
            painter.rotate(180);
        } else if (turn == 270) {
            painter.translate(kPageSize.width(), 0);
            painter.rotate(90);
        }
    };
    turnPainter();
    int page = 0;
    for (const Line &line : articleLines()) {
        if (line.page != page) {
            writer.newPage();
            turnPainter();
            page = line.page;
        }
        painter.setFont(articleFont(line.text == kTitle));
        painter.drawText(QPointF(kLeft, line.baseline), line.text);
    }
    return painter.end();
}

// Rewrites `path` in place with libqpdf after `change`: what QPdfWriter cannot write (rotation, boxes,
// encryption).
inline bool rewrite(const QString &path, const std::function<void(QPDF &, QPDFWriter &)> &change)
{
    const QString changed = path + u".changed"_s;
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(path).constData());
        const QByteArray changedName = QFile::encodeName(changed); // QPDFWriter keeps the pointer
        QPDFWriter writer(pdf, changedName.constData());
        change(pdf, writer);
        writer.write();
    } catch (const std::exception &error) {
        qWarning("qpdf: %s", error.what());
        return false;
    }
    return QFile::remove(path) && QFile::rename(changed, path);
}

inline QPDFObjectHandle box(double llx, double lly, double urx, double ury)
{
    return QPDFObjectHandle::newArray({QPDFObjectHandle::newReal(llx, 2), QPDFObjectHandle::newReal(lly, 2),
                                       QPDFObjectHandle::newReal(urx, 2), QPDFObjectHandle::newReal(ury, 2)});
}

// Changes every page of `pdf`.
inline void onEveryPage(QPDF &pdf, const std::function<void(QPDFObjectHandle)> &change)
{
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages())
        change(page.getObjectHandle());
}

} // namespace pdforiginals
