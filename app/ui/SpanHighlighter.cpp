#include "ui/SpanHighlighter.h"

#include <QTextBlock>

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
    rehighlight();
}

void SpanHighlighter::clearResult()
{
    m_result = {};
    m_charFormats.clear();
    rehighlight();
}

QString SpanHighlighter::formatNameAt(qsizetype position) const
{
    const auto span = firstSpanEndingAfter(m_result.spans, position);
    if (span == m_result.spans.cend() || span->offset > position)
        return {};
    return m_result.formats.at(span->format).name;
}

void SpanHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (auto span = firstSpanEndingAfter(m_result.spans, blockStart);
         span != m_result.spans.cend() && span->offset < blockEnd; ++span) {
        const qsizetype start = std::max(span->offset, blockStart);
        const qsizetype end = std::min(span->offset + span->length, blockEnd);
        setFormat(static_cast<int>(start - blockStart), static_cast<int>(end - start),
                  m_charFormats.at(span->format));
    }
}

} // namespace claimscope::ui
