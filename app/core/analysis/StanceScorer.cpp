#include "core/analysis/StanceScorer.h"

#include "core/analysis/StanceCueMatches.h"
#include "core/analysis/StanceCues.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace claimscope::core {

namespace {

using stance::CueMatches;
using stance::Kind;
using stance::Language;
using stance::languageFor;

// How much a piece of evidence says about the person: their words over a report over framing.
enum class Basis { Expressed = 3, Reported = 2, Inferred = 1 };

struct Signal {
    TextRange range;
    int weight = 0;
    Kind kind = Kind::Act;
    bool negated = false;    // flipped by a negation, or a cue carrying its own
    bool deniesNeed = false; // a need to join, denied
    bool timeHedge = false;
};

// The sentence of `unit` around `position`: from the last sentence end before it to the next.
TextRange sentenceIn(const QString &text, const TextRange &unit, qsizetype position)
{
    const auto isEnd = [](QChar c) {
        return c == u'.' || c == u'!' || c == u'?';
    };
    qsizetype from = unit.start;
    for (qsizetype i = position - 1; i >= unit.start; --i) {
        if (isEnd(text.at(i))) {
            from = i + 1;
            break;
        }
    }
    qsizetype to = unit.end;
    for (qsizetype i = position; i < unit.end; ++i) {
        if (isEnd(text.at(i))) {
            to = i;
            break;
        }
    }
    return {from, to};
}

// Up to `words` words of `text` before `position` (after, when `after`), stopping at a clause
// break, for looking for a negation that governs the cue.
QString window(const QString &text, qsizetype start, qsizetype end, qsizetype position, bool after)
{
    constexpr int kWords = 3;
    static const QRegularExpression clauseBreak(QStringLiteral("[,;:.!?]|\\bbut\\b|\\bно\\b|\\bama\\b"));
    QString piece;
    if (after) {
        piece = text.mid(position, std::min<qsizetype>(end - position, 60));
        const QRegularExpressionMatch stop = clauseBreak.match(piece);
        if (stop.hasMatch() && stop.capturedStart() > 0)
            piece.truncate(stop.capturedStart());
        const QStringList words = piece.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Postposed negation ("враждебности к блоку нет") may close a longer phrase.
        return words.mid(0, kWords + 2).join(QLatin1Char(' '));
    }
    const qsizetype from = std::max(start, position - 60);
    piece = text.mid(from, position - from);
    qsizetype lastBreak = -1;
    for (QRegularExpressionMatchIterator it = clauseBreak.globalMatch(piece); it.hasNext();)
        lastBreak = it.next().capturedEnd();
    if (lastBreak >= 0)
        piece = piece.mid(lastBreak);
    const QStringList words = piece.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.mid(std::max<qsizetype>(0, words.size() - kWords)).join(QLatin1Char(' '));
}

// Weights in half points, so that a denied objection can count half.
int weightOf(Kind kind, bool negated)
{
    switch (kind) {
    case Kind::Favour:
    case Kind::Need:
        return negated ? -2 : 2;
    case Kind::Push:
        return negated ? -2 : 4;
    case Kind::Act:
        return negated ? -2 : 0;
    case Kind::Against:
        return negated ? 1 : -2; // denying an objection is half a favour, not support
    case Kind::Hedge:
        return negated ? 0 : -2;
    case Kind::Firm:
        return negated ? 0 : -4;
    }
    return 0;
}

// The signals in `unit` outside `excluded`, skipping stretches already in `taken`.
QList<Signal> signalsIn(const QString &text, const Language &language, const CueMatches &cues,
                        const TextRange &unit, const QList<TextRange> &excluded, QList<TextRange> *taken)
{
    QList<Signal> found;
    for (qsizetype cueIndex = 0; cueIndex < language.cues.size(); ++cueIndex) {
        const stance::Cue &cue = language.cues.at(cueIndex);
        for (const TextRange &range : cues.in(cueIndex, unit)) {
            const auto overlaps = [&range](const TextRange &other) {
                return other.overlap(range) > 0;
            };
            if (std::any_of(excluded.cbegin(), excluded.cend(), overlaps) ||
                std::any_of(taken->cbegin(), taken->cend(), overlaps))
                continue;
            taken->append(range);
            bool negated = false;
            if (!cue.negated) {
                negated =
                    language.negationBefore.match(window(text, unit.start, unit.end, range.start, false))
                        .hasMatch() ||
                    language.negationAfter.match(window(text, unit.start, unit.end, range.end, true))
                        .hasMatch();
            }
            // "Not yet", "пока нет": a negated time hedge is still a hedge.
            const int weight = cue.timeHedge ? weightOf(cue.kind, false) : weightOf(cue.kind, negated);
            if (weight != 0) // a negated hedge or firm word says nothing
                found.append({range, weight, negated && !cue.timeHedge ? Kind::Act : cue.kind,
                              negated || cue.negated, cue.deniesNeed || (cue.kind == Kind::Need && negated),
                              cue.timeHedge});
        }
    }
    // Concession: "not necessary to join, but cooperation is possible" rules out the form, not the
    // direction, so a denied need followed in its sentence by a contrast and a favour counts for nothing.
    const auto sameSentence = [&](const Signal &a, const Signal &b) {
        const TextRange sentence = sentenceIn(text, unit, a.range.start);
        return sentence.start <= b.range.start && b.range.end <= sentence.end;
    };
    // The negated joining the need governs ("katılmak zorunlu değil") goes with it.
    QList<Signal> conceded;
    for (const Signal &signal : std::as_const(found)) {
        if (signal.deniesNeed && std::any_of(found.cbegin(), found.cend(), [&](const Signal &other) {
                return other.weight > 0 && other.range.start > signal.range.end &&
                       sameSentence(signal, other) &&
                       language.contrast
                           .match(text.mid(signal.range.end, other.range.start - signal.range.end))
                           .hasMatch();
            }))
            conceded.append(signal);
    }
    QList<Signal> kept;
    for (const Signal &signal : std::as_const(found)) {
        const bool concession = std::any_of(conceded.cbegin(), conceded.cend(), [&](const Signal &need) {
            return need.range == signal.range ||
                   (signal.kind == Kind::Act && signal.negated && signal.range.end <= need.range.start &&
                    sameSentence(need, signal));
        });
        if (concession)
            continue;
        // A time hedge limits a refusal; in a sentence with no negation it limits nothing
        // ("at this stage the leadership is weighing the pros and cons").
        if (signal.timeHedge) {
            const TextRange sentence = sentenceIn(text, unit, signal.range.start);
            const QString words = text.mid(sentence.start, sentence.length());
            const bool negation = language.negationBefore.match(words).hasMatch() ||
                                  language.negationInWord.match(words).hasMatch() ||
                                  language.negationAfter.match(words).hasMatch() ||
                                  std::any_of(found.cbegin(), found.cend(), [&](const Signal &other) {
                                      return other.negated && sameSentence(signal, other);
                                  });
            if (!negation)
                continue;
        }
        kept.append(signal);
    }
    return kept;
}

bool speaksOfQuestion(const QString &text, const Language &language, const TextRange &range)
{
    return language.topic.match(text.mid(range.start, range.length())).hasMatch();
}

// speaksOfQuestion() remembered per range: every speaker named in a sentence asks it again.
class TopicTest {
public:
    TopicTest(const QString &text, const Language &language)
        : m_text(text)
        , m_language(language)
    {
    }

