#include "core/analysis/QuoteFinder.h"

#include "core/analysis/TextUnits.h"

#include <QRegularExpression>

namespace claimscope::core {

namespace {

// Marks that only open, only close, or may do either depending on what is open: “ opens in
// English and closes a German-style „ in Russian; " and ' close the same mark they open.
bool canOpen(QChar c)
{
    return c == QChar(0x00AB) || c == QChar(0x201E) || c == QChar(0x201C) || c == QChar(0x2018) ||
           c == QLatin1Char('"') || c == QLatin1Char('\'');
}

bool closes(QChar opener, QChar c)
{
    switch (opener.unicode()) {
    case 0x00AB:
        return c == QChar(0x00BB);
    case 0x201E:
        return c == QChar(0x201C) || c == QChar(0x201D);
    case 0x201C:
        return c == QChar(0x201D);
    case 0x2018:
        return c == QChar(0x2019);
    default:
        return c == opener;
    }
}

bool atLineStart(const QString &text, qsizetype position)
{
    for (qsizetype i = position - 1; i >= 0; --i) {
        if (text.at(i) == QLatin1Char('\n'))
            return true;
        if (!text.at(i).isSpace())
            return false;
    }
    return true;
}

// The end of the last Quote, Speaker or Figure span after `from` on the same line: where the
// highlighter stopped colouring a quote that was never closed.
qsizetype unclosedEnd(const QString &text, const SpanIndex &spans, qsizetype from)
{
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), from);
    if (lineEnd < 0)
        lineEnd = text.size();
    qsizetype end = from;
    for (const QList<TextRange> *list : {&spans.quotes, &spans.speakers, &spans.figures}) {
        for (const TextRange &range : *list) {
            if (range.start >= from && range.end <= lineEnd)
                end = std::max(end, range.end);
        }
    }
    return end;
}

// The highlighter may carry a quote over a single line break, so a next paragraph that opens with
// its own mark ("“…\n“…”") arrives as one span. By the multi-paragraph convention, the first
// paragraph is a quote without a closing mark and the next one a quote of its own.
QList<MarkedSpan> splitAtParagraphMarks(const QString &text, const QList<MarkedSpan> &spans)
{
    QList<MarkedSpan> result;
    for (MarkedSpan span : spans) {
        qsizetype from = span.inner.start;
        while (true) {
            const qsizetype lineBreak = text.indexOf(QLatin1Char('\n'), from);
            if (lineBreak < 0 || lineBreak >= span.inner.end)
                break;
            qsizetype next = lineBreak;
            while (next < span.inner.end && text.at(next).isSpace())
                ++next;
            from = next;
            if (next >= span.inner.end || !canOpen(text.at(next)) ||
                !closes(text.at(next), span.closeMark.isEmpty() ? QChar() : text.at(span.closeMark.start)))
                continue;
            qsizetype lineEnd = lineBreak;
            while (lineEnd > span.inner.start && text.at(lineEnd - 1).isSpace())
                --lineEnd;
            result.append({span.openMark, {}, {span.inner.start, lineEnd}, false, true});
            span.openMark = {next, next + 1};
            span.inner.start = next + 1;
            from = span.inner.start;
        }
        result.append(span);
    }
    return result;
}

// True when every non-space character of [from, to) lies in a span the highlighter paints inside
// quotes (Quote, Speaker, Figure, QuoteMark).
bool coloured(const QString &text, const SpanIndex &spans, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i).isSpace())
            continue;
        bool inside = false;
        for (const QList<TextRange> *list :
             {&spans.quotes, &spans.speakers, &spans.figures, &spans.quoteMarks}) {
            for (const TextRange &range : *list) {
                if (range.start <= i && i < range.end) {
                    inside = true;
                    i = range.end - 1;
                    break;
                }
            }
            if (inside)
                break;
        }
        if (!inside)
            return false;
    }
    return true;
}

