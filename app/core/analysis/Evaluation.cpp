#include "core/analysis/Evaluation.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace claimscope::core {
namespace {

// Relative tolerance of a figure's value. A little above 1% so that "exactly 1% off" is not lost
// to rounding: in binary, 13.13 - 13 is more than 0.01 * 13.
constexpr double kValueTolerance = 0.01 * (1 + 1e-9);

int sign(int score)
{
    return (score > 0) - (score < 0);
}

bool valueAgrees(double predicted, double gold)
{
    return std::abs(predicted - gold) <= kValueTolerance * std::abs(gold);
}

template<typename T> QList<TextRange> rangesOf(const QList<T> &items)
{
    QList<TextRange> ranges;
    ranges.reserve(items.size());
    for (const T &item : items)
        ranges.append(item.range);
    return ranges;
}

template<typename T> QList<TextRange> rangesOf(const QList<T> &items, const QList<qsizetype> &indices)
{
    QList<TextRange> ranges;
    ranges.reserve(indices.size());
    for (const qsizetype i : indices)
        ranges.append(items.at(i).range);
    return ranges;
}

template<typename T, typename Keep> QList<qsizetype> indicesWhere(const QList<T> &items, Keep keep)
{
    QList<qsizetype> indices;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (keep(items.at(i)))
            indices.append(i);
    }
    return indices;
}

MatchCounts countsOf(qsizetype matched, qsizetype gold, qsizetype predicted)
{
    return {int(matched), int(predicted - matched), int(gold - matched)};
}

} // namespace

double MatchCounts::precision() const
{
    if (predicted() == 0)
        return gold() == 0 ? 1.0 : 0.0;
    return double(truePositives) / predicted();
}

double MatchCounts::recall() const
{
    if (gold() == 0)
        return predicted() == 0 ? 1.0 : 0.0;
    return double(truePositives) / gold();
}

double MatchCounts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

MatchCounts &MatchCounts::operator+=(const MatchCounts &other)
{
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    return *this;
}

RateCount &RateCount::operator+=(const RateCount &other)
{
    agreeing += other.agreeing;
    total += other.total;
    return *this;
}

DocumentScore &DocumentScore::operator+=(const DocumentScore &other)
{
    quotesMarked += other.quotesMarked;
    quotesAll += other.quotesAll;
    attribution += other.attribution;
    claims += other.claims;
    figures += other.figures;
    stanceCoverage += other.stanceCoverage;
    stanceExact += other.stanceExact;
    stanceSign += other.stanceSign;
    return *this;
}

bool spansMatch(const TextRange &predicted, const TextRange &gold)
{
    const qsizetype overlap = predicted.overlap(gold);
    return overlap > 0 && 2 * overlap >= gold.length();
}

QList<SpanMatch> matchSpans(const QList<TextRange> &gold, const QList<TextRange> &predicted,
                            const std::function<bool(qsizetype, qsizetype)> &compatible)
{
    QList<SpanMatch> candidates;
    for (qsizetype g = 0; g < gold.size(); ++g) {
        for (qsizetype p = 0; p < predicted.size(); ++p) {
            if (spansMatch(predicted.at(p), gold.at(g)) && (!compatible || compatible(g, p)))
                candidates.append({g, p, predicted.at(p).overlap(gold.at(g))});
        }
    }
    const auto lengthGap = [&](const SpanMatch &m) {
        return std::abs(gold.at(m.gold).length() - predicted.at(m.predicted).length());
    };
    std::sort(candidates.begin(), candidates.end(), [&](const SpanMatch &a, const SpanMatch &b) {
        if (a.overlap != b.overlap)
            return a.overlap > b.overlap;
        if (lengthGap(a) != lengthGap(b))
            return lengthGap(a) < lengthGap(b);
        return a.gold != b.gold ? a.gold < b.gold : a.predicted < b.predicted;
    });

    QList<bool> goldTaken(gold.size(), false);
    QList<bool> predictedTaken(predicted.size(), false);
    QList<SpanMatch> matches;
    for (const SpanMatch &candidate : std::as_const(candidates)) {
        if (goldTaken.at(candidate.gold) || predictedTaken.at(candidate.predicted))
            continue;
        goldTaken[candidate.gold] = true;
        predictedTaken[candidate.predicted] = true;
        matches.append(candidate);
    }
    return matches;
}

