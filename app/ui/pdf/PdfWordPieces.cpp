#include "ui/pdf/PdfWordPieces.h"

#include <algorithm>

namespace claimscope::ui::pdf {
namespace {

// How far apart two words of one line may be and still join: a space is about a third of the
// font's size, a column gap or a tab stop much more than the line's height.
constexpr qreal kJoinGapInHeights = 1.0;
// How much of the lower of two boxes they must share vertically to be on one line.
constexpr qreal kSameLineOverlap = 0.5;

// The part of `word`'s box its units [from, to) take.
QRectF shareOf(const core::WordBox &word, qsizetype from, qsizetype to)
{
    if (from <= word.offset && to >= word.offset + word.length)
        return word.box;
    const qreal first = qreal(from - word.offset) / qreal(word.length);
    const qreal last = qreal(to - word.offset) / qreal(word.length);
    const QRectF &box = word.box;
    // Written across (the box wider than high) or, as in a vertical line of a table header, down.
    if (box.width() >= box.height())
        return QRectF(box.left() + first * box.width(), box.top(), (last - first) * box.width(),
                      box.height());
    return QRectF(box.left(), box.top() + first * box.height(), box.width(), (last - first) * box.height());
}

bool onOneLine(const QRectF &a, const QRectF &b)
{
    const qreal shared = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    const qreal lower = std::min(a.height(), b.height());
    if (lower <= 0 || shared < kSameLineOverlap * lower)
        return false;
    const qreal gap = b.left() - a.right();
    // Further along the line, by no more than a space; a word a little to the left of the end of the
    // one before is kerning or a box poppler drew generously, not a new column.
    return b.left() >= a.left() && gap <= kJoinGapInHeights * std::max(a.height(), b.height());
}

} // namespace

QList<PdfPagePiece> wordPieces(const core::PageGeometry &geometry, const core::TextRange &range)
{
    QList<PdfPagePiece> pieces;
    if (range.isEmpty())
        return pieces;
    const QList<core::WordBox> &words = geometry.words;
    // Words are in text order: the first one that ends after the range starts.
    auto word = std::partition_point(words.cbegin(), words.cend(), [&](const core::WordBox &box) {
        return box.offset + box.length <= range.start;
    });
    for (; word != words.cend() && word->offset < range.end; ++word) {
        if (word->length <= 0 || word->page < 0 || word->page >= geometry.pageSizes.size())
            continue;
        const QRectF rect = shareOf(*word, std::max(range.start, word->offset),
                                    std::min(range.end, word->offset + word->length));
        if (rect.isEmpty())
            continue;
        if (pieces.isEmpty() || pieces.last().page != word->page)
            pieces.append(PdfPagePiece{word->page, {}});
        QList<QRectF> &rects = pieces.last().rects;
        if (!rects.isEmpty() && onOneLine(rects.last(), rect))
            rects.last() = rects.last().united(rect);
        else
            rects.append(rect);
    }
    return pieces;
}

} // namespace claimscope::ui::pdf
