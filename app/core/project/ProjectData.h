#pragma once

#include "core/project/ProjectRecords.h"
#include "core/project/ProjectStore.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <array>

namespace claimscope::core {

// The records of a project in memory, with the lookups the panels and the viewer need: by id, a
// source's annotations in text order, a speaker's annotations per kind. Plain data: no signals,
// no writes, no checks beyond keeping its own indexes right (Project does the rest).
class ProjectData final {
public:
    ProjectData() = default;
    explicit ProjectData(ProjectContents contents);

    // Everything as a ProjectStore would load it: sources and speakers in project order,
    // annotations and stances in id order, rejections in the order ProjectContents gives.
    ProjectContents contents() const;

    const ProjectSettings &settings() const { return m_settings; }

    const QList<SourceRecord> &sources() const { return m_sources; }
    const SourceRecord *source(SourceId id) const;
    qsizetype sourceIndex(SourceId id) const; // −1 when unknown
    void appendSource(SourceRecord source);
    void setAnalysed(SourceId id, bool analysed);

    const QList<SpeakerRecord> &speakers() const { return m_speakers; }
    const SpeakerRecord *speaker(const QString &id) const;
    qsizetype speakerIndex(const QString &id) const; // −1 when unknown
    // At the end, where the file puts a speaker it stores.
    void appendSpeaker(SpeakerRecord speaker);
    void replaceSpeaker(const SpeakerRecord &speaker);
    void removeSpeaker(const QString &id);

    qsizetype annotationCount() const { return m_annotations.size(); }
    const AnnotationRecord *annotation(AnnotationId id) const;
    // In text order: by start, then id.
    QList<AnnotationId> annotationsOf(SourceId source) const { return m_bySource.value(source); }
    // In id order.
    QList<AnnotationId> annotationsBy(const QString &speaker) const;
    int count(const QString &speaker, AnnotationKind kind) const;
    void insertAnnotation(const AnnotationRecord &annotation);
    // Same id, source and range as the one it replaces.
    void replaceAnnotation(const AnnotationRecord &annotation);
    void removeAnnotation(AnnotationId id);

    const StanceRecord *stance(StanceId id) const;
    QList<StanceId> stancesOf(SourceId source) const { return m_stancesBySource.value(source); }
    void insertStance(const StanceRecord &stance);
    void replaceStance(const StanceRecord &stance);
    void removeStance(StanceId id);

    // A source's rejected findings, in range order.
    QList<RejectionRecord> rejectionsOf(SourceId source) const { return m_rejections.value(source); }
    // Whether a rejection with the same key (source, kind, range) is there.
    bool hasRejection(const RejectionRecord &rejection) const;
    void insertRejection(const RejectionRecord &rejection);
    void removeRejection(const RejectionRecord &rejection); // by key

private:
    void index(const AnnotationRecord &annotation);
    void unindex(const AnnotationRecord &annotation);
    void reindexSpeakers();
    qsizetype startOf(AnnotationId id) const;

    ProjectSettings m_settings;
    QList<SourceRecord> m_sources;
    QHash<SourceId, qsizetype> m_sourceIndex;
    QList<SpeakerRecord> m_speakers;
    QHash<QString, qsizetype> m_speakerIndex;

    // The loaded list itself, not a copy: a 10,000-source project held its annotations twice while
    // opening (the list read from the file and a hash built from it, 130 MB each). Removal moves
    // the last record into the gap, so a record's slot changes; ids find it through the index.
    QList<AnnotationRecord> m_annotations;
    QHash<AnnotationId, qsizetype> m_annotationSlot;
    QHash<SourceId, QList<AnnotationId>> m_bySource;
    // Per speaker id, per AnnotationKind: the set's size is the count the Speakers panel shows.
    QHash<QString, std::array<QSet<AnnotationId>, 4>> m_bySpeaker;

    QHash<StanceId, StanceRecord> m_stances;
    QHash<SourceId, QList<StanceId>> m_stancesBySource;

    // Few per source (only what a person deleted), so a list searched in full is enough.
    QHash<SourceId, QList<RejectionRecord>> m_rejections;
};

} // namespace claimscope::core