SpeakerMapping::SpeakerMapping(const DocumentAnalysis &predicted, const DocumentAnalysis &gold)
{
    struct Vote {
        int mentions = 0;
        qsizetype units = 0;
    };
    // Per predicted id (an analyzer may list one person twice), the votes per gold id.
    QHash<QString, QHash<QString, Vote>> votes;
    for (const SpeakerMention &speaker : predicted.speakers) {
        if (speaker.id.isEmpty())
            continue;
        QHash<QString, Vote> &tally = votes[speaker.id];
        for (const TextRange &mention : speaker.mentions) {
            QString best;
            qsizetype bestUnits = 0;
            for (const SpeakerMention &candidate : gold.speakers) {
                qsizetype units = 0;
                for (const TextRange &goldMention : candidate.mentions)
                    units += mention.overlap(goldMention);
                if (units > bestUnits || (units == bestUnits && units > 0 && candidate.id < best)) {
                    best = candidate.id;
                    bestUnits = units;
                }
            }
            if (bestUnits > 0) {
                ++tally[best].mentions;
                tally[best].units += bestUnits;
            }
        }
    }
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        QString best;
        Vote bestVote;
        for (auto vote = it->cbegin(); vote != it->cend(); ++vote) {
            const Vote &v = vote.value();
            const bool better = v.mentions != bestVote.mentions ? v.mentions > bestVote.mentions
                                : v.units != bestVote.units     ? v.units > bestVote.units
                                                                : best.isEmpty() || vote.key() < best;
            if (better) {
                best = vote.key();
                bestVote = v;
            }
        }
        if (!best.isEmpty())
            m_goldIds.insert(it.key(), best);
    }
}

bool SpeakerMapping::samePerson(const QString &predictedId, const QString &goldId) const
{
    if (predictedId.isEmpty() || goldId.isEmpty())
        return predictedId.isEmpty() && goldId.isEmpty();
    return predictedId == goldId || goldIdFor(predictedId) == goldId;
}

DocumentScore evaluate(const DocumentAnalysis &predicted, const DocumentAnalysis &gold, const QString &name)
{
    DocumentScore score;
    score.name = name;
    const SpeakerMapping speakers(predicted, gold);

    // Quotes: all, then marked only; attribution over the pairs matched among all.
    const QList<SpanMatch> quotes = matchSpans(rangesOf(gold.quotes), rangesOf(predicted.quotes));
    score.quotesAll = countsOf(quotes.size(), gold.quotes.size(), predicted.quotes.size());
    for (const SpanMatch &match : quotes) {
        ++score.attribution.total;
        if (speakers.samePerson(predicted.quotes.at(match.predicted).speaker,
                                gold.quotes.at(match.gold).speaker))
            ++score.attribution.agreeing;
    }
    const auto marked = [](const QuoteAnnotation &quote) {
        return quote.quoteMarks;
    };
    const QList<qsizetype> goldMarked = indicesWhere(gold.quotes, marked);
    const QList<qsizetype> predictedMarked = indicesWhere(predicted.quotes, marked);
    const QList<SpanMatch> markedQuotes =
        matchSpans(rangesOf(gold.quotes, goldMarked), rangesOf(predicted.quotes, predictedMarked));
    score.quotesMarked = countsOf(markedQuotes.size(), goldMarked.size(), predictedMarked.size());

    const QList<SpanMatch> claims =
        matchSpans(rangesOf(gold.claims), rangesOf(predicted.claims), [&](qsizetype g, qsizetype p) {
            return speakers.samePerson(predicted.claims.at(p).speaker, gold.claims.at(g).speaker);
        });
    score.claims = countsOf(claims.size(), gold.claims.size(), predicted.claims.size());

    const QList<SpanMatch> figures =
        matchSpans(rangesOf(gold.figures), rangesOf(predicted.figures), [&](qsizetype g, qsizetype p) {
            return valueAgrees(predicted.figures.at(p).value, gold.figures.at(g).value);
        });
    score.figures = countsOf(figures.size(), gold.figures.size(), predicted.figures.size());

    for (const StanceAnnotation &goldStance : gold.stances) {
        const StanceAnnotation *found = nullptr;
        for (const StanceAnnotation &candidate : predicted.stances) {
            if (speakers.samePerson(candidate.speaker, goldStance.speaker) &&
                (!found || candidate.confidence > found->confidence))
                found = &candidate;
        }
        ++score.stanceCoverage.total;
        ++score.stanceExact.total;
        ++score.stanceSign.total;
        if (!found)
            continue;
        ++score.stanceCoverage.agreeing;
        if (found->score == goldStance.score)
            ++score.stanceExact.agreeing;
        if (sign(found->score) == sign(goldStance.score))
            ++score.stanceSign.agreeing;
    }
    return score;
}

DocumentScore overallScore(const QList<DocumentScore> &documents)
{
    DocumentScore total;
    total.name = QStringLiteral("overall");
    for (const DocumentScore &document : documents)
        total += document;
    return total;
}

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

QString withCount(double value, int count, int of)
{
    return number(value) + u' ' + QString::number(count) + u'/' + QString::number(of);
}

// A column shows one measure of a DocumentScore: precision, recall or F1 of a MatchCounts, or a
// RateCount.
enum class Measure { Precision, Recall, F1, Rate };

struct Column {
    QString group;
    QString header;
    Measure measure = Measure::F1;
    MatchCounts DocumentScore::*counts = nullptr;
    RateCount DocumentScore::*rate = nullptr;

