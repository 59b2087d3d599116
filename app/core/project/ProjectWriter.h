#pragma once

#include "core/project/ProjectRecords.h"
#include "core/project/ProjectStore.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace claimscope::core {

// Rows that one user action changes together, to be written in one transaction: merging two
// speakers (a stance may go too), deleting an automatic annotation with the rejection of its
// finding, and the undo of each. Applied in this order: speakers saved (insert or replace);
// annotations added, updated, removed; stances added, updated, removed; rejections added,
// removed; speakers removed. Added annotations and stances carry their ids (an undo putting back
// what was removed), so nothing in a batch needs an id filled in.
struct RecordBatch {
    QList<SpeakerRecord> savedSpeakers;
    QList<AnnotationRecord> addedAnnotations;
    QList<AnnotationRecord> updatedAnnotations;
    QList<AnnotationId> removedAnnotations;
    QList<StanceRecord> addedStances;
    QList<StanceRecord> updatedStances;
    QList<StanceId> removedStances;
    QList<RejectionRecord> addedRejections;
    QList<RejectionRecord> removedRejections; // by key: source, kind, range
    QStringList removedSpeakers;
};

// Where a Project's changes go besides memory: a project file (StoreWriter), or nowhere
// (MemoryWriter). The Project changes its memory only after the writer has accepted a change, so
// memory and file never disagree. Every call is one write, all or nothing.
//
// Ids: add* fills in the record's id; a record that already carries an id (a redo re-adding what
// an undo removed) is written with that id, so that later commands still find it. Ids are never
// handed out twice, not even after the row is removed.
class ProjectWriter {
public:
    virtual ~ProjectWriter() = default;

    virtual bool isReadOnly() const = 0;

    virtual std::optional<ProjectError> addSource(SourceRecord &source) = 0;
    // The automatic annotations and stances of `source` are replaced by `records` (ids filled
    // in), manual and edited ones kept, new speakers added, and the source marked analysed.
    virtual std::optional<ProjectError> replaceAutomatic(SourceId source, AnalysisRecords &records) = 0;

    virtual std::optional<ProjectError> saveSpeaker(const SpeakerRecord &speaker) = 0;
    virtual std::optional<ProjectError> removeSpeaker(const QString &id) = 0;

    virtual std::optional<ProjectError> addAnnotation(AnnotationRecord &annotation) = 0;
    virtual std::optional<ProjectError> updateAnnotation(const AnnotationRecord &annotation) = 0;
    virtual std::optional<ProjectError> removeAnnotation(AnnotationId id) = 0;

    virtual std::optional<ProjectError> addStance(StanceRecord &stance) = 0;
    virtual std::optional<ProjectError> updateStance(const StanceRecord &stance) = 0;
    virtual std::optional<ProjectError> removeStance(StanceId id) = 0;

    virtual std::optional<ProjectError> writeBatch(const RecordBatch &batch) = 0;
};

// The writer of an in-memory project (tests, benchmarks, a window without a file): nothing is
// written and nothing fails; ids come from counters that start above the ids already loaded.
class MemoryWriter final : public ProjectWriter {
public:
    explicit MemoryWriter(const ProjectContents &loaded = {});

    bool isReadOnly() const override { return false; }
    std::optional<ProjectError> addSource(SourceRecord &source) override;
    std::optional<ProjectError> replaceAutomatic(SourceId source, AnalysisRecords &records) override;
    std::optional<ProjectError> saveSpeaker(const SpeakerRecord &) override { return std::nullopt; }
    std::optional<ProjectError> removeSpeaker(const QString &) override { return std::nullopt; }
    std::optional<ProjectError> addAnnotation(AnnotationRecord &annotation) override;
    std::optional<ProjectError> updateAnnotation(const AnnotationRecord &) override { return std::nullopt; }
    std::optional<ProjectError> removeAnnotation(AnnotationId) override { return std::nullopt; }
    std::optional<ProjectError> addStance(StanceRecord &stance) override;
    std::optional<ProjectError> updateStance(const StanceRecord &) override { return std::nullopt; }
    std::optional<ProjectError> removeStance(StanceId) override { return std::nullopt; }
    std::optional<ProjectError> writeBatch(const RecordBatch &) override { return std::nullopt; }

private:
    SourceId m_lastSource = 0;
    AnnotationId m_lastAnnotation = 0;
    StanceId m_lastStance = 0;
};

} // namespace claimscope::core
