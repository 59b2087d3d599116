#pragma once

#include "core/analysis/Annotations.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace claimscope::core {

// Scores an analyzer's output against gold annotations (see GoldSet.h), by these rules:
//
// Spans. A prediction matches a gold item when their ranges overlap by at least half of the GOLD
// span's length (and by at least one unit). Half is measured on the gold span so that a prediction
// cannot match by being long: a whole paragraph predicted as one quote overlaps every short quote
// in it completely but matches none of them unless it is itself at most twice as long.
// Matching is one-to-one and greedy: all qualifying (gold, prediction) pairs are taken in order of
// decreasing overlap (ties: the closer length, then document order) and a pair is kept when
// neither side is taken yet. So a gold item found twice counts once and the second prediction is a
// false positive; a prediction spanning two gold items matches one of them.
//
// Speakers. A predicted id and a gold id are the same person when
//   - both are empty (a source that is not a person: institution, state, unnamed group), or
//   - they are literally equal, or
//   - the predicted id maps to the gold id through mentions: each range of the predicted
//     SpeakerMention votes for the gold speaker whose mentions it overlaps most (in units);
//     the gold speaker with the most votes wins (ties: more overlapping units, then the smaller
//     id). Ranges that overlap no gold mention (pronouns, descriptions) do not vote.
//   An empty id and a non-empty one are never the same person.
//
// Measures per document:
//   quotes (all):     span rule;
//   quotes (marked):  the same, among gold quotes with quote_marks true and predictions with
//                     quoteMarks true only;
//   attribution:      among the quotes matched in "all", the share whose speakers are the same
//                     person;
//   claims:           span rule, and a pair qualifies only when the speakers are the same person,
//                     so a claim credited to the wrong speaker is a false positive and a miss;
//   figures:          span rule, and the predicted value within 1% of the gold value (relative to
//                     the gold value, inclusive; a gold 0 needs exactly 0); unit and year are not
//                     compared;
//   stances:          for every gold stance, the prediction for the same person (the most
//                     confident one if there are several); the target is not compared, as every
//                     stance of a project answers the same question. Coverage = gold stances with
//                     a prediction; exact and sign agreement (negative, zero, positive) are counted
//                     over all gold stances, so a missing prediction is a disagreement. Predicted
//                     stances for people without a gold stance are not counted anywhere.

// True, false and missed positives of one measure.
struct MatchCounts {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    int predicted() const { return truePositives + falsePositives; }
    int gold() const { return truePositives + falseNegatives; }
    // With nothing predicted and nothing in the gold there is nothing to get wrong: precision,
    // recall and F1 are 1. When only one side is empty, all three are 0. Never a division by zero.
    double precision() const;
    double recall() const;
    double f1() const;

    MatchCounts &operator+=(const MatchCounts &other);
    friend bool operator==(const MatchCounts &, const MatchCounts &) = default;
};

// A share: agreeing out of total. 0/0 is 1, as for MatchCounts with both sides empty; the counts
// are always shown next to the rate, so a vacuous 1 is visible as such.
struct RateCount {
    int agreeing = 0;
    int total = 0;

    double rate() const { return total == 0 ? 1.0 : double(agreeing) / total; }

    RateCount &operator+=(const RateCount &other);
    friend bool operator==(const RateCount &, const RateCount &) = default;
};

struct DocumentScore {
    QString name;
    MatchCounts quotesMarked;
    MatchCounts quotesAll;
    RateCount attribution;
    MatchCounts claims;
    MatchCounts figures;
    RateCount stanceCoverage;
    RateCount stanceExact;
    RateCount stanceSign;

    // Adds the other's counts, keeping this name: summing documents gives the micro-average.
    DocumentScore &operator+=(const DocumentScore &other);
};

// One matched pair: indices into the gold and predicted lists.
struct SpanMatch {
    qsizetype gold = -1;
    qsizetype predicted = -1;
    qsizetype overlap = 0;
};

// The span rule: overlap of at least half the gold span, and of at least one unit.
bool spansMatch(const TextRange &predicted, const TextRange &gold);

// Greedy one-to-one matching of the span rule; `compatible`, when given, must also hold for a pair.
QList<SpanMatch> matchSpans(const QList<TextRange> &gold, const QList<TextRange> &predicted,
                            const std::function<bool(qsizetype gold, qsizetype predicted)> &compatible = {});

// Which gold speaker each predicted speaker is, decided through overlapping mentions.
class SpeakerMapping final {
public:
    SpeakerMapping(const DocumentAnalysis &predicted, const DocumentAnalysis &gold);

    // The gold id the predicted id maps to through mentions, or empty.
    QString goldIdFor(const QString &predictedId) const { return m_goldIds.value(predictedId); }
    bool samePerson(const QString &predictedId, const QString &goldId) const;

private:
    QHash<QString, QString> m_goldIds;
};

DocumentScore evaluate(const DocumentAnalysis &predicted, const DocumentAnalysis &gold,
                       const QString &name = {});

// The micro-average: counts summed over the documents, named "overall".
DocumentScore overallScore(const QList<DocumentScore> &documents);

// A fixed-width table, one row per document and one for "overall", with a legend. Columns:
// quotes (marked) P R F1, quotes (all) P R F1, attribution, claims P R F1, figures P R F1,
// stances exact, sign and covered. Precision,
// recall and rates show their counts ("0.86 12/14"): precision = matched/predicted,
// recall = matched/gold, attribution = same speaker/matched quotes, stances = agreeing/gold stances.
QString renderScoreTable(const QList<DocumentScore> &documents);

} // namespace claimscope::core
