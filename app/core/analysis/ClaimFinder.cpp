#include "core/analysis/ClaimFinder.h"

#include "core/analysis/TextUnits.h"

#include <QRegularExpression>

#include <algorithm>

namespace claimscope::core {

namespace {

QRegularExpression compile(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

// A whole-text match of one of the alternatives, for classifying a cue's text.
QRegularExpression anyOf(const QString &alternatives)
{
    return compile(QStringLiteral("\\A(?:") + alternatives + QStringLiteral(")\\z"));
}

QStringView slice(const QString &text, qsizetype start, qsizetype end)
{
    return QStringView(text).sliced(start, std::max<qsizetype>(0, end - start));
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
        anyOf(QStringLiteral("according to|in the words of|по словам|по мнению|по данным"));
    return pattern;
}

// Belief cues whose object is the proposition itself: "X believes the bloc lacks goals",
// "политологи считают решение взвешенным" (object and predicate), "X kararı pragmatik buluyor".
const QRegularExpression &beliefCue()
{
    static const QRegularExpression pattern =
        anyOf(QStringLiteral("believes?|believed|thinks|is convinced|считает|считают|полагает|полагают|"
                             "уверен|уверена|убеждён|убеждена|сочла|сочли|сочёл|buluyor|düşünüyor|inanıyor"));
    return pattern;
}

// Speech verbs that may take the reported clause without "that": "X says the question is …".
const QRegularExpression &bareClauseCue()
{
    static const QRegularExpression pattern = anyOf(QStringLiteral("says|said|adds|added"));
    return pattern;
}

// Cues whose object is a noun phrase that is the content: "points to the lack of a charter",
// "emphasized their commitment to …", "сослался на сложность процедуры", "linked X with Y".
const QRegularExpression &nounObjectCue()
{
    static const QRegularExpression pattern = anyOf(QStringLiteral(
        "points? out|pointed out|pointing out|points? to|pointed to|drawing attention to|called for|"
        "emphasi[sz](?:ed|es|ing)|stress(?:ed|es|ing)|highlight(?:ed|s|ing)|underlined|insisting on|"
        "notes|noted|cited|citing|rejected|linked|сослался на|сославшись на|связал|связала"));
    return pattern;
}

// Cues that frame an object as something: the content is "X as Y" ("describes X as Y").
const QRegularExpression &asCue()
{
    static const QRegularExpression pattern =
        anyOf(QStringLiteral("describ(?:es|ed|ing)|presented|presents|views?|viewed|sees?|saw|perceived|"
                             "perceives?|have perceived|regards?|regarded"));
    return pattern;
}

// Cues that are beliefs rather than communication: a state or an institution that "views" or
// "considers" something is the author's characterisation, not a claim (see the seeds' README).
const QRegularExpression &beliefLikeCue()
{
    static const QRegularExpression pattern = anyOf(
        QStringLiteral("believes?|believed|thinks|is convinced|views?|viewed|sees?|saw|perceived|perceives?|"
                       "have perceived|regards?|regarded|considers?|считает|считают|полагает|полагают|сочла|"
                       "сочли|сочёл|buluyor|düşünüyor|inanıyor"));
    return pattern;
}

// Communication cues a state or an institution can be the subject of: "the ministry rejected",
// "Kazakhstan has indicated that", "в МИД заявили", "Bakanlık … açıkladı".
const QRegularExpression &institutionCue()
{
    static const QRegularExpression pattern = anyOf(QStringLiteral(
        "announced|announces?|indicated|indicates?|claimed|claims|rejected|mentioned|said|says|stated|"
        "declared|"
        "confirmed|denied|reported|citing|cited|заявил\\w*|сообщил\\w*|объявил\\w*|сославшись на|"
        "açıkladı|açıklamıştı|duyurdu|duyurmuştu|bildirdi"));
    return pattern;
}

// Reporting verbs the lexicon leaves out because they are too common to paint, read only here:
// the bare plural "point to" and the framing verbs "see/view/perceive … as".
const QRegularExpression &extraCues()
{
    static const QRegularExpression pattern = compile(
        QStringLiteral("(?<!\\p{L})(?:point to|see|sees|saw|view|views|viewed|have perceived|perceived|"
                       "perceives?|regards?|regarded|indicate)(?!\\p{L})"));
    return pattern;
}

// Unnamed human sources: "some experts", "Western observers", "часть наблюдателей",
// "bazı gözlemciler". A singular role noun ("the expert") is a referent to a named person instead.
const QRegularExpression &groupNoun()
{
    static const QRegularExpression pattern = compile(QStringLiteral(
        "(?<!\\p{L})(?:observers|experts|analysts|commentators|insiders|ideologues|analyses|critics|scholars|"
        "political scientists|economists|наблюдател(?:и|ей|ям)|эксперт(?:ы|ов)|аналитик(?:и|ов)|"
        "политолог(?:и|ов)|комментатор(?:ы|ов)|uzmanlar\\w*|gözlemciler\\w*|analistler\\w*|yorumcular\\w*|"
        "siyaset bilimciler\\w*)(?!\\p{L})"));
    return pattern;
}

// Institutions that speak as a body: "the agriculture ministry", "the regulator", "в МИД",
// "Bakanlık", "Kurum", "Blok".
const QRegularExpression &institutionNoun()
{
    static const QRegularExpression pattern = compile(QStringLiteral(
        "(?<!\\p{L})(?:ministry|government|regulator|agency|authorities|bloc|министерств\\w*|МИД|"
        "ведомств\\w*|правительств\\w*|регулятор\\w*|bakanlık\\w*|kurum|kurumu|hükümet\\w*|blok)(?!\\p{L})"));
    return pattern;
}

// Words that put a noun inside a complement rather than in the subject: "the head of the
// ministry said" is a person, "the policy of the bloc" is no source.
const QRegularExpression &prepositionBefore()
{
    static const QRegularExpression pattern = compile(QStringLiteral(
        "(?:\\A|\\s)(?:of|at|for|from|with|to|by|in|on|among|about)\\s+(?:\\p{L}+\\s+){0,2}\\z"));
    return pattern;
}

// Where a noun-phrase or "as" content stops inside its sentence: a subordinate clause that is the
// author's or the speaker's addition, not the object.
const QRegularExpression &objectStop()
{
    static const QRegularExpression pattern =
        compile(QStringLiteral(",\\s+(?:while|whereas|however|although|though|which|a phrase)(?!\\p{L})"));
    return pattern;
}

// A connective that ends a clause before the next cue: "rejected X and said that", "X, stating",
// "stated that X but noted that". Up to three words (subject, adverb) may sit between.
const QRegularExpression &connectiveBeforeCue()
{
    static const QRegularExpression pattern = compile(
        QStringLiteral("(?:,\\s*|\\s+)(?:(?:and|but|while|и|а|но|ve|ancak)\\s+(?:\\p{L}+\\s+){0,3})?\\z"));
    return pattern;
}

// A second reported clause joined to the first: "added that X and that Y".
const QRegularExpression &secondThat()
{
    static const QRegularExpression pattern =
        compile(QStringLiteral(",?\\s+(?:and|и|а)\\s+(?:that|что)\\s+"));
    return pattern;
}

// The Turkish nominalised complement that ends a reported clause: "-dığını", "-eceğini".
const QRegularExpression &turkishComplement()
{
    static const QRegularExpression pattern =
        compile(QStringLiteral("\\p{L}+(?:[dt][ıiuü]ğ[ıiuü]n[ıiuü]|[ae]c[ae]ğ[ıi]n[ıi]|[dt][ıiuü]ğ[ıiuü]|[ae]"
                               "c[ae]ğ[ıi])(?!\\p{L})"));
    return pattern;
}

// Prepositions and particles that follow a speech verb without starting the proposition:
// "said on Monday", "told reporters", "says in an interview".
const QRegularExpression &nonPropositionStart()
{
    static const QRegularExpression pattern = compile(QStringLiteral(
        "\\A\\s*(?:in|on|at|during|after|before|last|to|about|of|for|with|by|this|that|it|so|yesterday|today|"
        "earlier|later|also|again)(?!\\p{L})"));
    return pattern;
}

const QString kFinalPunctuation = QStringLiteral(".!?;:,");

// Who a cue credits: a person (speaker id) or a source that is not a person (its words).
struct Subject {
    QString speaker;
    QString source;
    double confidence = 0;

    bool isEmpty() const { return speaker.isEmpty() && source.isEmpty(); }
};

bool matches(const QRegularExpression &pattern, const QString &text)
{
    return pattern.match(text).hasMatch();
}

// The last match of `pattern` in [start, end) that is not inside a prepositional complement.
std::optional<TextRange> lastSubjectNoun(const DocumentContext &context, const QRegularExpression &pattern,
                                         qsizetype start, qsizetype end)
{
    std::optional<TextRange> found;
    auto it = pattern.globalMatch(context.text.mid(start, end - start));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const TextRange range{start + match.capturedStart(), start + match.capturedEnd()};
        if (!prepositionBefore().match(slice(context.text, start, range.start).toString()).hasMatch())
            found = range;
    }
    return found;
}

// The noun phrase a group or institution source is named by: from the clause start to the noun.
QString sourceText(const DocumentContext &context, const TextRange &sentence, const TextRange &noun)
{
    qsizetype start = noun.start;
    int words = 0;
    while (start > sentence.start && words < 4) {
        const QChar previous = context.text.at(start - 1);
        if (previous == QLatin1Char(',') || previous == QLatin1Char(':') || previous == QLatin1Char(';'))
            break;
        --start;
        if (previous.isSpace() && start > sentence.start && !context.text.at(start - 1).isSpace())
            ++words;
    }
    return trimmed(context.text, {start, noun.end}, kFinalPunctuation).isEmpty()
               ? QString()
               : context.text.mid(start, noun.end - start).trimmed();
}

// A capitalised word right before the cue that is nobody in the lexicon: a state or a bloc as
// the subject ("Kazakhstan has indicated that", "BRICS announced in Kazan that").
std::optional<TextRange> properNounSubject(const DocumentContext &context, const TextRange &sentence,
                                           qsizetype cueStart)
{
    static const QRegularExpression pattern = compile(QStringLiteral(
        "(?:\\A|\\s)(\\p{Lu}[\\p{L}+-]*)(?:['’]\\p{L}+)?,?(?:\\s+(?:has|have|had|also|ise|de|da))*\\s*\\z"));
    const QString before = context.text.mid(sentence.start, cueStart - sentence.start);
    const QRegularExpressionMatch match = pattern.match(before);
    if (!match.hasMatch())
        return std::nullopt;
    const TextRange range{sentence.start + match.capturedStart(1), sentence.start + match.capturedEnd(1)};
    if (!context.history.nearestWithin(range.start, range.end, range.start).isEmpty() ||
        !findReferents(context.text, range.start, range.end, context.language).isEmpty())
        return std::nullopt;
    return range;
}

// Who a cue's sentence credits, looking back from the cue to the sentence start: the subject
// closest to the cue wins among a named person, a referent, an unnamed group and an institution.
// A state or an institution counts only with a communication cue, and never for a belief.
Subject subjectBefore(const DocumentContext &context, const TextRange &sentence, qsizetype cueStart,
                      const QString &cueText)
{
    const TextRange named = context.history.rangeOf(sentence.start, cueStart, cueStart);
    std::optional<Referent> referent;
    for (const Referent &candidate :
         findReferents(context.text, sentence.start, cueStart, context.language)) {
        if (!prepositionBefore()
                 .match(slice(context.text, sentence.start, candidate.range.start).toString())
                 .hasMatch())
            referent = candidate;
    }
    const std::optional<TextRange> group = lastSubjectNoun(context, groupNoun(), sentence.start, cueStart);
    const bool communication = matches(institutionCue(), cueText);
    const bool belief = matches(beliefLikeCue(), cueText);
    std::optional<TextRange> institution;
    if (communication && !belief) {
        institution = lastSubjectNoun(context, institutionNoun(), sentence.start, cueStart);
        if (!institution)
            institution = properNounSubject(context, sentence, cueStart);
    }

    const qsizetype namedEnd = named.isEmpty() ? -1 : named.end;
    // A referent with nobody named before it stands for no one; a plural role noun ("Эксперты")
    // is read by the referents too, and the group reading wins that tie.
    if (referent && context.history.before(referent->range.start, referent->kind).isEmpty())
        referent.reset();
    const qsizetype referentEnd = referent ? referent->range.end : -1;
    const qsizetype groupEnd = group ? group->end : -1;
    const qsizetype institutionEnd = institution ? institution->end : -1;
    const qsizetype personEnd = std::max(namedEnd, referentEnd);
    if (groupEnd >= 0 && groupEnd >= personEnd && groupEnd >= institutionEnd)
        return {{}, sourceText(context, sentence, *group), confidence::NamedInSentence};
    // "Глава МИД" is a person: an institution only wins when it is closer than any person.
    if (institutionEnd > personEnd)
        return {{}, sourceText(context, sentence, *institution), confidence::NamedInSentence};
    if (namedEnd >= 0 && namedEnd >= referentEnd)
        return {context.history.nearestWithin(named.start, named.end, named.start),
                {},
                confidence::NamedInSentence};
    if (referent)
        return {context.history.before(referent->range.start, referent->kind), {}, confidence::Referent};
    return {};
}

bool insideQuote(const QList<QuoteAnnotation> &quotes, const TextRange &range, bool marksOnly = true)
{
    for (const QuoteAnnotation &quote : quotes) {
        if ((quote.quoteMarks || !marksOnly) && range.start >= quote.range.start &&
            range.end <= quote.range.end)
            return true;
    }
    return false;
}

std::optional<ClaimAnnotation> makeClaim(const DocumentContext &context, TextRange content,
                                         const Subject &subject, const TextRange &cue)
{
    content = trimmed(context.text, content, kFinalPunctuation);
    if (subject.isEmpty() || content.isEmpty() ||
        wordCount(slice(context.text, content.start, content.end)) < 3)
        return std::nullopt;
    ClaimAnnotation claim;
    claim.range = content;
    claim.text = context.text.mid(content.start, content.length());
    claim.speaker = subject.speaker;
    claim.source = subject.source;
    claim.cueRange = cue;
    claim.cue = context.text.mid(cue.start, cue.length());
    claim.confidence = subject.confidence;
    return claim;
}

// What one sentence offers a cue: its range and every cue in it, in order.
struct SentenceCues {
    TextRange sentence;
    QList<TextRange> cues;
};

// Where the content that starts at `from` ends: at the sentence end, or before the connective
// that leads to the next cue of the sentence ("rejected X and said that …", "X, stating …").
qsizetype clauseEnd(const DocumentContext &context, const SentenceCues &scope, qsizetype from, bool object)
{
    qsizetype end = scope.sentence.end;
    for (const TextRange &next : scope.cues) {
        if (next.start <= from)
            continue;
        const QString between = context.text.mid(from, next.start - from);
        const QRegularExpressionMatch connective = connectiveBeforeCue().match(between);
        // Without a connective the later cue is nested in what was said ("said that X noted …").
        if (connective.hasMatch() && connective.capturedLength() > 0 &&
            (connective.captured().contains(QLatin1Char(',')) ||
             connective.captured().trimmed().size() > 0)) {
            end = from + connective.capturedStart();
            break;
        }
    }
    if (object) {
        const QRegularExpressionMatch stop = objectStop().match(context.text.mid(from, end - from));
        if (stop.hasMatch())
            end = from + stop.capturedStart();
    }
    return end;
}

// Turkish: the cue closes the sentence and the subject opens it, "X, … olduğunu söyledi",
// "Bazı gözlemciler ise … yorumladı". The content runs from the end of the subject to the last
// nominalised complement ("-dığını") before the cue, without the particles "da/de".
std::optional<ClaimAnnotation> turkishFinalCue(const DocumentContext &context, const TextRange &sentence,
                                               const TextRange &cue, const QString &cueText)
{
    static const QRegularExpression subjectEnd = compile(QStringLiteral("(?:,|\\s(?:ise|de|da)(?!\\p{L}))"));
    static const QRegularExpression trailingParticle =
        compile(QStringLiteral("\\s+(?:da|de|ise|ayrıca)\\s*\\z"));
    const QRegularExpressionMatch boundary =
        subjectEnd.match(slice(context.text, sentence.start, cue.start).toString());
    if (!boundary.hasMatch())
        return std::nullopt;
    const qsizetype subjectStop = sentence.start + boundary.capturedStart();
    if (wordCount(slice(context.text, sentence.start, subjectStop)) > 9)
        return std::nullopt;
    Subject subject;
    const QString subjectText = context.text.mid(sentence.start, subjectStop - sentence.start);
    const QString named = context.history.nearestWithin(sentence.start, subjectStop, subjectStop);
    const QList<Referent> referents =
        findReferents(context.text, sentence.start, subjectStop, context.language);
    if (const QRegularExpressionMatch group = groupNoun().match(subjectText); group.hasMatch())
        subject = {{}, subjectText.trimmed(), confidence::NamedInSentence};
    else if (!named.isEmpty())
        subject = {named, {}, confidence::NamedInSentence};
    else if (matches(institutionCue(), cueText) && (institutionNoun().match(subjectText).hasMatch() ||
                                                    properNounSubject(context, sentence, subjectStop + 1)))
        subject = {{}, subjectText.trimmed(), confidence::NamedInSentence};
    else if (!referents.isEmpty())
        subject = {context.history.before(referents.last().range.start, referents.last().kind),
                   {},
                   confidence::Referent};
    if (subject.isEmpty())
        return std::nullopt;
    qsizetype start = sentence.start + boundary.capturedEnd();
    qsizetype end = cue.start;
    qsizetype lastComplement = -1;
    auto it = turkishComplement().globalMatch(context.text.mid(start, end - start));
    while (it.hasNext())
        lastComplement = start + it.next().capturedEnd();
    if (lastComplement > 0)
        end = lastComplement;
    else if (const QRegularExpressionMatch particle =
                 trailingParticle.match(slice(context.text, start, end).toString());
             particle.hasMatch())
        end = start + particle.capturedStart();
    return makeClaim(context, {start, end}, subject, cue);
}

// "Emphasising that X, Lavrov noted that Y": a participle opens the sentence and the subject of
// the main clause, named before the next cue, is its speaker. The content stops at the comma
// before that name.
std::optional<ClaimAnnotation> openingParticiple(const DocumentContext &context, const SentenceCues &scope,
                                                 const TextRange &cue, qsizetype contentStart)
{
    for (const TextRange &next : scope.cues) {
        if (next.start <= cue.end)
            continue;
        const TextRange name = context.history.rangeOf(contentStart, next.start, next.start);
        if (name.isEmpty() || wordCount(slice(context.text, name.end, next.start)) > 2)
            return std::nullopt;
        const qsizetype comma = context.text.lastIndexOf(QLatin1Char(','), name.start);
        if (comma < contentStart)
            return std::nullopt;
        return makeClaim(context, {contentStart, comma},
                         {context.history.nearestWithin(name.start, name.end, name.start),
                          {},
                          confidence::NamedInSentence},
                         cue);
    }
    return std::nullopt;
}

QList<ClaimAnnotation> claimsAt(const DocumentContext &context, const SentenceCues &scope,
                                const TextRange &cue)
{
    const TextRange &sentence = scope.sentence;
    const QString cueText = context.text.mid(cue.start, cue.length()).simplified();
    const QStringView after = slice(context.text, cue.end, sentence.end);
    const auto one = [](std::optional<ClaimAnnotation> claim) {
        return claim ? QList<ClaimAnnotation>{*claim} : QList<ClaimAnnotation>{};
    };
    // "According to X, …" at the sentence start, or "…, according to X." at its end.
    if (matches(sourceCue(), cueText)) {
        const QString named = context.history.nearestWithin(cue.end, sentence.end, cue.end);
        const TextRange name = context.history.rangeOf(cue.end, sentence.end, cue.end);
        if (named.isEmpty() || wordCount(slice(context.text, cue.end, name.start)) > 3)
            return {};
        const Subject subject{named, {}, confidence::NamedInSentence};
        if (wordCount(slice(context.text, sentence.start, cue.start)) <= 1) {
            const qsizetype comma = context.text.indexOf(QLatin1Char(','), name.end);
            if (comma < 0 || comma >= sentence.end)
                return {};
            return one(makeClaim(context, {comma + 1, sentence.end}, subject, cue));
        }
        return one(makeClaim(context, {sentence.start, cue.start}, subject, cue));
    }
    // Turkish "X'e göre …" and "uzmana göre …": the source stands right before the postposition.
    if (cueText.compare(QStringLiteral("göre"), Qt::CaseInsensitive) == 0) {
        const TextRange name = context.history.rangeOf(sentence.start, cue.start, cue.start);
        if (!name.isEmpty() && wordCount(slice(context.text, name.end, cue.start)) <= 2)
            return one(makeClaim(context, {cue.end, sentence.end},
                                 {context.history.nearestWithin(sentence.start, cue.start, cue.start),
                                  {},
                                  confidence::NamedInSentence},
                                 cue));
        const QList<Referent> referents =
            findReferents(context.text, sentence.start, cue.start, context.language);
        if (!referents.isEmpty() &&
            wordCount(slice(context.text, referents.last().range.end, cue.start)) <= 1)
            return one(makeClaim(context, {cue.end, sentence.end},
                                 {context.history.before(referents.last().range.start, referents.last().kind),
                                  {},
                                  confidence::Referent},
                                 cue));
        return {};
    }
    // Turkish: the cue closes the sentence and the subject opens it.
    if (context.language == QStringLiteral("tr") &&
        trimmed(context.text, {cue.end, sentence.end}, kFinalPunctuation).isEmpty())
        return one(turkishFinalCue(context, sentence, cue, cueText));

    const QRegularExpressionMatch that = thatClause().match(after.toString());
    if (that.hasMatch() && wordCount(slice(context.text, sentence.start, cue.start)) == 0)
        return one(openingParticiple(context, scope, cue, cue.end + that.capturedEnd()));
    const Subject subject = subjectBefore(context, sentence, cue.start, cueText);
    if (subject.isEmpty())
        return {};
    if (that.hasMatch()) {
        // "added that X and that Y": two propositions under one cue.
        const qsizetype start = cue.end + that.capturedEnd();
        const qsizetype end = clauseEnd(context, scope, start, false);
        const QRegularExpressionMatch second = secondThat().match(context.text.mid(start, end - start));
        if (second.hasMatch()) {
            QList<ClaimAnnotation> claims =
                one(makeClaim(context, {start, start + second.capturedStart()}, subject, cue));
            claims += one(makeClaim(context, {start + second.capturedEnd(), end}, subject, cue));
            return claims;
        }
        return one(makeClaim(context, {start, end}, subject, cue));
    }
    // Russian "заявил о готовности …": the noun phrase after "о/об" is the content.
    if (context.language == QStringLiteral("ru")) {
        static const QRegularExpression about = compile(QStringLiteral("\\A\\s+(?:о|об)\\s+"));
        if (const QRegularExpressionMatch match = about.match(after.toString()); match.hasMatch()) {
            const qsizetype start = cue.end + match.capturedEnd();
            return one(makeClaim(context, {start, clauseEnd(context, scope, start, true)}, subject, cue));
        }
    }
    const bool opensWithWord = !after.isEmpty() && after.front().isSpace() &&
                               !nonPropositionStart().match(after.toString()).hasMatch() &&
                               after.trimmed().size() > 0 && after.trimmed().front().isLetter();
    if (matches(asCue(), cueText)) {
        const qsizetype end = clauseEnd(context, scope, cue.end, true);
        static const QRegularExpression as = compile(QStringLiteral("(?<!\\p{L})as(?!\\p{L})"));
        if (opensWithWord && as.match(slice(context.text, cue.end, end).toString()).hasMatch())
            return one(makeClaim(context, {cue.end, end}, subject, cue));
        return {};
    }
    if (matches(beliefCue(), cueText))
        return one(makeClaim(context, {cue.end, clauseEnd(context, scope, cue.end, false)}, subject, cue));
    if (matches(nounObjectCue(), cueText) && opensWithWord)
        return one(makeClaim(context, {cue.end, clauseEnd(context, scope, cue.end, true)}, subject, cue));
    // "For now, he says, BRICS is …": a parenthetical tag, the proposition after its comma.
    if (matches(bareClauseCue(), cueText)) {
        static const QRegularExpression parenthetical = compile(QStringLiteral("\\A\\s*,\\s+"));
        const QRegularExpressionMatch comma = parenthetical.match(after.toString());
        const qsizetype tagStart = context.text.lastIndexOf(QLatin1Char(','), cue.start);
        if (comma.hasMatch() && tagStart >= sentence.start &&
            wordCount(slice(context.text, tagStart, cue.start)) <= 2) {
            const qsizetype start = cue.end + comma.capturedEnd();
            return one(makeClaim(context, {start, clauseEnd(context, scope, start, false)}, subject, cue));
        }
        if (opensWithWord && subject.source.isEmpty())
            return one(
                makeClaim(context, {cue.end, clauseEnd(context, scope, cue.end, false)}, subject, cue));
    }
    return {};
}

// The highlighter's cues in the sentence and the extra framing verbs read here, in order.
QList<TextRange> cuesIn(const DocumentContext &context, const TextRange &sentence)
{
    QList<TextRange> cues = rangesWithin(context.spans.cues, sentence.start, sentence.end);
    if (context.language != QStringLiteral("en"))
        return cues;
    auto it = extraCues().globalMatch(context.text.mid(sentence.start, sentence.length()));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const TextRange range{sentence.start + match.capturedStart(), sentence.start + match.capturedEnd()};
        const bool painted = std::any_of(cues.cbegin(), cues.cend(),
                                         [&](const TextRange &cue) { return cue.overlap(range) > 0; });
        if (!painted)
            cues.append(range);
    }
    std::sort(cues.begin(), cues.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    return cues;
}

} // namespace

QList<ClaimAnnotation> findClaims(const DocumentContext &context, const QList<QuoteAnnotation> &quotes)
{
    QList<ClaimAnnotation> claims;
    for (const TextRange &sentence : context.sentences) {
        const SentenceCues scope{sentence, cuesIn(context, sentence)};
        for (const TextRange &cue : scope.cues) {
            if (insideQuote(quotes, cue))
                continue;
            for (ClaimAnnotation &claim : claimsAt(context, scope, cue)) {
                // One claim per proposition: a second cue inside the content ("said that …
                // noted") is part of what was said. Content that is someone's direct quote is
                // already counted as the quote.
                const bool nested =
                    std::any_of(claims.cbegin(), claims.cend(), [&](const ClaimAnnotation &other) {
                        return other.range.overlap(claim.range) > 0;
                    });
                if (nested || insideQuote(quotes, claim.range, false))
                    continue;
                claims.append(claim);
            }
        }
    }
    return claims;
}

} // namespace claimscope::core
