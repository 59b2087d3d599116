#include "ui/SpanHighlighter.h"

#include <QHash>
#include <QTextBlock>
#include <QTextDocument>
#include <QVarLengthArray>

#include <algorithm>

namespace claimscope::ui {
namespace {

QTextCharFormat charFormatOf(const core::HighlightFormat &format)
{
    QTextCharFormat charFormat;
    if (format.color.isValid())
        charFormat.setForeground(format.color);
    if (format.background.isValid())
        charFormat.setBackground(format.background);
    if (format.bold)
        charFormat.setFontWeight(QFont::Bold);
    charFormat.setFontItalic(format.italic);
    charFormat.setFontUnderline(format.underline);
    return charFormat;
}

// The first span that ends after `position`.
auto firstSpanEndingAfter(const QList<core::HighlightSpan> &spans, qsizetype position)
{
    return std::upper_bound(
        spans.cbegin(), spans.cend(), position,
        [](qsizetype pos, const core::HighlightSpan &span) { return pos < span.offset + span.length; });
}

bool isFiltered(core::AnnotationKind kind)
{
    return kind == core::AnnotationKind::Quote || kind == core::AnnotationKind::Claim;
}

// What a mark's painting depends on; a changed tooltip alone needs no repaint.
bool paintsAlike(const AnnotationMark &a, const AnnotationMark &b)
{
    return a.kind == b.kind && a.range == b.range && a.speaker == b.speaker && a.colour == b.colour;
}

// Above this share of the document's blocks, one full repaint is cheaper than many single ones.
constexpr qsizetype kFullRepaintShare = 4;

} // namespace

SpanHighlighter::SpanHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void SpanHighlighter::setResult(core::HighlightResult result)
{
    m_result = std::move(result);
    m_charFormats.clear();
    for (const core::HighlightFormat &format : std::as_const(m_result.formats))
        m_charFormats.append(charFormatOf(format));
    updateHiddenFormats();
    rehighlight();
}

void SpanHighlighter::clearResult()
{
    m_result = {};
    m_charFormats.clear();
    m_hiddenFormats.clear();
    rehighlight();
}

void SpanHighlighter::clear()
{
    m_result = {};
    m_charFormats.clear();
    m_hiddenFormats.clear();
    m_marks.clear();
    indexMarks();
    m_hasMarks = false;
    rehighlight();
}

QString SpanHighlighter::formatNameAt(qsizetype position) const
{
    const auto span = firstSpanEndingAfter(m_result.spans, position);
    if (span == m_result.spans.cend() || span->offset > position)
        return {};
    return m_result.formats.at(span->format).name;
}

bool SpanHighlighter::paintsFormat(const QString &formatName) const
{
    return !m_hasMarks || (formatName != u"Quote" && formatName != u"Figure");
}

void SpanHighlighter::updateHiddenFormats()
{
    m_hiddenFormats.clear();
    for (const core::HighlightFormat &format : std::as_const(m_result.formats))
        m_hiddenFormats.append(!paintsFormat(format.name));
}

void SpanHighlighter::setMarks(QList<AnnotationMark> marks)
{
    std::stable_sort(marks.begin(), marks.end(), [](const AnnotationMark &a, const AnnotationMark &b) {
        return a.range.start < b.range.start;
    });
    const bool first = !m_hasMarks;
    QList<AnnotationMark> old = std::exchange(m_marks, std::move(marks));
    m_hasMarks = true;
    indexMarks();
    if (first) {
        updateHiddenFormats();
        if (!m_result.spans.isEmpty()) {
            rehighlight(); // the helper's quotes and figures leave the whole text at once
            return;
        }
        // No spans yet (the helper answers later): only the marks' blocks change.
        QList<core::TextRange> dirty;
        dirty.reserve(m_marks.size());
        for (const AnnotationMark &mark : std::as_const(m_marks))
            dirty.append(mark.range);
        rehighlightRanges(dirty);
        return;
    }

    // Only what changed: marks that are new, gone, or painted differently now.
    QHash<core::AnnotationId, qsizetype> oldById;
    oldById.reserve(old.size());
    for (qsizetype i = 0; i < old.size(); ++i)
        oldById.insert(old.at(i).id, i);
    if (oldById.size() != old.size()) { // ids repeat (marks not from a project): no way to pair them
        rehighlight();
        return;
    }
    QList<bool> matched(old.size(), false);
    QList<core::TextRange> dirty;
    for (const AnnotationMark &mark : std::as_const(m_marks)) {
        const auto before = oldById.constFind(mark.id);
        if (before != oldById.cend() && !matched.at(*before) && paintsAlike(old.at(*before), mark)) {
            matched[*before] = true;
            continue;
        }
        dirty.append(mark.range);
    }
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (!matched.at(i))
            dirty.append(old.at(i).range);
    }
    rehighlightRanges(dirty);
}

void SpanHighlighter::clearMarks()
{
    if (!m_hasMarks)
        return;
    m_marks.clear();
    indexMarks();
    m_hasMarks = false;
    updateHiddenFormats();
    rehighlight();
}

