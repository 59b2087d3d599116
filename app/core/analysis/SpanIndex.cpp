#include "core/analysis/SpanIndex.h"

#include "core/highlight/DefinitionGenerator.h"

namespace claimscope::core {

namespace {

void append(QList<TextRange> &list, const HighlightSpan &span)
{
    const TextRange range{span.offset, span.offset + span.length};
    if (!list.isEmpty() && list.last().end == range.start)
        list.last().end = range.end;
    else
        list.append(range);
}

} // namespace

SpanIndex SpanIndex::fromHighlight(const HighlightResult &result)
{
    SpanIndex index;
    for (const HighlightSpan &span : result.spans) {
        if (span.format < 0 || span.format >= result.formats.size() || span.length <= 0)
            continue;
        const QString &name = result.formats.at(span.format).name;
        if (name == formatname::Speaker)
            append(index.speakers, span);
        else if (name == formatname::Quote)
            append(index.quotes, span);
        else if (name == formatname::QuoteMark)
            // Marks are never joined: "»»" closes two levels, and each mark is a decision.
            index.quoteMarks.append({span.offset, span.offset + span.length});
        else if (name == formatname::Cue)
            append(index.cues, span);
        else if (name == formatname::Figure)
            append(index.figures, span);
    }
    return index;
}

QList<TextRange> rangesWithin(const QList<TextRange> &ranges, qsizetype start, qsizetype end)
{
    QList<TextRange> inside;
    for (const TextRange &range : ranges) {
        if (range.start >= start && range.end <= end)
            inside.append(range);
    }
    return inside;
}

} // namespace claimscope::core
