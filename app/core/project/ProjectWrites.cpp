#include "core/project/Project.h"

#include <algorithm>

// The primitives behind Project's commands and imports, in a file of their own: each makes one
// write, then changes memory and signals only if the writer accepted it.

namespace claimscope::core {

bool Project::accepted(const std::optional<ProjectError> &error)
{
    if (!error)
        return true;
    emit writeFailed(*error);
    return false;
}

bool Project::writeAddAnnotation(AnnotationRecord &annotation)
{
    if (!source(annotation.source) || (annotation.id != 0 && this->annotation(annotation.id)))
        return false;
    if (!accepted(m_writer->addAnnotation(annotation)))
        return false;
    m_data.insertAnnotation(annotation);
    emit annotationAdded(annotation);
    emit annotationsChanged(annotation.source);
    return true;
}

bool Project::writeUpdateAnnotation(const AnnotationRecord &annotation)
{
    const AnnotationRecord *current = this->annotation(annotation.id);
    if (!current)
        return false;
    const AnnotationRecord before = *current;
    if (!accepted(m_writer->updateAnnotation(annotation)))
        return false;
    m_data.replaceAnnotation(annotation);
    emit annotationChanged(before, annotation);
    emit annotationsChanged(annotation.source);
    return true;
}

bool Project::writeRemoveAnnotation(AnnotationId id)
{
    const AnnotationRecord *current = annotation(id);
    if (!current)
        return false;
    const AnnotationRecord removed = *current;
    if (!accepted(m_writer->removeAnnotation(id)))
        return false;
    m_data.removeAnnotation(id);
    emit annotationRemoved(removed);
    emit annotationsChanged(removed.source);
    return true;
}

bool Project::writeAddStance(StanceRecord &stance)
{
    if (!source(stance.source) || (stance.id != 0 && this->stance(stance.id)))
        return false;
    if (!accepted(m_writer->addStance(stance)))
        return false;
    m_data.insertStance(stance);
    emit stancesChanged(stance.source);
    return true;
}

bool Project::writeUpdateStance(const StanceRecord &stance)
{
    if (!this->stance(stance.id))
        return false;
    if (!accepted(m_writer->updateStance(stance)))
        return false;
    m_data.replaceStance(stance);
    emit stancesChanged(stance.source);
    return true;
}

bool Project::writeRemoveStance(StanceId id)
{
    const StanceRecord *current = stance(id);
    if (!current)
        return false;
    const SourceId sourceId = current->source;
    if (!accepted(m_writer->removeStance(id)))
        return false;
    m_data.removeStance(id);
    emit stancesChanged(sourceId);
    return true;
}

bool Project::writeSaveSpeaker(const SpeakerRecord &record)
{
    if (!accepted(m_writer->saveSpeaker(record)))
        return false;
    const QString &id = record.speaker.id;
    if (speaker(id)) {
        m_data.replaceSpeaker(record);
        emit speakerChanged(id);
    } else {
        m_data.appendSpeaker(record);
        emit speakerAdded(id);
    }
    emit speakersChanged();
    return true;
}

bool Project::writeRemoveSpeaker(const QString &id)
{
    // The file would clear the speaker of its annotations and drop its stances; nothing the
    // commands do needs that, and memory would have to mirror it. A speaker still named is kept.
    if (!speaker(id) || !annotationsBy(id).isEmpty())
        return false;
    for (const SourceRecord &record : sources()) {
        for (StanceId stanceId : stancesOf(record.id)) {
            if (stance(stanceId)->speaker == id)
                return false;
        }
    }
    if (!accepted(m_writer->removeSpeaker(id)))
        return false;
    m_data.removeSpeaker(id);
    emit speakerRemoved(id);
    emit speakersChanged();
    return true;
}

// Whether memory holds what `batch` expects, so that a batch the file would refuse halfway (an
// unknown id, an id taken) is refused before it is written at all.
bool Project::batchFits(const RecordBatch &batch) const
{
    const auto newAnnotation = [this](const AnnotationRecord &a) {
        return a.id != 0 && !annotation(a.id) && source(a.source);
    };
    const auto newStance = [this](const StanceRecord &s) {
        return s.id != 0 && !stance(s.id) && source(s.source);
    };
    const auto knownAnnotation = [this](const AnnotationRecord &a) {
        return annotation(a.id) != nullptr;
    };
    const auto knownStance = [this](const StanceRecord &s) {
        return stance(s.id) != nullptr;
    };
    const auto newRejection = [this](const RejectionRecord &r) {
        return source(r.source) && !hasRejection(r);
    };
    const auto knownRejection = [this](const RejectionRecord &r) {
        return hasRejection(r);
    };
    return std::all_of(batch.addedAnnotations.cbegin(), batch.addedAnnotations.cend(), newAnnotation) &&
           std::all_of(batch.updatedAnnotations.cbegin(), batch.updatedAnnotations.cend(), knownAnnotation) &&
           std::all_of(batch.removedAnnotations.cbegin(), batch.removedAnnotations.cend(),
                       [this](AnnotationId id) { return annotation(id) != nullptr; }) &&
           std::all_of(batch.addedStances.cbegin(), batch.addedStances.cend(), newStance) &&
           std::all_of(batch.updatedStances.cbegin(), batch.updatedStances.cend(), knownStance) &&
           std::all_of(batch.removedStances.cbegin(), batch.removedStances.cend(),
                       [this](StanceId id) { return stance(id) != nullptr; }) &&
           std::all_of(batch.addedRejections.cbegin(), batch.addedRejections.cend(), newRejection) &&
           std::all_of(batch.removedRejections.cbegin(), batch.removedRejections.cend(), knownRejection);
}

bool Project::writeBatch(const RecordBatch &batch)
{
    if (!batchFits(batch))
        return false;
    if (!accepted(m_writer->writeBatch(batch)))
        return false;

    // Memory in the order the file applied the batch.
    QStringList added;
    QStringList changed;
    for (const SpeakerRecord &record : batch.savedSpeakers) {
        const QString &id = record.speaker.id;
        if (speaker(id)) {
            m_data.replaceSpeaker(record);
            changed.append(id);
        } else {
            m_data.appendSpeaker(record);
            added.append(id);
        }
    }
    QList<SourceId> sourcesTouched;
    const auto touch = [](QList<SourceId> &sources, SourceId id) {
        if (!sources.contains(id))
            sources.append(id);
    };
    for (const AnnotationRecord &annotation : batch.addedAnnotations) {
        m_data.insertAnnotation(annotation);
        touch(sourcesTouched, annotation.source);
    }
    QList<std::pair<AnnotationRecord, AnnotationRecord>> annotationChanges;
    for (const AnnotationRecord &annotation : batch.updatedAnnotations) {
        annotationChanges.append({*this->annotation(annotation.id), annotation});
        m_data.replaceAnnotation(annotation);
        touch(sourcesTouched, annotation.source);
    }
    QList<AnnotationRecord> removedAnnotations;
    for (AnnotationId id : batch.removedAnnotations) {
        removedAnnotations.append(*annotation(id));
        m_data.removeAnnotation(id);
        touch(sourcesTouched, removedAnnotations.constLast().source);
    }
    QList<SourceId> stanceSources;
    for (const StanceRecord &stance : batch.addedStances) {
        m_data.insertStance(stance);
        touch(stanceSources, stance.source);
    }
    for (const StanceRecord &stance : batch.updatedStances) {
        m_data.replaceStance(stance);
        touch(stanceSources, stance.source);
    }
    for (StanceId id : batch.removedStances) {
        touch(stanceSources, stance(id)->source);
        m_data.removeStance(id);
    }
    for (const RejectionRecord &rejection : batch.addedRejections)
        m_data.insertRejection(rejection);
    for (const RejectionRecord &rejection : batch.removedRejections)
        m_data.removeRejection(rejection);
    for (const QString &id : batch.removedSpeakers)
        m_data.removeSpeaker(id);

    // Signals once memory is whole again, so that every slot sees the finished state.
    for (const QString &id : std::as_const(added))
        emit speakerAdded(id);
    for (const QString &id : std::as_const(changed))
        emit speakerChanged(id);
    for (const AnnotationRecord &annotation : batch.addedAnnotations)
        emit annotationAdded(annotation);
    for (const auto &[before, after] : std::as_const(annotationChanges))
        emit annotationChanged(before, after);
    for (const AnnotationRecord &annotation : std::as_const(removedAnnotations))
        emit annotationRemoved(annotation);
    for (const QString &id : batch.removedSpeakers)
        emit speakerRemoved(id);
    if (!batch.savedSpeakers.isEmpty() || !batch.removedSpeakers.isEmpty())
        emit speakersChanged();
    for (SourceId id : std::as_const(sourcesTouched))
        emit annotationsChanged(id);
    for (SourceId id : std::as_const(stanceSources))
        emit stancesChanged(id);
    return true;
}

} // namespace claimscope::core
