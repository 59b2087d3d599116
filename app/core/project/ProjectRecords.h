#pragma once

#include "core/analysis/Annotations.h"
#include "core/document/Document.h"
#include "core/highlight/Lexicon.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace claimscope::core {

// What a project holds, as plain values. A project file stores exactly these records
// (ProjectStore); the panels and the viewer read them (Project). Ids are the store's row ids;
// 0 means "not stored yet".
using SourceId = qint64;
using AnnotationId = qint64;
using StanceId = qint64;

// One imported source: its text and metadata, the bytes' checksum, when it came in.
struct SourceRecord {
    SourceId id = 0;
    Document document;    // text, and metadata including the original format and file path
    QByteArray checksum;  // SHA-256 of the text as UTF-8, lower-case hex
    QDateTime importedAt; // UTC
    bool analysed = false;
};

// A person of the project: a lexicon entry (forms are the aliases, per language), with the colour
// the viewer and charts give them. Suggested speakers were found by the analyzer, not the lexicon.
struct SpeakerRecord {
    Speaker speaker;
    QString colour; // "#rrggbb"
    bool suggested = false;

    friend bool operator==(const SpeakerRecord &, const SpeakerRecord &) = default;
};

enum class AnnotationKind { Quote, Claim, Figure, SpeakerMention };

// The typed value of a figure annotation.
struct FigureFields {
    double value = 0;
    QString unit;
    QString measure;
    QString subject;
    std::optional<int> year;
    QString qualifier;

    friend bool operator==(const FigureFields &, const FigureFields &) = default;
};

// One annotation of a source: a quote, claim, figure or speaker mention. Which fields matter
// depends on the kind: cue for quotes and claims, figure for figures, claimSource for a claim
// whose source is not a person; speaker for all kinds (the person a mention names).
struct AnnotationRecord {
    AnnotationId id = 0;
    SourceId source = 0;
    AnnotationKind kind = AnnotationKind::Quote;
    TextRange range;
    QString speaker; // a SpeakerRecord id, or empty
    QString cue;
    TextRange cueRange;
    bool quoteMarks = true;
    QString claimSource;
    FigureFields figure;
    double confidence = 0;
    Origin origin = Origin::Automatic;
    QString note;
    QDateTime created; // UTC
    QDateTime modified;

    friend bool operator==(const AnnotationRecord &, const AnnotationRecord &) = default;
};

// A speaker's stance in one source, with the passages it rests on.
struct StanceRecord {
    StanceId id = 0;
    SourceId source = 0;
    QString speaker;
    QString target;
    int score = 0; // −2 … +2
    QList<TextRange> evidence;
    double confidence = 0;
    Origin origin = Origin::Automatic;
    QString note;
    QDateTime created;
    QDateTime modified;

    friend bool operator==(const StanceRecord &, const StanceRecord &) = default;
};

// A finding of the analyzer that a person deleted, so that re-analysis does not add it again.
//
// A finding is named by its source, its kind and its range: a source's text never changes, so the
// same analyzer finds the same passage at the same offsets. Quotes and claims are one family here,
// as for the annotations a person keeps: a deleted quote is not brought back as a claim either.
// The speaker, cue and fields are not part of it, since another lexicon or a merge of speakers may
// attribute the same passage to someone else, and it would still be the passage the person
// deleted. An edited annotation (an automatic one the person changed) names the finding by its
// current kind; its range never changes, so the original comes back only when its kind was
// changed across families (a quote made a figure), a case left as it is.
struct RejectionRecord {
    SourceId source = 0;
    AnnotationKind kind = AnnotationKind::Quote;
    TextRange range;
    QDateTime created; // when it was deleted, UTC

    // Source, kind and range: what the file keys it by.
    bool sameKey(const RejectionRecord &other) const
    {
        return source == other.source && kind == other.kind && range == other.range;
    }
    friend bool operator==(const RejectionRecord &, const RejectionRecord &) = default;
};

// The project-wide facts that are not records: its name, its research question, the reporting
// cues of the lexicon, and notes (what an imported REFI-QDA project held that has no other place
// here: its memos, sets, and passages under codes of its own).
struct ProjectSettings {
    QString name;
    QString question; // the stance target
    QHash<QString, QStringList> cues;
    QString notes;

    friend bool operator==(const ProjectSettings &, const ProjectSettings &) = default;
};

// Text for the kind and origin columns of the file and of exports: stable, never translated.
QString kindKey(AnnotationKind kind);
std::optional<AnnotationKind> kindFromKey(const QString &key);
QString originKey(Origin origin);
std::optional<Origin> originFromKey(const QString &key);

// The analyzer's result for one source as records: one SpeakerMention annotation per mention,
// quotes, claims, figures, stances, all automatic; `now` stamps created and modified. Suggested
// speakers the project does not know yet are appended to `newSpeakers` (without colour).
struct AnalysisRecords {
    QList<AnnotationRecord> annotations;
    QList<StanceRecord> stances;
    QList<SpeakerRecord> newSpeakers;
};
AnalysisRecords recordsFromAnalysis(SourceId source, const DocumentAnalysis &analysis,
                                    const QList<SpeakerRecord> &knownSpeakers, const QDateTime &now);

// The stances that merging speaker `from` into `into` removes, in id order, so that each source
// keeps one stance for the merged person. Only sources where both have a stance are concerned;
// there the stance that counts for each (a person's over the analyzer's, as Project::stanceFor)
// is compared: `from`'s is kept only when it is a person's (manual or edited) and `into`'s is the
// analyzer's; otherwise `into`'s is kept. Every other stance of the two in that source goes.
QList<StanceId> stancesDroppedByMerge(const QList<StanceRecord> &from, const QList<StanceRecord> &into);

} // namespace claimscope::core
