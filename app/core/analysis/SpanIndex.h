#pragma once

#include "core/analysis/Annotations.h"
#include "core/highlight/HighlightTypes.h"

#include <QList>

namespace claimscope::core {

// The highlighter's answer sorted into the five formats the analyzer reads. Adjacent runs of one
// format are joined: the engine may cut a name or a cue in two, and the analysis must not care.
struct SpanIndex {
    QList<TextRange> speakers;
    QList<TextRange> quotes;
    QList<TextRange> quoteMarks;
    QList<TextRange> cues;
    QList<TextRange> figures;

    static SpanIndex fromHighlight(const HighlightResult &result);
};

// The ranges of `ranges` (sorted) that lie inside [start, end).
QList<TextRange> rangesWithin(const QList<TextRange> &ranges, qsizetype start, qsizetype end);

} // namespace claimscope::core
