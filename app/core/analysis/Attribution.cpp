#include "core/analysis/Attribution.h"

#include "core/analysis/TextUnits.h"

#include <QRegularExpression>

namespace claimscope::core {

namespace {

struct Credit {
    QString speaker;
    TextRange cue;
    double confidence = 0;
};

QStringView slice(const QString &text, qsizetype start, qsizetype end)
{
    return QStringView(text).sliced(start, std::max<qsizetype>(0, end - start));
}

// The speaker a referent stands for: the latest fitting name before the quote it speaks.
QString resolveReferent(const DocumentContext &context, const Referent &referent, qsizetype before)
{
    return context.history.before(std::min(before, referent.range.start), referent.kind);
}

// The referent in [start, end) nearest to `anchor`, if any.
std::optional<Referent> nearestReferent(const DocumentContext &context, qsizetype start, qsizetype end,
                                        qsizetype anchor)
{
    std::optional<Referent> best;
    qsizetype bestDistance = 0;
    for (const Referent &referent : findReferents(context.text, start, end, context.language)) {
        const qsizetype distance = std::abs(referent.range.start - anchor);
        if (!best || distance < bestDistance) {
            best = referent;
            bestDistance = distance;
        }
    }
    return best;
}

// True when the name at `range` is followed by a possessive ("Putin’s spokesman"): it modifies
// another noun and is not the subject of the clause.
bool possessive(const QString &text, const TextRange &range)
{
    const QStringView after =
        QStringView(text).sliced(range.end, std::min<qsizetype>(2, text.size() - range.end));
    return after.size() == 2 && (after.at(0) == QChar(0x2019) || after.at(0) == QLatin1Char('\'')) &&
           after.at(1).toLower() == QLatin1Char('s');
}

// The named speaker of a tag before a quote: the mention nearest the quote that is not a
// possessive ("Peskov, Putin’s spokesman, described it as “…”" is Peskov's), or the nearest one
// when every name is possessive.
QString subjectBefore(const DocumentContext &context, const TextRange &left)
{
    const auto mentions = context.history.within(left.start, left.end);
    for (qsizetype i = mentions.size() - 1; i >= 0; --i) {
        if (!possessive(context.text, mentions.at(i).first))
            return mentions.at(i).second;
    }
    return context.history.nearestWithin(left.start, left.end, left.end);
}

// Where the tag after a quote stops: at a complement clause after the cue ("…” and noted that
// Moscow expected X"), whose names are the content of the report, not its speaker.
qsizetype tagEnd(const DocumentContext &context, const TextRange &right, const TextRange &cue)
{
    static const QRegularExpression complement(QStringLiteral("(?<!\\p{L})(?:that|что|ki)(?!\\p{L})"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = complement.match(context.text, cue.end);
    return match.hasMatch() && match.capturedStart() < right.end ? match.capturedStart() : right.end;
}

// A tag after the quote: a cue within three words of the closing mark ("…,” X said", "», —
// заявил он", "” dedi", "” diye konuştu"). A cue followed by a colon introduces the next quote.
std::optional<Credit> postposed(const DocumentContext &context, const TextRange &right, qsizetype quoteStart,
                                const TextRange &left)
{
    const QList<TextRange> cues = rangesWithin(context.spans.cues, right.start, right.end);
    if (cues.isEmpty())
        return std::nullopt;
    const TextRange cue = cues.first();
    if (wordCount(slice(context.text, right.start, cue.start)) > 3)
        return std::nullopt;
    const QStringView afterCue = slice(context.text, cue.end, right.end).trimmed();
    if (afterCue.startsWith(QLatin1Char(':')))
        return std::nullopt;
    const qsizetype end = tagEnd(context, right, cue);
    const QString named = context.history.nearestWithin(right.start, end, cue.start);
    if (!named.isEmpty())
        return Credit{named, cue, confidence::NamedAdjacent};
    if (const auto referent = nearestReferent(context, right.start, end, cue.start))
        return Credit{resolveReferent(context, *referent, quoteStart), cue, confidence::Referent};
    // "X, “…” diye konuştu", "X described it as “…” and noted": the subject stands before the quote.
    const QString subject = subjectBefore(context, left);
    if (!subject.isEmpty())
        return Credit{subject, cue, confidence::NamedInSentence};
    if (const auto referent = nearestReferent(context, left.start, left.end, left.end))
        return Credit{resolveReferent(context, *referent, quoteStart), cue, confidence::Referent};
    return std::nullopt;
}

// A tag before the quote: "X said: “…”", "X: «…»", "According to X, “…”", "Tokayev said the
// talks were “…”".
std::optional<Credit> preposed(const DocumentContext &context, const TextRange &left, qsizetype quoteStart)
{
    if (left.isEmpty())
        return std::nullopt;
    const QList<TextRange> cues = rangesWithin(context.spans.cues, left.start, left.end);
    const bool colon = slice(context.text, left.start, left.end).trimmed().endsWith(QLatin1Char(':'));
    const TextRange cue = cues.isEmpty() ? TextRange{} : cues.last();
    const QString named = subjectBefore(context, left);
    if (!named.isEmpty() && (!cue.isEmpty() || colon))
        return Credit{named, cue, cue.isEmpty() ? confidence::NamedWithoutCue : confidence::NamedInSentence};
    if (!cue.isEmpty() || colon) {
        if (const auto referent = nearestReferent(context, left.start, left.end, left.end))
            return Credit{resolveReferent(context, *referent, quoteStart), cue, confidence::Referent};
        return std::nullopt;
    }
    // "Putin’s 2014 statement that “…”", "the minister’s plan of reversing the “…”": with no cue,
    // the words belong to the person whose possessive is the last name before them.
    const auto mentions = context.history.within(left.start, left.end);
    if (!mentions.isEmpty() && possessive(context.text, mentions.last().first))
        return Credit{mentions.last().second, {}, confidence::NamedWithoutCue};
    return std::nullopt;
}

// The tag anywhere after the quote in its sentence, looser than postposed(): "“…” the minister
// said on Monday in Astana".
std::optional<Credit> laterInSentence(const DocumentContext &context, const TextRange &right,
                                      qsizetype quoteStart)
{
    const QList<TextRange> cues = rangesWithin(context.spans.cues, right.start, right.end);
    if (cues.isEmpty())
        return std::nullopt;
    const QString named = context.history.nearestWithin(right.start, right.end, cues.first().start);
    if (!named.isEmpty())
        return Credit{named, cues.first(), confidence::PreviousSentence};
    if (const auto referent = nearestReferent(context, right.start, right.end, cues.first().start))
        return Credit{resolveReferent(context, *referent, quoteStart), cues.first(),
                      confidence::PreviousSentence};
    return std::nullopt;
}

// The speaker the previous sentence names or refers to, when no other cue intervenes.
std::optional<Credit> fromPreviousSentence(const DocumentContext &context, const TextRange &sentence,
                                           qsizetype quoteStart)
{
    TextRange previous;
    for (const TextRange &candidate : context.sentences) {
        if (candidate.end > sentence.start)
            break;
        previous = candidate;
    }
    if (previous.isEmpty())
        return std::nullopt;
    // Only across one paragraph break at most: the previous paragraph must end right before.
    const QList<TextRange> cues = rangesWithin(context.spans.cues, previous.start, previous.end);
    const TextRange cue = cues.isEmpty() ? TextRange{} : cues.last();
    const QString named = context.history.nearestWithin(previous.start, previous.end, previous.end);
    if (!named.isEmpty())
        return Credit{named, cue, confidence::PreviousSentence};
    if (const auto referent = nearestReferent(context, previous.start, previous.end, previous.start)) {
        if (referent->range.start - previous.start <= 2)
            return Credit{resolveReferent(context, *referent, quoteStart), cue, confidence::PreviousSentence};
    }
    return std::nullopt;
}

// An epigraph: a quote alone in its paragraph, signed by the next paragraph, a short line that
// opens with a name ("“…”\n\nX, President").
std::optional<Credit> signature(const DocumentContext &context, const MarkedSpan &span,
                                const TextRange &paragraph)
{
    const qsizetype quoteEnd = span.closed ? span.closeMark.end : span.inner.end;
    if (!trimmed(context.text, {paragraph.start, span.openMark.start}).isEmpty() ||
        !trimmed(context.text, {quoteEnd, paragraph.end}).isEmpty())
        return std::nullopt;
    TextRange next;
    for (const TextRange &candidate : context.paragraphs) {
        if (candidate.start >= paragraph.end) {
            next = candidate;
            break;
        }
    }
    if (next.isEmpty() || wordCount(slice(context.text, next.start, next.end)) > 8 ||
        !rangesWithin(context.spans.cues, next.start, next.end).isEmpty())
        return std::nullopt;
    static const QRegularExpression dashesAndSpaces(QStringLiteral("[\\p{Pd}\\s]"));
    const auto mentions = context.history.within(next.start, next.end);
    if (mentions.isEmpty() || !slice(context.text, next.start, mentions.first().first.start)
                                   .trimmed()
                                   .toString()
                                   .remove(dashesAndSpaces)
                                   .isEmpty())
        return std::nullopt;
    return Credit{mentions.first().second, {}, confidence::NamedWithoutCue};
}

QuoteAnnotation makeQuote(const DocumentContext &context, const TextRange &range, const Credit &credit,
                          bool marks)
{
    QuoteAnnotation quote;
    quote.range = range;
    quote.text = context.text.mid(range.start, range.length());
    quote.speaker = credit.speaker;
    quote.cueRange = credit.cue;
    quote.cue = context.text.mid(credit.cue.start, credit.cue.length());
    quote.quoteMarks = marks;
    quote.confidence = credit.speaker.isEmpty() ? confidence::Unattributed : credit.confidence;
    return quote;
}

} // namespace

QList<QuoteAnnotation> attributeMarkedQuotes(const DocumentContext &context, const QList<MarkedSpan> &marked)
{
    QList<qsizetype> speechIndex;
    for (qsizetype i = 0; i < marked.size(); ++i) {
        if (marked.at(i).speech)
            speechIndex.append(i);
    }
    QList<QuoteAnnotation> quotes;
    QList<bool> continuesNext;
    for (qsizetype n = 0; n < speechIndex.size(); ++n) {
        const MarkedSpan &span = marked.at(speechIndex.at(n));
        const TextRange sentence = unitAt(context.sentences, span.openMark.start);
        const TextRange paragraph = unitAt(context.paragraphs, span.openMark.start);
        const qsizetype quoteEnd = span.closed ? span.closeMark.end : span.inner.end;
        // The tag's text stops at the neighbouring quotes, whose tags are their own.
        qsizetype rightEnd = std::max(sentence.end, quoteEnd);
        qsizetype leftStart = sentence.start;
        for (const MarkedSpan &other : marked) {
            if (other.openMark.start >= quoteEnd)
                rightEnd = std::min(rightEnd, other.openMark.start);
            const qsizetype otherEnd = other.closed ? other.closeMark.end : other.inner.end;
            if (otherEnd <= span.openMark.start)
                leftStart = std::max(leftStart, otherEnd);
        }
        const TextRange right{quoteEnd, std::max(quoteEnd, rightEnd)};
        const TextRange left{std::min(leftStart, span.openMark.start), span.openMark.start};

        std::optional<Credit> credit = postposed(context, right, span.openMark.start, left);
        if (!credit)
            credit = preposed(context, left, span.openMark.start);
        if (!credit)
            credit = laterInSentence(context, right, span.openMark.start);
        // A split quote: the previous quote of the same paragraph, with no name in between.
        if (!credit && !quotes.isEmpty() &&
            unitAt(context.paragraphs, quotes.last().range.start) == paragraph &&
            context.history.nearestWithin(quotes.last().range.end, span.openMark.start, span.openMark.start)
                .isEmpty())
            credit = Credit{quotes.last().speaker, quotes.last().cueRange, confidence::Continuation};
        if (!credit && span.closed)
            credit = signature(context, span, paragraph);
        if (!credit && span.closed && left.isEmpty())
            credit = fromPreviousSentence(context, sentence, span.openMark.start);
        quotes.append(makeQuote(context, span.inner, credit.value_or(Credit{}), true));
        // A paragraph opened by a mark and never closed continues in the next quoted paragraph,
        // whose tag names the speaker of both.
        continuesNext.append(!span.closed && left.isEmpty() &&
                             (!credit || credit->confidence < confidence::Referent));
    }
    for (qsizetype n = quotes.size() - 2; n >= 0; --n) {
        if (continuesNext.at(n) && !quotes.at(n + 1).speaker.isEmpty()) {
            quotes[n].speaker = quotes.at(n + 1).speaker;
            quotes[n].cue = quotes.at(n + 1).cue;
            quotes[n].cueRange = quotes.at(n + 1).cueRange;
            quotes[n].confidence = confidence::Continuation;
        }
    }
    return quotes;
}

QList<QuoteAnnotation> findUnmarkedQuotes(const DocumentContext &context, const QList<MarkedSpan> &marked)
{
    static const QRegularExpression separator(QStringLiteral(",\\s+|\\s+[—–-]\\s+"));
    static const QRegularExpression complement(QStringLiteral("(?<!\\p{L})(?:that|что|как|ki)(?!\\p{L})"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
    QList<QuoteAnnotation> quotes;
    for (const TextRange &paragraph : context.paragraphs) {
        if (!rangesWithin(context.spans.quoteMarks, paragraph.start, paragraph.end).isEmpty())
            continue;
        bool insideMarked = false;
        for (const MarkedSpan &span : marked)
            insideMarked =
                insideMarked || (span.inner.start <= paragraph.start && span.inner.end >= paragraph.end);
        const QChar last = context.text.at(paragraph.end - 1);
        if (insideMarked || (last != QLatin1Char('.') && last != QLatin1Char('!')))
            continue;
        // The tag is the last clause: find the separator that starts it, nearest the end first.
        QList<QRegularExpressionMatch> separators;
        auto it = separator.globalMatch(slice(context.text, paragraph.start, paragraph.end).toString());
        while (it.hasNext())
            separators.append(it.next());
        for (qsizetype s = separators.size() - 1; s >= 0; --s) {
            const qsizetype tagStart = paragraph.start + separators.at(s).capturedEnd();
            const qsizetype bodyEnd = paragraph.start + separators.at(s).capturedStart();
            const QStringView tag = slice(context.text, tagStart, paragraph.end);
            if (wordCount(tag) > 8)
                break;
            const QList<TextRange> cues = rangesWithin(context.spans.cues, tagStart, paragraph.end);
            if (cues.isEmpty() || complement.match(tag).hasMatch())
                continue;
            Credit credit;
            credit.cue = cues.first();
            credit.speaker = context.history.nearestWithin(tagStart, paragraph.end, credit.cue.start);
            credit.confidence = confidence::NamedAdjacent;
            if (credit.speaker.isEmpty()) {
                const auto referent = nearestReferent(context, tagStart, paragraph.end, credit.cue.start);
                if (!referent)
                    break;
                credit.speaker = resolveReferent(context, *referent, paragraph.start);
                credit.confidence = confidence::Referent;
            }
            const TextRange body = trimmed(context.text, {paragraph.start, bodyEnd});
            if (wordCount(slice(context.text, body.start, body.end)) >= 6)
                quotes.append(makeQuote(context, body, credit, false));
            break;
        }
    }
    return quotes;
}

} // namespace claimscope::core