    QString cell(const DocumentScore &score) const
    {
        if (measure == Measure::Rate) {
            const RateCount &r = score.*rate;
            return withCount(r.rate(), r.agreeing, r.total);
        }
        const MatchCounts &c = score.*counts;
        switch (measure) {
        case Measure::Precision:
            return withCount(c.precision(), c.truePositives, c.predicted());
        case Measure::Recall:
            return withCount(c.recall(), c.truePositives, c.gold());
        default:
            return number(c.f1());
        }
    }
};

QList<Column> scoreColumns()
{
    QList<Column> columns;
    const auto addCounts = [&columns](const char *group, MatchCounts DocumentScore::*counts) {
        const QString title = QString::fromLatin1(group);
        columns.append({title, QStringLiteral("P"), Measure::Precision, counts, nullptr});
        columns.append({title, QStringLiteral("R"), Measure::Recall, counts, nullptr});
        columns.append({title, QStringLiteral("F1"), Measure::F1, counts, nullptr});
    };
    const auto addRate = [&columns](const char *group, const char *header, RateCount DocumentScore::*rate) {
        columns.append(
            {QString::fromLatin1(group), QString::fromLatin1(header), Measure::Rate, nullptr, rate});
    };
    addCounts("quotes (marked)", &DocumentScore::quotesMarked);
    addCounts("quotes (all)", &DocumentScore::quotesAll);
    addRate("attribution", "acc", &DocumentScore::attribution);
    addCounts("claims", &DocumentScore::claims);
    addCounts("figures", &DocumentScore::figures);
    addRate("stances", "exact", &DocumentScore::stanceExact);
    addRate("stances", "sign", &DocumentScore::stanceSign);
    addRate("stances", "covered", &DocumentScore::stanceCoverage);
    return columns;
}

} // namespace

QString renderScoreTable(const QList<DocumentScore> &documents)
{
    const QList<Column> columns = scoreColumns();
    QList<DocumentScore> rows = documents;
    rows.append(overallScore(documents));

    // Column 0 is the file name; the others follow `columns`.
    QList<QStringList> cells;
    for (const DocumentScore &row : std::as_const(rows)) {
        QStringList line{row.name};
        for (const Column &column : columns)
            line.append(column.cell(row));
        cells.append(line);
    }
    QStringList headers{QStringLiteral("file")};
    for (const Column &column : columns)
        headers.append(column.header);
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qsizetype width = headers.at(c).size();
        for (const QStringList &line : std::as_const(cells))
            width = std::max(width, line.at(c).size());
        widths.append(width);
    }

    // Groups of adjacent columns under one title; a title wider than its columns widens the last one.
    struct Group {
        QString title;
        qsizetype first = 0;
        qsizetype last = 0;
    };
    QList<Group> groups{{QString(), 0, 0}};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (groups.last().title == columns.at(i).group && groups.size() > 1)
            groups.last().last = i + 1;
        else
            groups.append({columns.at(i).group, i + 1, i + 1});
    }
    const QString gap = QStringLiteral("  ");
    const auto groupWidth = [&](const Group &group) {
        qsizetype width = gap.size() * (group.last - group.first);
        for (qsizetype c = group.first; c <= group.last; ++c)
            width += widths.at(c);
        return width;
    };
    for (const Group &group : std::as_const(groups))
        widths[group.last] += std::max<qsizetype>(0, group.title.size() - groupWidth(group));

    const QString separator = QStringLiteral(" | ");
    const auto renderLine = [&](const QStringList &line) {
        QStringList parts;
        for (const Group &group : std::as_const(groups)) {
            QStringList groupCells;
            for (qsizetype c = group.first; c <= group.last; ++c)
                groupCells.append(c == 0 ? line.at(c).leftJustified(widths.at(c))
                                         : line.at(c).rightJustified(widths.at(c)));
            parts.append(groupCells.join(gap));
        }
        return parts.join(separator);
    };
    QStringList titles;
    QStringList rule;
    for (const Group &group : std::as_const(groups)) {
        titles.append(group.title.leftJustified(groupWidth(group)));
        rule.append(QString(groupWidth(group), u'-'));
    }
    const QString ruleLine = rule.join(QStringLiteral("-+-"));

    QStringList out;
    QString titleLine = titles.join(separator);
    while (titleLine.endsWith(u' '))
        titleLine.chop(1);
    out.append(titleLine);
    out.append(renderLine(headers));
    out.append(ruleLine);
    for (qsizetype i = 0; i + 1 < cells.size(); ++i)
        out.append(renderLine(cells.at(i)));
    out.append(ruleLine);
    out.append(renderLine(cells.last()));
    out.append(QString());
    out.append(
        QStringLiteral("P = matched/predicted, R = matched/gold; attribution = same speaker/matched "
                       "quotes; stances = agreeing/gold stances; overall sums the counts (micro-average)."));
    out.append(QStringLiteral(
        "With nothing on either side a measure is 1.00; with nothing on one side only, 0.00."));
    return out.join(u'\n') + u'\n';
}

} // namespace claimscope::core
