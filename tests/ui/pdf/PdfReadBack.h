#pragma once

// Reading an exported PDF back for tst_pdforiginals: poppler's highlights with the annotation their
// name gives, their quads in points, the pages of outline entries and index entries, the text and
// the pixels of a page.

#include "core/analysis/Annotations.h"
#include "core/project/ProjectRecords.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <poppler-qt6.h>
#include <vector>

namespace pdforiginals {

using namespace Qt::StringLiterals;
using namespace claimscope;

// Points: poppler's boxes against the stored ones (single precision).
inline constexpr qreal kTolerance = 0.75;

inline QString normalised(const QString &text)
{
    return text.simplified();
}

inline QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// The range from the start of `first` to the end of `last` (or of `first`) in `text`.
inline core::TextRange rangeOf(const QString &text, const QString &first, const QString &last = {})
{
    const qsizetype start = text.indexOf(first);
    if (start < 0)
        return {};
    const QString &end = last.isEmpty() ? first : last;
    const qsizetype at = text.indexOf(end, start);
    return at < 0 ? core::TextRange{} : core::TextRange{start, at + end.size()};
}

// The points of a normalised rectangle of `page`.
inline QRectF inPoints(const QRectF &normalisedRect, const QSizeF &page)
{
    return QRectF(normalisedRect.x() * page.width(), normalisedRect.y() * page.height(),
                  normalisedRect.width() * page.width(), normalisedRect.height() * page.height());
}

inline QList<QRectF> quadRects(const Poppler::HighlightAnnotation &highlight, const QSizeF &page)
{
    QList<QRectF> rects;
    for (const Poppler::HighlightAnnotation::Quad &quad : highlight.highlightQuads()) {
        // Corners, not rectangles: QRectF::united() skips a rectangle without area.
        qreal left = 1, top = 1, right = 0, bottom = 0;
        for (const QPointF &point : quad.points) {
            left = std::min(left, point.x());
            right = std::max(right, point.x());
            top = std::min(top, point.y());
            bottom = std::max(bottom, point.y());
        }
        rects.append(inPoints(QRectF(QPointF(left, top), QPointF(right, bottom)), page));
    }
    return rects;
}

// A Highlight annotation read back, with its page (0-based) and the annotation its name gives.
struct Found {
    int page = 0;
    core::AnnotationId annotation = 0;
    std::unique_ptr<Poppler::HighlightAnnotation> highlight;
};

inline std::vector<Found> highlightsOf(const Poppler::Document &document)
{
    std::vector<Found> found;
    for (int p = 0; p < document.numPages(); ++p) {
        for (std::unique_ptr<Poppler::Annotation> &annotation : document.page(p)->annotations()) {
            if (annotation->subType() != Poppler::Annotation::AHighlight)
                continue;
            const QStringList name = annotation->uniqueName().split(u'-');
            Found entry;
            entry.page = p;
            entry.annotation =
                name.size() == 3 && name.first() == u"claimscope" ? name.at(1).toLongLong() : 0;
            entry.highlight.reset(static_cast<Poppler::HighlightAnnotation *>(annotation.release()));
            found.push_back(std::move(entry));
        }
    }
    return found;
}

// The 0-based page an outline entry under `parent` named `name` opens; −1 when there is none.
inline int outlinePage(const Poppler::Document &document, const QString &parent, const QString &name)
{
    for (const Poppler::OutlineItem &top : document.outline()) {
        if (top.name() != parent)
            continue;
        for (const Poppler::OutlineItem &child : top.children()) {
            if (child.name() == name && child.destination())
                return child.destination()->pageNumber() - 1;
        }
    }
    return -1;
}

inline QString pageText(const Poppler::Document &document, int page)
{
    const std::unique_ptr<Poppler::Page> loaded = document.page(page);
    return loaded ? normalised(loaded->text(QRectF())) : QString();
}

// The page numbers the index gives a speaker ("3, 4, 7"), as numbers.
inline QList<int> indexPages(const QString &indexText, const QString &speaker)
{
    const QRegularExpression entry(QRegularExpression::escape(speaker) + u"\\s+([0-9][0-9,\\s]*)"_s);
    const QRegularExpressionMatch match = entry.match(indexText);
    QList<int> pages;
    if (!match.hasMatch())
        return pages;
    for (const QString &number : match.captured(1).split(u',', Qt::SkipEmptyParts))
        pages.append(number.trimmed().toInt());
    return pages;
}

// The share of the pixels of `rect` (points of a page rendered at 72 dpi) in about `colour`: a
// highlight, multiplied into white paper, shows its colour between the letters.
inline qreal tintedShare(const QImage &page, const QRectF &rect, const QColor &colour)
{
    const QRect pixels = rect.toAlignedRect().intersected(page.rect());
    int tinted = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            const QColor pixel = page.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) < 24 && std::abs(pixel.green() - colour.green()) < 24 &&
                std::abs(pixel.blue() - colour.blue()) < 24)
                ++tinted;
        }
    }
    return pixels.isEmpty() ? 0 : qreal(tinted) / qreal(pixels.width() * pixels.height());
}

inline bool covers(const QRectF &outer, const QRectF &inner)
{
    return outer.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance).contains(inner);
}

} // namespace pdforiginals
