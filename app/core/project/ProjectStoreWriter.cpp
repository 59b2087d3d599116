#include "core/project/ProjectStoreWriter.h"

#include "core/project/Project.h"

namespace claimscope::core {

// Declared in Project.h; here so that only users of a project file link the SQL store.
Project::Project(ProjectContents contents, ProjectStore *store, QObject *parent)
    : Project(std::move(contents), store ? std::make_unique<StoreWriter>(*store) : nullptr, parent)
{
    m_store = store;
}

StoreWriter::StoreWriter(ProjectStore &store)
    : m_store(store)
{
}

bool StoreWriter::isReadOnly() const
{
    return m_store.isReadOnly();
}

std::optional<ProjectError> StoreWriter::addSource(SourceRecord &source)
{
    return m_store.addSource(source);
}

std::optional<ProjectError> StoreWriter::replaceAutomatic(SourceId source, AnalysisRecords &records)
{
    return m_store.replaceAutomatic(source, records);
}

std::optional<ProjectError> StoreWriter::saveSpeaker(const SpeakerRecord &speaker)
{
    return m_store.saveSpeaker(speaker);
}

std::optional<ProjectError> StoreWriter::removeSpeaker(const QString &id)
{
    return m_store.removeSpeaker(id);
}

std::optional<ProjectError> StoreWriter::addAnnotation(AnnotationRecord &annotation)
{
    return m_store.addAnnotation(annotation);
}

std::optional<ProjectError> StoreWriter::updateAnnotation(const AnnotationRecord &annotation)
{
    return m_store.updateAnnotation(annotation);
}

std::optional<ProjectError> StoreWriter::removeAnnotation(AnnotationId id)
{
    return m_store.removeAnnotation(id);
}

std::optional<ProjectError> StoreWriter::addStance(StanceRecord &stance)
{
    return m_store.addStance(stance);
}

std::optional<ProjectError> StoreWriter::updateStance(const StanceRecord &stance)
{
    return m_store.updateStance(stance);
}

std::optional<ProjectError> StoreWriter::removeStance(StanceId id)
{
    return m_store.removeStance(id);
}

std::optional<ProjectError> StoreWriter::writeBatch(const RecordBatch &batch)
{
    return m_store.inOneTransaction([&]() -> std::optional<ProjectError> {
        for (const SpeakerRecord &speaker : batch.savedSpeakers) {
            if (auto error = m_store.saveSpeaker(speaker))
                return error;
        }
        for (AnnotationRecord annotation : batch.addedAnnotations) {
            if (auto error = m_store.addAnnotation(annotation))
                return error;
        }
        for (const AnnotationRecord &annotation : batch.updatedAnnotations) {
            if (auto error = m_store.updateAnnotation(annotation))
                return error;
        }
        for (AnnotationId id : batch.removedAnnotations) {
            if (auto error = m_store.removeAnnotation(id))
                return error;
        }
        for (StanceRecord stance : batch.addedStances) {
            if (auto error = m_store.addStance(stance))
                return error;
        }
        for (const StanceRecord &stance : batch.updatedStances) {
            if (auto error = m_store.updateStance(stance))
                return error;
        }
        for (StanceId id : batch.removedStances) {
            if (auto error = m_store.removeStance(id))
                return error;
        }
        for (const RejectionRecord &rejection : batch.addedRejections) {
            if (auto error = m_store.addRejection(rejection))
                return error;
        }
        for (const RejectionRecord &rejection : batch.removedRejections) {
            if (auto error = m_store.removeRejection(rejection))
                return error;
        }
        for (const QString &id : batch.removedSpeakers) {
            if (auto error = m_store.removeSpeaker(id))
                return error;
        }
        return std::nullopt;
    });
}

} // namespace claimscope::core
