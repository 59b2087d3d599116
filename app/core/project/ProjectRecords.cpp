#include "core/project/ProjectRecords.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::core {

QString kindKey(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Quote:
        return u"quote"_s;
    case AnnotationKind::Claim:
        return u"claim"_s;
    case AnnotationKind::Figure:
        return u"figure"_s;
    case AnnotationKind::SpeakerMention:
        return u"speaker-mention"_s;
    }
    return {};
}

std::optional<AnnotationKind> kindFromKey(const QString &key)
{
    for (AnnotationKind kind : {AnnotationKind::Quote, AnnotationKind::Claim, AnnotationKind::Figure,
                                AnnotationKind::SpeakerMention}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString originKey(Origin origin)
{
    switch (origin) {
    case Origin::Automatic:
        return u"automatic"_s;
    case Origin::Manual:
        return u"manual"_s;
    case Origin::Edited:
        return u"edited"_s;
    }
    return {};
}

std::optional<Origin> originFromKey(const QString &key)
{
    for (Origin origin : {Origin::Automatic, Origin::Manual, Origin::Edited}) {
        if (originKey(origin) == key)
            return origin;
    }
    return std::nullopt;
}

AnalysisRecords recordsFromAnalysis(SourceId source, const DocumentAnalysis &analysis,
                                    const QList<SpeakerRecord> &knownSpeakers, const QDateTime &now)
{
    AnalysisRecords records;
    QSet<QString> known;
    for (const SpeakerRecord &speaker : knownSpeakers)
        known.insert(speaker.speaker.id);

    const auto stamped = [&](AnnotationKind kind, const TextRange &range, double confidence) {
        AnnotationRecord record;
        record.source = source;
        record.kind = kind;
        record.range = range;
        record.confidence = confidence;
        record.origin = Origin::Automatic;
        record.created = now;
        record.modified = now;
        return record;
    };

    for (const SpeakerMention &speaker : analysis.speakers) {
        if (!known.contains(speaker.id)) {
            known.insert(speaker.id);
            Speaker entry;
            entry.id = speaker.id;
            entry.name = speaker.name;
            entry.role = speaker.role;
            entry.kind = speaker.kind.isEmpty() ? u"other"_s : speaker.kind;
            records.newSpeakers.append({entry, {}, speaker.suggested});
        }
        for (const TextRange &mention : speaker.mentions) {
            AnnotationRecord record = stamped(AnnotationKind::SpeakerMention, mention, 1.0);
            record.speaker = speaker.id;
            records.annotations.append(record);
        }
    }
    for (const QuoteAnnotation &quote : analysis.quotes) {
        AnnotationRecord record = stamped(AnnotationKind::Quote, quote.range, quote.confidence);
        record.speaker = quote.speaker;
        record.cue = quote.cue;
        record.cueRange = quote.cueRange;
        record.quoteMarks = quote.quoteMarks;
        records.annotations.append(record);
    }
    for (const ClaimAnnotation &claim : analysis.claims) {
        AnnotationRecord record = stamped(AnnotationKind::Claim, claim.range, claim.confidence);
        record.speaker = claim.speaker;
        record.claimSource = claim.source;
        record.cue = claim.cue;
        record.cueRange = claim.cueRange;
        records.annotations.append(record);
    }
    for (const FigureAnnotation &figure : analysis.figures) {
        AnnotationRecord record = stamped(AnnotationKind::Figure, figure.range, figure.confidence);
        record.speaker = figure.speaker;
        record.figure = {figure.value,   figure.unit, figure.measure,
                         figure.subject, figure.year, figure.qualifier};
        records.annotations.append(record);
    }
    for (const StanceAnnotation &stance : analysis.stances) {
        StanceRecord record;
        record.source = source;
        record.speaker = stance.speaker;
        record.target = stance.target;
        record.score = stance.score;
        record.evidence = stance.evidence;
        record.confidence = stance.confidence;
        record.origin = Origin::Automatic;
        record.created = now;
        record.modified = now;
        records.stances.append(record);
    }
    return records;
}

namespace {

// Per source, the stance that counts among `stances` (one speaker's): the first of a person's in
// id order, else the first of the analyzer's.
QHash<SourceId, StanceRecord> countingStances(QList<StanceRecord> stances)
{
    std::sort(stances.begin(), stances.end(),
              [](const StanceRecord &a, const StanceRecord &b) { return a.id < b.id; });
    QHash<SourceId, StanceRecord> counting;
    for (const StanceRecord &stance : std::as_const(stances)) {
        const auto found = counting.constFind(stance.source);
        if (found == counting.cend() ||
            (found->origin == Origin::Automatic && stance.origin != Origin::Automatic))
            counting.insert(stance.source, stance);
    }
    return counting;
}

} // namespace

QList<StanceId> stancesDroppedByMerge(const QList<StanceRecord> &from, const QList<StanceRecord> &into)
{
    const QHash<SourceId, StanceRecord> fromCounting = countingStances(from);
    const QHash<SourceId, StanceRecord> intoCounting = countingStances(into);
    QHash<SourceId, StanceId> kept;
    for (auto it = fromCounting.cbegin(); it != fromCounting.cend(); ++it) {
        const auto other = intoCounting.constFind(it.key());
        if (other == intoCounting.cend())
            continue;
        const bool fromWins = it->origin != Origin::Automatic && other->origin == Origin::Automatic;
        kept.insert(it.key(), fromWins ? it->id : other->id);
    }
    QList<StanceId> dropped;
    for (const QList<StanceRecord> *stances : {&from, &into}) {
        for (const StanceRecord &stance : *stances) {
            const auto keep = kept.constFind(stance.source);
            if (keep != kept.cend() && *keep != stance.id)
                dropped.append(stance.id);
        }
    }
    std::sort(dropped.begin(), dropped.end());
    return dropped;
}

} // namespace claimscope::core