    bool operator()(const TextRange &range) const
    {
        const std::pair key{range.start, range.end};
        const auto known = m_known.constFind(key);
        if (known != m_known.cend())
            return *known;
        const bool topical = speaksOfQuestion(m_text, m_language, range);
        m_known.insert(key, topical);
        return topical;
    }

private:
    const QString &m_text;
    const Language &m_language;
    mutable QHash<std::pair<qsizetype, qsizetype>, bool> m_known;
};

// What is gathered for one speaker (or the document) before scoring.
struct Tally {
    QList<Signal> signalList;
    QList<TextRange> evidence;
    QList<TextRange> neutral; // own topical units without a signal
    int strongestBasis = 0;

    void add(const QList<Signal> &found, const TextRange &unit, Basis basis, bool flip)
    {
        if (found.isEmpty())
            return;
        for (Signal signal : found) {
            if (flip)
                signal.weight = -signal.weight;
            signalList.append(signal);
        }
        evidence.append(unit);
        strongestBasis = std::max(strongestBasis, int(basis));
    }
};

std::optional<StanceAnnotation> scoreTally(const Tally &tally, const QString &speaker)
{
    StanceAnnotation stance;
    stance.speaker = speaker;
    stance.target = stanceTarget();
    if (tally.signalList.isEmpty()) {
        if (tally.neutral.isEmpty())
            return std::nullopt; // no evidence, no stance
        stance.score = 0;
        stance.evidence = tally.neutral;
        stance.confidence = 0.3;
        return stance;
    }
    int favour = 0;
    int against = 0;
    bool push = false;
    bool firm = false;
    bool hedge = false;
    for (const Signal &signal : tally.signalList) {
        if (signal.weight > 0)
            favour += signal.weight;
        else
            against -= signal.weight;
        push = push || (signal.kind == Kind::Push && signal.weight > 0);
        firm = firm || (signal.kind == Kind::Firm && signal.weight < 0);
        hedge = hedge || signal.kind == Kind::Hedge;
    }
    const int net = favour - against;
    if (net > 0)
        stance.score = push && against == 0 ? 2 : 1;
    else if (net < 0)
        stance.score = firm && !hedge && favour == 0 ? -2 : -1;
    else
        stance.score = 0;
    stance.evidence = tally.evidence;
    std::sort(stance.evidence.begin(), stance.evidence.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    const double signalsPart = std::min<double>(0.3, 0.1 * tally.signalList.size());
    stance.confidence = std::min(0.9, 0.25 + 0.1 * tally.strongestBasis + signalsPart);
    return stance;
}

TextRange sentenceAround(const QList<TextRange> &sentences, const TextRange &range)
{
    for (const TextRange &sentence : sentences) {
        if (sentence.start <= range.start && range.start < sentence.end)
            return {sentence.start, std::max(sentence.end, range.end)};
    }
    return range;
}

// The paragraph around `range`: from the line break before it to the one after it.
TextRange paragraphAround(const QString &text, const TextRange &range)
{
    const qsizetype before = range.start > 0 ? text.lastIndexOf(QLatin1Char('\n'), range.start - 1) : -1;
    const qsizetype after = text.indexOf(QLatin1Char('\n'), range.end);
    return {before < 0 ? 0 : before + 1, after < 0 ? text.size() : after};
}

} // namespace

QString stanceTarget()
{
    return QStringLiteral("Kazakhstan joining BRICS as a full member");
}

QList<StanceAnnotation> scoreStances(const QString &text, const QString &language,
                                     const DocumentAnalysis &analysis, const QList<TextRange> &sentences)
{
    const Language &words = languageFor(language);
    const CueMatches cues(text, words);
    const TopicTest topical(text, words);
    QList<StanceAnnotation> stances;
    for (const SpeakerMention &speaker : analysis.speakers) {
        Tally tally;
        QList<TextRange> taken;
        QList<TextRange> others; // other speakers' words: not this speaker's evidence
        QList<std::pair<TextRange, Basis>> own;
        for (const QuoteAnnotation &quote : analysis.quotes) {
            if (quote.speaker == speaker.id)
                own.append({quote.range, Basis::Expressed});
            else
                others.append(quote.range);
        }
        for (const ClaimAnnotation &claim : analysis.claims) {
            if (claim.speaker == speaker.id)
                own.append({claim.range, Basis::Reported});
            else
                others.append(claim.range);
        }
        for (const auto &[range, basis] : own) {
            if (!topical(range) && !topical(sentenceAround(sentences, range))) {
                // Courtesy about the country ("a friend and strategic partner") from someone
                // reacting to the decision: a neutral comment, not a position.
                if (words.relations.match(text.mid(range.start, range.length())).hasMatch())
                    tally.neutral.append(range);
                continue;
            }
            const QList<Signal> found = signalsIn(text, words, cues, range, {}, &taken);
            if (found.isEmpty())
                tally.neutral.append(range);
            tally.add(found, range, basis, false);
        }
        // Someone with no quote or claim is judged from mentions only when the text gives them a
        // role ("President X") or deals them a setback: a cited author or a name in a list is not.
        const bool hasRole =
            std::any_of(speaker.mentions.cbegin(), speaker.mentions.cend(), [&](const TextRange &m) {
                const qsizetype from = std::max<qsizetype>(0, m.start - 50);
                return words.roleNoun.match(text.mid(from, m.start - from)).hasMatch();
            });
        QSet<qsizetype> seen;
        for (const TextRange &mention : speaker.mentions) {
            const TextRange sentence = sentenceAround(sentences, mention);
            if (seen.contains(sentence.start))
                continue;
            // Named inside another person's quote or claim ("X said the president approached the
            // question carefully"): the part of that sentence inside the host is this person's
            // evidence too, when the host's paragraph speaks of the question.
            const auto host = std::find_if(others.cbegin(), others.cend(), [&](const TextRange &other) {
                return other.start <= mention.start && mention.end <= other.end;
            });
            if (host != others.cend()) {
                if (own.isEmpty() && !hasRole)
                    continue;
                const TextRange unit{std::max(sentence.start, host->start),
                                     std::min(sentence.end, host->end)};
                if (!topical(unit) && !topical(paragraphAround(text, *host)))
                    continue;
                seen.insert(sentence.start);
                QList<TextRange> rest;
                for (const TextRange &other : std::as_const(others)) {
                    if (!(other == *host))
                        rest.append(other);
                }
                tally.add(signalsIn(text, words, cues, unit, rest, &taken), unit, Basis::Inferred, false);
                continue;
            }
            // A sentence naming the speaker speaks of the question when it does, or when the next
            // sentence goes on about them with a pronoun ("X describes the line as caution. He notes …").
            const auto nextIt =
                std::find_if(sentences.cbegin(), sentences.cend(),
                             [&](const TextRange &other) { return other.start >= sentence.end; });
            const TextRange next =
                nextIt == sentences.cend() ? TextRange{sentence.end, sentence.end} : *nextIt;
            const bool continued = next.length() > 0 &&
                                   words.pronounStart.match(text.mid(next.start, next.length())).hasMatch() &&
                                   topical(next);
            if (!topical(sentence) && !continued)
                continue;
            seen.insert(sentence.start);
            const QString piece = text.mid(sentence.start, sentence.length());
            const QRegularExpressionMatch setbackMatch = words.setback.match(piece);
            const bool setback = setbackMatch.hasMatch();
            if (own.isEmpty() && !hasRole && !setback)
                continue;
            QList<Signal> found = signalsIn(text, words, cues, sentence, others, &taken);
            // A setback for the question's course is against it; flipped below, it is for X.
            if (setback && found.isEmpty())
                found.append({{sentence.start + setbackMatch.capturedStart(),
                               sentence.start + setbackMatch.capturedEnd()},
                              -2,
                              Kind::Against});
            tally.add(found, sentence, Basis::Inferred, setback);
        }
        if (std::optional<StanceAnnotation> stance = scoreTally(tally, speaker.id))
            stances.append(*stance);
    }
    return stances;
}

std::optional<StanceAnnotation> scoreDocumentStance(const QString &text, const QString &language,
                                                    const QList<TextRange> &sentences)
{
    const Language &words = languageFor(language);
    const CueMatches cues(text, words);
    Tally tally;
    QList<TextRange> taken;
    for (const TextRange &sentence : sentences) {
        if (speaksOfQuestion(text, words, sentence))
            tally.add(signalsIn(text, words, cues, sentence, {}, &taken), sentence, Basis::Inferred, false);
    }
    return scoreTally(tally, QString());
}

} // namespace claimscope::core