// Headline style: no closing punctuation, and most words of four letters or more capitalised.
bool isTitleCase(const QString &inner)
{
    const QString body = inner.trimmed();
    if (body.isEmpty() || QStringView(u".,!?;:").contains(body.back()))
        return false;
    static const QRegularExpression longWord(QStringLiteral("\\p{L}{4,}"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    int total = 0;
    int capitalised = 0;
    auto it = longWord.globalMatch(body);
    while (it.hasNext()) {
        const QString word = it.next().captured();
        ++total;
        capitalised += word.at(0).isUpper() ? 1 : 0;
    }
    return total >= 2 && capitalised * 3 >= total * 2;
}

} // namespace

QList<MarkedSpan> findMarkedSpans(const QString &text, const SpanIndex &spans)
{
    QList<MarkedSpan> result;
    QList<TextRange> open; // the stack of opening marks
    const auto closeUnclosed = [&]() {
        const TextRange opener = open.first();
        result.append({opener, {}, {opener.end, unclosedEnd(text, spans, opener.end)}, false, true});
        open.clear();
    };
    for (const TextRange &mark : spans.quoteMarks) {
        const QChar c = text.at(mark.start);
        // The highlighter ends a quote left open at the paragraph's end: text it did not colour as
        // part of the quote lies between the opener and this mark, so the quote closed unclosed.
        if (!open.isEmpty() && !coloured(text, spans, open.first().end, mark.start))
            closeUnclosed();
        if (!open.isEmpty() && closes(text.at(open.last().start), c)) {
            const TextRange opener = open.takeLast();
            if (open.isEmpty())
                result.append({opener, mark, {opener.end, mark.start}, true, true});
            continue;
        }
        if (canOpen(c) && (open.isEmpty() || !atLineStart(text, mark.start)))
            open.append(mark);
    }
    if (!open.isEmpty())
        closeUnclosed();
    return splitAtParagraphMarks(text, result);
}

bool looksLikeSpeech(const QString &text, const MarkedSpan &quote, const SpanIndex &spans,
                     const TextRange &sentence)
{
    const QString inner = text.mid(quote.inner.start, quote.inner.length());
    const int words = wordCount(inner);
    if (words == 0)
        return false;
    // A capitalised name right after a publication word is the title of a cited work.
    static const QRegularExpression publication(
        QStringLiteral(
            "(?<!\\p{L})(?:newspaper|weekly|daily|journal|magazine|book|article|report|paper|agency|"
            "газет[аеуыой]*|еженедельник[аеуом]*|журнал(?:а|е|у|ом)?|книг[аеуио]*|стать[ияеёю]*|"
            "доклад[аеуом]*|агентств[аеуом]*|gazete\\w*|dergi\\w*|kitab\\w*|makale\\w*|rapor\\w*|"
            "ajans\\w*)\\s*\\z"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString before = text.mid(std::max<qsizetype>(0, quote.openMark.start - 40),
                                    std::min<qsizetype>(40, quote.openMark.start));
    if (inner.at(0).isUpper() && words <= 8 && publication.match(before).hasMatch())
        return false;
    // "the so-called ‘…’", "так называемый «…»", "sözde “…”": the writer distances from a word.
    static const QRegularExpression distancing(
        QStringLiteral("(?:so-called|the term|the word|так называем\\w*|термин\\w*|sözde|"
                       "terim\\w*|kelime\\w*)[\\s\\p{P}]*\\z"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (words <= 3 && distancing.match(before).hasMatch())
        return false;
    const qsizetype quoteEnd = quote.closed ? quote.closeMark.end : quote.inner.end;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), quoteEnd);
    if (lineEnd < 0)
        lineEnd = text.size();
    const QString after = text.mid(quoteEnd, std::min<qsizetype>(lineEnd - quoteEnd, 200));
    // A reference line: the quoted text is followed by the outlet and a link ("Smith, “…”, The
    // Daily, https://…"), so it is the title of the cited work.
    static const QRegularExpression link(QStringLiteral("^[,.;:]\\s[^“”\"«»]*(?:https?://|www\\.)"));
    if (quote.closed && link.match(after).hasMatch())
        return false;
    // A publication word in apposition after the quote: "“…”, an analysis by X", "“…”, a report".
    static const QRegularExpression appositive(
        QStringLiteral("^,\\s+(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:analysis|report|study|book|article|"
                       "paper|essay|column|op-ed|survey|review|documentary|film)(?!\\p{L})"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (quote.closed && appositive.match(after).hasMatch())
        return false;
    if (words <= 3 && quote.closed) {
        // One or two words after a determiner or "of" are a noun of the writer's own sentence, set off
        // as a term or a scare quote ("the status of “partner”", "своеобразным «наказанием»", "bir
        // “ceza” olarak") — unless a cue right before it reports the word ("called it a “…”").
        static const QRegularExpression determiner(
            QStringLiteral("(?<!\\p{L})(?:the|a|an|this|that|its|their|of|своеобразн\\p{L}*|некое|"
                           "некий|некую|bir|bu)\\s*\\z"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch article = determiner.match(before);
        if (words <= 2 && article.hasMatch()) {
            const qsizetype articleStart = quote.openMark.start - before.size() + article.capturedStart();
            static const QRegularExpression objectPronoun(
                QStringLiteral("^\\s*(?:(?:it|this|them|him|her|что|его|это|bunu|onu)\\s+)?\\z"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            bool reported = false;
            for (const TextRange &cue : rangesWithin(spans.cues, sentence.start, articleStart)) {
                if (objectPronoun.match(text.mid(cue.end, articleStart - cue.end)).hasMatch())
                    reported = true;
            }
            if (!reported)
                return false;
        }
        // A short span that opens a noun phrase after a preposition and modifies the noun after it
        // is a term: "with “partner country” status" (but "the universal, “uncontested” body"
        // continues the speaker's own series of words).
        static const QRegularExpression preposition(
            QStringLiteral("(?<!\\p{L})(?:with|for|of|in|on|under|without|by|to|from|на|с|в|под|için|ile)"
                           "\\s*\\z"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression modifiedNoun(
            QStringLiteral("^\\s(?!(?:and|or|but|as|in|on|at|to|for|by|with|of|from|that|which|who|is|are|"
                           "was|were|has|have|had|will|would|could|should|may|might|can|because|when|"
                           "while|if|than|then|after|before|since|into|over|about|и|или|но|в|на|с|и|ve|"
                           "veya|ama|ile|için|diye|dedi|olarak)(?!\\p{L}))\\p{Ll}\\p{L}+(?!\\p{L})"),
            QRegularExpression::UseUnicodePropertiesOption);
        if (preposition.match(before).hasMatch() && modifiedNoun.match(after).hasMatch())
            return false;
    }
    const qsizetype cuesAround = rangesWithin(spans.cues, sentence.start, sentence.end).size() -
                                 rangesWithin(spans.cues, quote.inner.start, quote.inner.end).size();
    if (cuesAround == 0 && isTitleCase(inner))
        return false; // a headline or the title of a cited work, as in a list of sources
    if (words > 3)
        return true;
    // A short span is speech only when a cue stands in its sentence: "she called it “a mistake”"
    // is speech only if "called" is a cue; a lone “multi-vector” is a term.
    return !rangesWithin(spans.cues, sentence.start, sentence.end).isEmpty() &&
           rangesWithin(spans.cues, sentence.start, sentence.end).size() >
               rangesWithin(spans.cues, quote.inner.start, quote.inner.end).size();
}

} // namespace claimscope::core
