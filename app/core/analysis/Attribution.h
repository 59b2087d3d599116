#pragma once

#include "core/analysis/Annotations.h"
#include "core/analysis/QuoteFinder.h"
#include "core/analysis/Referents.h"
#include "core/analysis/SpanIndex.h"

#include <QList>
#include <QString>

namespace claimscope::core {

// What attribution reads: the text, its spans, its sentences and who was named where.
struct DocumentContext {
    const QString &text;
    const QString &language;
    const SpanIndex &spans;
    const QList<TextRange> &sentences;
    const QList<TextRange> &paragraphs;
    const MentionHistory &history;
};

// Confidence scale of attributions (quotes and claims), from the most direct evidence down:
//   0.95  a named speaker and a cue in the tag right next to the quote ("…,” X said")
//   0.9   a named speaker in the same sentence, with a cue on the other side of the quote
//   0.8   a pronoun or description with a cue ("…,” he said"), resolved to the latest fitting name
//   0.7   continuation: the second part of a split quote, or a multi-paragraph quote
//   0.6   a speaker named in the previous sentence, with no other cue in between
//   0.5   a named speaker without a cue ("X: «…»")
//   0.3   no speaker found: the quote is still speech, but nobody is credited
namespace confidence {
inline constexpr double NamedAdjacent = 0.95;
inline constexpr double NamedInSentence = 0.9;
inline constexpr double Referent = 0.8;
inline constexpr double Continuation = 0.7;
inline constexpr double PreviousSentence = 0.6;
inline constexpr double NamedWithoutCue = 0.5;
inline constexpr double Unattributed = 0.3;
} // namespace confidence

// Direct quotes from the speech spans among `marked`, each credited to a speaker where the text
// says who: a postposed or preposed tag, a pronoun or description, a split or multi-paragraph
// quote, or the speaker of the previous sentence.
QList<QuoteAnnotation> attributeMarkedQuotes(const DocumentContext &context, const QList<MarkedSpan> &marked);

// Paragraphs of direct speech printed without quotation marks and closed by an inverted tag:
// "…, says X.", "…, the expert says.", "… — считает X.", "…, diyor X.".
QList<QuoteAnnotation> findUnmarkedQuotes(const DocumentContext &context, const QList<MarkedSpan> &marked);

} // namespace claimscope::core
