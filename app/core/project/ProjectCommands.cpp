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
    for (const SourceRecord &source : m_project.sources()) {
        for (StanceId id : m_project.stancesOf(source.id)) {
            const StanceRecord &stance = *m_project.stance(id);
            if (stance.speaker != m_from)
                continue;
            m_movedStances.append(stance);
            StanceRecord moved = stance;
            moved.speaker = m_into;
            batch.updatedStances.append(moved);
        }
    }
    batch.removedSpeakers.append(m_from);
    return writeBatch(batch);
}

bool MergeSpeakersCommand::revert()
{
    RecordBatch batch;
    batch.savedSpeakers = {m_fromRecord, m_intoRecord};
    batch.updatedAnnotations = m_movedAnnotations;
    batch.updatedStances = m_movedStances;
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
