#pragma once

#include "core/project/ProjectStore.h"
#include "core/project/ProjectWriter.h"

namespace claimscope::core {

// A Project's changes written to its project file. The store must outlive the writer.
//
// This is the only place that calls the SQL store for a Project, and it is in a file of its own so
// that in-memory projects (tests, benchmarks) link without it.
class StoreWriter final : public ProjectWriter {
public:
    explicit StoreWriter(ProjectStore &store);

    bool isReadOnly() const override;
    std::optional<ProjectError> addSource(SourceRecord &source) override;
    std::optional<ProjectError> replaceAutomatic(SourceId source, AnalysisRecords &records) override;
    std::optional<ProjectError> saveSpeaker(const SpeakerRecord &speaker) override;
    std::optional<ProjectError> removeSpeaker(const QString &id) override;
    std::optional<ProjectError> addAnnotation(AnnotationRecord &annotation) override;
    std::optional<ProjectError> updateAnnotation(const AnnotationRecord &annotation) override;
    std::optional<ProjectError> removeAnnotation(AnnotationId id) override;
    std::optional<ProjectError> addStance(StanceRecord &stance) override;
    std::optional<ProjectError> updateStance(const StanceRecord &stance) override;
    std::optional<ProjectError> removeStance(StanceId id) override;
    std::optional<ProjectError> writeBatch(const RecordBatch &batch) override;

private:
    ProjectStore &m_store;
};

} // namespace claimscope::core
