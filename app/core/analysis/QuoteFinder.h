#pragma once

#include "core/analysis/Annotations.h"
#include "core/analysis/SpanIndex.h"

#include <QList>
#include <QString>

namespace claimscope::core {

// One top-level pair of quotation marks. `inner` is the text strictly between the marks; when
// the closing mark is missing (the first paragraph of a multi-paragraph quote, or a mark left
// open) it runs to the end of the last Quote span of the paragraph.
struct MarkedSpan {
    TextRange openMark;
    TextRange closeMark; // empty when unclosed
    TextRange inner;
    bool closed = true;
    bool speech = true; // false for titles, terms and scare quotes
};

// Pairs the QuoteMark spans into top-level quotes (nested pairs stay inside their parent), and
// decides which of them are speech.
QList<MarkedSpan> findMarkedSpans(const QString &text, const SpanIndex &spans);

// Speech or not, by the form of the quoted text and its surroundings: one to three words with no
// cue in their sentence are a term or a scare quote; a capitalised name after a publication word
// ("the newspaper", "еженедельнику", "gazetesine") is a title.
bool looksLikeSpeech(const QString &text, const MarkedSpan &quote, const SpanIndex &spans,
                     const TextRange &sentence);

} // namespace claimscope::core
