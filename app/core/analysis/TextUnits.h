#pragma once

#include "core/analysis/Annotations.h"

#include <QList>
#include <QString>

namespace claimscope::core {

// Paragraphs and sentences of a document, as ranges of its text. A paragraph is a line: the seed
// articles and most pasted news text put one paragraph on each line. Sentences end at ".", "!" or
// "?" followed by a space and not inside quotation marks (`opaque` ranges, e.g. quotes, never
// contain a sentence end), and always at a paragraph's end.
QList<TextRange> paragraphs(const QString &text);
QList<TextRange> sentences(const QString &text, const QList<TextRange> &opaque);

// The unit of `units` (sorted, disjoint) containing `position`, or an empty range.
TextRange unitAt(const QList<TextRange> &units, qsizetype position);

// The number of words (runs of letters or digits) in `text`.
int wordCount(QStringView text);

// The range with white space and the given punctuation trimmed off both ends.
TextRange trimmed(const QString &text, TextRange range, QStringView punctuation = {});

} // namespace claimscope::core