void SpanHighlighter::setSpeakerFilter(const QString &speaker)
{
    if (speaker == m_speakerFilter)
        return;
    const QString before = std::exchange(m_speakerFilter, speaker);
    // Only quotes and claims whose visibility flips, and only the blocks they are in.
    QList<core::TextRange> dirty;
    for (const AnnotationMark &mark : std::as_const(m_marks)) {
        if (!isFiltered(mark.kind))
            continue;
        const bool wasPainted = before.isEmpty() || mark.speaker == before;
        if (wasPainted != paintsMark(mark))
            dirty.append(mark.range);
    }
    rehighlightRanges(dirty);
}

bool SpanHighlighter::paintsMark(const AnnotationMark &mark) const
{
    return m_speakerFilter.isEmpty() || !isFiltered(mark.kind) || mark.speaker == m_speakerFilter;
}

void SpanHighlighter::setPalette(const QPalette &palette)
{
    const MarkFormats formats(palette);
    if (formats == m_formats)
        return;
    m_formats = formats;
    indexMarks();
    if (!m_marks.isEmpty())
        rehighlight();
}

void SpanHighlighter::indexMarks()
{
    m_maxEnd.resize(m_marks.size());
    m_markFormats.resize(m_marks.size());
    qsizetype maxEnd = 0;
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        maxEnd = std::max(maxEnd, m_marks.at(i).range.end);
        m_maxEnd[i] = maxEnd;
        m_markFormats[i] = m_formats.format(m_marks.at(i));
    }
}

qsizetype SpanHighlighter::firstMarkEndingAfter(qsizetype position) const
{
    return std::upper_bound(m_maxEnd.cbegin(), m_maxEnd.cend(), position) - m_maxEnd.cbegin();
}

QList<qsizetype> SpanHighlighter::marksAt(qsizetype position) const
{
    QList<qsizetype> found;
    for (qsizetype i = firstMarkEndingAfter(position);
         i < m_marks.size() && m_marks.at(i).range.start <= position; ++i) {
        if (m_marks.at(i).range.end > position)
            found.append(i);
    }
    return found;
}

void SpanHighlighter::rehighlightRanges(const QList<core::TextRange> &ranges)
{
    QTextDocument *text = document();
    if (ranges.isEmpty() || !text)
        return;
    QList<int> blocks;
    for (const core::TextRange &range : ranges) {
        for (QTextBlock block = text->findBlock(static_cast<int>(range.start));
             block.isValid() && block.position() < range.end; block = block.next())
            blocks.append(block.blockNumber());
    }
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    if (blocks.size() * kFullRepaintShare > text->blockCount()) {
        rehighlight();
        return;
    }
    for (int number : std::as_const(blocks))
        rehighlightBlock(text->findBlockByNumber(number));
}

void SpanHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    paintSpans(blockStart, blockEnd);
    if (m_hasMarks)
        paintMarks(blockStart, blockEnd);
}

void SpanHighlighter::paintSpans(qsizetype blockStart, qsizetype blockEnd)
{
    for (auto span = firstSpanEndingAfter(m_result.spans, blockStart);
         span != m_result.spans.cend() && span->offset < blockEnd; ++span) {
        if (m_hiddenFormats.value(span->format))
            continue;
        const qsizetype start = std::max(span->offset, blockStart);
        const qsizetype end = std::min(span->offset + span->length, blockEnd);
        setFormat(static_cast<int>(start - blockStart), static_cast<int>(end - start),
                  m_charFormats.at(span->format));
    }
}

void SpanHighlighter::paintMarks(qsizetype blockStart, qsizetype blockEnd)
{
    QVarLengthArray<qsizetype, 32> inBlock;
    for (qsizetype i = firstMarkEndingAfter(blockStart);
         i < m_marks.size() && m_marks.at(i).range.start < blockEnd; ++i) {
        if (m_marks.at(i).range.end > blockStart && paintsMark(m_marks.at(i)))
            inBlock.append(i);
    }
    // Larger marks first: a mention or figure inside a quote shows over the quote's tint, and a
    // claim inside a quote keeps its own.
    std::stable_sort(inBlock.begin(), inBlock.end(), [this](qsizetype a, qsizetype b) {
        return m_marks.at(a).range.length() > m_marks.at(b).range.length();
    });
    for (qsizetype i : inBlock) {
        const core::TextRange &range = m_marks.at(i).range;
        const qsizetype start = std::max(range.start, blockStart);
        const qsizetype end = std::min(range.end, blockEnd);
        mergeFormat(static_cast<int>(start - blockStart), static_cast<int>(end - start), m_markFormats.at(i));
    }
}

void SpanHighlighter::mergeFormat(int start, int count, const QTextCharFormat &format)
{
    // QSyntaxHighlighter keeps one format per character; merge run by run of equal formats.
    const int end = start + count;
    for (int run = start; run < end;) {
        QTextCharFormat merged = QSyntaxHighlighter::format(run);
        int next = run + 1;
        while (next < end && QSyntaxHighlighter::format(next) == merged)
            ++next;
        merged.merge(format);
        setFormat(run, next - run, merged);
        run = next;
    }
}

} // namespace claimscope::ui
