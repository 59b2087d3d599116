#include "core/analysis/ClaimFinder.h"

#include "core/analysis/TextUnits.h"

#include <QRegularExpression>

namespace claimscope::core {

namespace {

QRegularExpression compile(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

// The complementiser right after a cue: "said that", "заявил, что", "noted on Monday that".
const QRegularExpression &thatClause()
{
    static const QRegularExpression pattern =
        compile(QStringLiteral("\\A[\\s,]*(?:\\p{L}+\\s+){0,3}?(?:that|что|будто)(?!\\p{L})\\s*"));
    return pattern;
}

// Cues that credit the words after the speaker: "according to X, …".
const QRegularExpression &sourceCue()
{
    static const QRegularExpression pattern =
        compile(QStringLiteral("\\A(?:according to|in the words of|по словам|по мнению|по данным)\\z"));
    return pattern;
}

// Belief cues whose object is the proposition itself: "X believes the bloc lacks goals".
const QRegularExpression &beliefCue()
{
    static const QRegularExpression pattern = compile(
        QStringLiteral("\\A(?:believes?|believed|thinks|is convinced|считает|считают|полагает|полагают|"
                       "уверен|уверена|убеждён|убеждена)\\z"));
    return pattern;
}

const QString kFinalPunctuation = QStringLiteral(".!?;:,");

struct Subject {
    QString speaker;
    double confidence = 0;
};

// Who a cue's sentence credits: the nearest name before the cue, else a pronoun or description.
Subject subjectBefore(const DocumentContext &context, const TextRange &sentence, qsizetype cueStart)
{
    const QString named = context.history.nearestWithin(sentence.start, cueStart, cueStart);
    if (!named.isEmpty())
        return {named, confidence::NamedInSentence};
    const QList<Referent> referents = findReferents(context.text, sentence.start, cueStart, context.language);
    if (!referents.isEmpty())
        return {context.history.before(referents.last().range.start, referents.last().kind),
                confidence::Referent};
    return {};
}

bool insideQuote(const QList<QuoteAnnotation> &quotes, const TextRange &range)
{
    for (const QuoteAnnotation &quote : quotes) {
        if (quote.quoteMarks && range.start >= quote.range.start && range.end <= quote.range.end)
            return true;
    }
    return false;
}

std::optional<ClaimAnnotation> makeClaim(const DocumentContext &context, TextRange content,
                                         const Subject &subject, const TextRange &cue)
{
    content = trimmed(context.text, content, kFinalPunctuation);
    if (subject.speaker.isEmpty() ||
        wordCount(QStringView(context.text).sliced(content.start, content.length())) < 3)
        return std::nullopt;
    ClaimAnnotation claim;
    claim.range = content;
    claim.text = context.text.mid(content.start, content.length());
    claim.speaker = subject.speaker;
    claim.cueRange = cue;
    claim.cue = context.text.mid(cue.start, cue.length());
    claim.confidence = subject.confidence;
    return claim;
}

std::optional<ClaimAnnotation> claimAt(const DocumentContext &context, const TextRange &sentence,
                                       const TextRange &cue)
{
    const QString cueText = context.text.mid(cue.start, cue.length()).simplified();
    const QStringView after = QStringView(context.text).sliced(cue.end, sentence.end - cue.end);
    // "According to X, …" at the sentence start, or "…, according to X." at its end.
    if (sourceCue().match(cueText).hasMatch()) {
        const QString named = context.history.nearestWithin(cue.end, sentence.end, cue.end);
        const TextRange name = context.history.rangeOf(cue.end, sentence.end, cue.end);
        if (named.isEmpty() || wordCount(QStringView(context.text).sliced(cue.end, name.start - cue.end)) > 3)
            return std::nullopt;
        const Subject subject{named, confidence::NamedInSentence};
        if (wordCount(QStringView(context.text).sliced(sentence.start, cue.start - sentence.start)) <= 1) {
            const qsizetype comma = context.text.indexOf(QLatin1Char(','), name.end);
            if (comma < 0 || comma >= sentence.end)
                return std::nullopt;
            return makeClaim(context, {comma + 1, sentence.end}, subject, cue);
        }
        return makeClaim(context, {sentence.start, cue.start}, subject, cue);
    }
    // Turkish "X'e göre …": the source stands right before the postposition.
    if (cueText.compare(QStringLiteral("göre"), Qt::CaseInsensitive) == 0) {
        const TextRange name = context.history.rangeOf(sentence.start, cue.start, cue.start);
        if (name.isEmpty() || wordCount(QStringView(context.text).sliced(name.end, cue.start - name.end)) > 2)
            return std::nullopt;
        return makeClaim(context, {cue.end, sentence.end},
                         {context.history.nearestWithin(sentence.start, cue.start, cue.start),
                          confidence::NamedInSentence},
                         cue);
    }
    const Subject subject = subjectBefore(context, sentence, cue.start);
    if (const auto that = thatClause().match(after.toString()); that.hasMatch())
        return makeClaim(context, {cue.end + that.capturedEnd(), sentence.end}, subject, cue);
    if (beliefCue().match(cueText).hasMatch())
        return makeClaim(context, {cue.end, sentence.end}, subject, cue);
    // Turkish: the cue closes the sentence and the subject opens it, "X, … olduğunu söyledi."
    if (context.language == QStringLiteral("tr") &&
        trimmed(context.text, {cue.end, sentence.end}, kFinalPunctuation).isEmpty()) {
        const TextRange name = context.history.rangeOf(sentence.start, cue.start, sentence.start);
        if (name.isEmpty() ||
            wordCount(QStringView(context.text).sliced(sentence.start, name.start - sentence.start)) > 3)
            return std::nullopt;
        qsizetype start = name.end;
        const qsizetype comma = context.text.indexOf(QLatin1Char(','), name.end);
        if (comma >= 0 && comma < cue.start && comma - name.end <= 6)
            start = comma + 1;
        else
            start = context.text.indexOf(QLatin1Char(' '), name.end); // past a suffix ("'in")
        if (start < 0 || start >= cue.start)
            return std::nullopt;
        return makeClaim(
            context, {start, cue.start},
            {context.history.nearestWithin(name.start, name.end, name.start), confidence::NamedInSentence},
            cue);
    }
    return std::nullopt;
}

} // namespace

QList<ClaimAnnotation> findClaims(const DocumentContext &context, const QList<QuoteAnnotation> &quotes)
{
    QList<ClaimAnnotation> claims;
    for (const TextRange &sentence : context.sentences) {
        for (const TextRange &cue : rangesWithin(context.spans.cues, sentence.start, sentence.end)) {
            if (insideQuote(quotes, cue))
                continue;
            std::optional<ClaimAnnotation> claim = claimAt(context, sentence, cue);
            if (!claim)
                continue;
            // One claim per proposition: a second cue in the same content ("said that … noted") is
            // part of what was said.
            if (!claims.isEmpty() && claims.last().range.overlap(claim->range) > 0)
                continue;
            claims.append(*claim);
        }
    }
    return claims;
}

} // namespace claimscope::core
