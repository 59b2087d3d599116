#include "core/project/Project.h"

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

bool Project::writeBatch(const RecordBatch &batch)
{
    for (const AnnotationRecord &annotation : batch.updatedAnnotations) {
        if (!this->annotation(annotation.id))
            return false;
    }
    for (const StanceRecord &stance : batch.updatedStances) {
        if (!this->stance(stance.id))
            return false;
    }
    if (!accepted(m_writer->writeBatch(batch)))
        return false;

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
    QList<std::pair<AnnotationRecord, AnnotationRecord>> annotationChanges;
    QList<SourceId> sourcesTouched;
    for (const AnnotationRecord &annotation : batch.updatedAnnotations) {
        annotationChanges.append({*this->annotation(annotation.id), annotation});
        m_data.replaceAnnotation(annotation);
        if (!sourcesTouched.contains(annotation.source))
            sourcesTouched.append(annotation.source);
    }
    QList<SourceId> stanceSources;
    for (const StanceRecord &stance : batch.updatedStances) {
        m_data.replaceStance(stance);
        if (!stanceSources.contains(stance.source))
            stanceSources.append(stance.source);
    }
    for (const QString &id : batch.removedSpeakers)
        m_data.removeSpeaker(id);

    // Signals once memory is whole again, so that every slot sees the finished state.
    for (const QString &id : std::as_const(added))
        emit speakerAdded(id);
    for (const QString &id : std::as_const(changed))
        emit speakerChanged(id);
    for (const auto &[before, after] : std::as_const(annotationChanges))
        emit annotationChanged(before, after);
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
