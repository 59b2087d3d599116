#include "core/project/ProjectCommands.h"

#include "core/project/Project.h"

namespace claimscope::core {

ProjectCommand::ProjectCommand(Project &project, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
{
}

void ProjectCommand::redo()
{
    if (m_appliedByPush) {
        m_appliedByPush = false;
        return;
    }
    if (!apply())
        setObsolete(true);
}

void ProjectCommand::undo()
{
    if (!revert())
        setObsolete(true);
}

bool ProjectCommand::addAnnotation(AnnotationRecord &annotation)
{
    return m_project.writeAddAnnotation(annotation);
}

bool ProjectCommand::updateAnnotation(const AnnotationRecord &annotation)
{
    return m_project.writeUpdateAnnotation(annotation);
}

bool ProjectCommand::removeAnnotation(AnnotationId id)
{
    return m_project.writeRemoveAnnotation(id);
}

bool ProjectCommand::addStance(StanceRecord &stance)
{
    return m_project.writeAddStance(stance);
}

bool ProjectCommand::updateStance(const StanceRecord &stance)
{
    return m_project.writeUpdateStance(stance);
}

bool ProjectCommand::removeStance(StanceId id)
{
    return m_project.writeRemoveStance(id);
}

bool ProjectCommand::saveSpeaker(const SpeakerRecord &speaker)
{
    return m_project.writeSaveSpeaker(speaker);
}

bool ProjectCommand::removeSpeaker(const QString &id)
{
    return m_project.writeRemoveSpeaker(id);
}

bool ProjectCommand::writeBatch(const RecordBatch &batch)
{
    return m_project.writeBatch(batch);
}

AnnotationCommand::AnnotationCommand(Project &project, const QString &text,
                                     std::optional<AnnotationRecord> before,
                                     std::optional<AnnotationRecord> after)
    : ProjectCommand(project, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool AnnotationCommand::change(std::optional<AnnotationRecord> &from, std::optional<AnnotationRecord> &to)
{
    if (from && to)
        return updateAnnotation(*to);
    if (to)
        return addAnnotation(*to); // the first add fills in the id; later ones reuse it
    return from && removeAnnotation(from->id);
}

RejectAnnotationCommand::RejectAnnotationCommand(Project &project, const QString &text,
                                                 AnnotationRecord removed, RejectionRecord rejection)
    : ProjectCommand(project, text)
    , m_removed(std::move(removed))
    , m_rejection(std::move(rejection))
{
}

bool RejectAnnotationCommand::apply()
{
    RecordBatch batch;
    batch.removedAnnotations = {m_removed.id};
    const bool addRejection = !m_project.hasRejection(m_rejection);
    if (addRejection)
        batch.addedRejections = {m_rejection};
    if (!writeBatch(batch))
        return false;
    m_rejectionAdded = addRejection;
    return true;
}

bool RejectAnnotationCommand::revert()
{
    RecordBatch batch;
    batch.addedAnnotations = {m_removed};
    if (m_rejectionAdded)
        batch.removedRejections = {m_rejection};
    return writeBatch(batch);
}

StanceCommand::StanceCommand(Project &project, const QString &text, std::optional<StanceRecord> before,
                             StanceRecord after)
    : ProjectCommand(project, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool StanceCommand::apply()
{
    return m_before ? updateStance(m_after) : addStance(m_after);
}

bool StanceCommand::revert()
{
    return m_before ? updateStance(*m_before) : removeStance(m_after.id);
}

SpeakerCommand::SpeakerCommand(Project &project, const QString &text, std::optional<SpeakerRecord> before,
                               SpeakerRecord after)
    : ProjectCommand(project, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool SpeakerCommand::apply()
{
    return saveSpeaker(m_after);
}

bool SpeakerCommand::revert()
{
    return m_before ? saveSpeaker(*m_before) : removeSpeaker(m_after.speaker.id);
}

MergeSpeakersCommand::MergeSpeakersCommand(Project &project, const QString &text, QString from, QString into)
    : ProjectCommand(project, text)
    , m_from(std::move(from))
    , m_into(std::move(into))
{
}

bool MergeSpeakersCommand::apply()
{
    const SpeakerRecord *from = m_project.speaker(m_from);
    const SpeakerRecord *into = m_project.speaker(m_into);
    if (!from || !into)
        return false;
    m_fromRecord = *from;
    m_intoRecord = *into;
    m_movedAnnotations.clear();
    m_movedStances.clear();
    m_droppedStances.clear();

    RecordBatch batch;
    SpeakerRecord merged = m_intoRecord;
    merged.speaker = mergedForms(m_intoRecord.speaker, m_fromRecord.speaker);
    batch.savedSpeakers.append(merged);
    for (AnnotationId id : m_project.annotationsBy(m_from)) {
        const AnnotationRecord &annotation = *m_project.annotation(id);
        m_movedAnnotations.append(annotation);
        AnnotationRecord moved = annotation;
        moved.speaker = m_into;
        batch.updatedAnnotations.append(moved);
    }
    QList<StanceRecord> fromStances;
    QList<StanceRecord> intoStances;
    for (const SourceRecord &source : m_project.sources()) {
        for (StanceId id : m_project.stancesOf(source.id)) {
            const StanceRecord &stance = *m_project.stance(id);
            if (stance.speaker == m_from)
                fromStances.append(stance);
            else if (stance.speaker == m_into)
                intoStances.append(stance);
        }
    }
    const QList<StanceId> dropped = stancesDroppedByMerge(fromStances, intoStances);
    for (const StanceRecord &stance : std::as_const(intoStances)) {
        if (dropped.contains(stance.id))
            m_droppedStances.append(stance);
    }
    for (const StanceRecord &stance : std::as_const(fromStances)) {
        if (dropped.contains(stance.id)) {
            m_droppedStances.append(stance);
            continue;
        }
        m_movedStances.append(stance);
        StanceRecord moved = stance;
        moved.speaker = m_into;
        batch.updatedStances.append(moved);
    }
    for (const StanceRecord &stance : std::as_const(m_droppedStances))
        batch.removedStances.append(stance.id);
    batch.removedSpeakers.append(m_from);
    return writeBatch(batch);
}

bool MergeSpeakersCommand::revert()
{
    RecordBatch batch;
    batch.savedSpeakers = {m_fromRecord, m_intoRecord};
    batch.updatedAnnotations = m_movedAnnotations;
    batch.updatedStances = m_movedStances;
    batch.addedStances = m_droppedStances;
    return writeBatch(batch);
}

Speaker mergedForms(const Speaker &into, const Speaker &from)
{
    Speaker merged = into;
    const auto append = [](QStringList &forms, const QStringList &more) {
        for (const QString &form : more) {
            if (!forms.contains(form))
                forms.append(form);
        }
    };
    append(merged.formsEn, from.formsEn);
    append(merged.formsRu, from.formsRu);
    append(merged.formsTr, from.formsTr);
    return merged;
}

} // namespace claimscope::core
