#pragma once

#include "core/project/ProjectRecords.h"
#include "core/project/ProjectWriter.h"

#include <QHash>
#include <QUndoCommand>

#include <optional>

namespace claimscope::core {

class Project;

// A user's edit of a Project. Subclasses say how to apply and revert it through the Project's
// write-through primitives; a refused write makes the command obsolete, so QUndoStack drops it.
// Project::push runs the first apply itself, before the command reaches the stack.
class ProjectCommand : public QUndoCommand {
public:
    void redo() final;
    void undo() final;

protected:
    ProjectCommand(Project &project, const QString &text);

    virtual bool apply() = 0;
    virtual bool revert() = 0;

    // The Project's primitives (friendship is not inherited, so they are passed on from here).
    bool addAnnotation(AnnotationRecord &annotation);
    bool updateAnnotation(const AnnotationRecord &annotation);
    bool removeAnnotation(AnnotationId id);
    bool addStance(StanceRecord &stance);
    bool updateStance(const StanceRecord &stance);
    bool removeStance(StanceId id);
    bool saveSpeaker(const SpeakerRecord &speaker);
    bool removeSpeaker(const QString &id);
    bool writeBatch(const RecordBatch &batch);

    Project &m_project;

private:
    friend class Project;
    bool m_appliedByPush = false;
};

// An annotation added (no before), removed (no after) or changed (both).
class AnnotationCommand final : public ProjectCommand {
public:
    AnnotationCommand(Project &project, const QString &text, std::optional<AnnotationRecord> before,
                      std::optional<AnnotationRecord> after);
    AnnotationId annotationId() const { return m_after ? m_after->id : m_before->id; }

protected:
    bool apply() override { return change(m_before, m_after); }
    bool revert() override { return change(m_after, m_before); }

private:
    bool change(std::optional<AnnotationRecord> &from, std::optional<AnnotationRecord> &to);
    std::optional<AnnotationRecord> m_before;
    std::optional<AnnotationRecord> m_after;
};

// An automatic or edited annotation deleted, and the analyzer's finding it stands for rejected,
// in one write each way. A rejection with the same key that is already there (an earlier deletion
// of the same finding, which the undo stack will take back first) is left to that deletion.
class RejectAnnotationCommand final : public ProjectCommand {
public:
    RejectAnnotationCommand(Project &project, const QString &text, AnnotationRecord removed,
                            RejectionRecord rejection);

protected:
    bool apply() override;
    bool revert() override;

private:
    AnnotationRecord m_removed;
    RejectionRecord m_rejection;
    bool m_rejectionAdded = false; // by the last apply
};

// A stance added (no before) or changed.
class StanceCommand final : public ProjectCommand {
public:
    StanceCommand(Project &project, const QString &text, std::optional<StanceRecord> before,
                  StanceRecord after);

protected:
    bool apply() override;
    bool revert() override;

private:
    std::optional<StanceRecord> m_before;
    StanceRecord m_after;
};

// A speaker added (no before) or changed (renamed, aliases).
class SpeakerCommand final : public ProjectCommand {
public:
    SpeakerCommand(Project &project, const QString &text, std::optional<SpeakerRecord> before,
                   SpeakerRecord after);

protected:
    bool apply() override;
    bool revert() override;

private:
    std::optional<SpeakerRecord> m_before;
    SpeakerRecord m_after;
};

// Speaker `from` merged into `into`. What moves is looked up at each apply, so records that came
// with sources added since are moved too; revert puts back exactly what the last apply moved, and
// the stances it removed where both speakers had one in a source (stancesDroppedByMerge).
class MergeSpeakersCommand final : public ProjectCommand {
public:
    MergeSpeakersCommand(Project &project, const QString &text, QString from, QString into);

protected:
    bool apply() override;
    bool revert() override;

private:
    QString m_from;
    QString m_into;
    // State before the last apply.
    SpeakerRecord m_fromRecord;
    SpeakerRecord m_intoRecord;
    QList<AnnotationRecord> m_movedAnnotations;
    QList<StanceRecord> m_movedStances;
    QList<StanceRecord> m_droppedStances;
};

// `into` with `from`'s forms appended as aliases (each language, no duplicates).
Speaker mergedForms(const Speaker &into, const Speaker &from);

} // namespace claimscope::core
