#pragma once

#include "core/analysis/Annotations.h"
#include "core/highlight/Lexicon.h"
#include "core/project/ProjectData.h"
#include "core/project/ProjectRecords.h"
#include "core/project/ProjectStore.h"
#include "core/project/ProjectWriter.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace claimscope::core {

class ProjectCommand;

// The open project: its records in memory with fast lookups, the undo stack of the user's edits,
// and the file they are written to (or none: an in-memory project).
//
// Every user edit is a command on undoStack(); its redo and undo each write through the writer in
// one call before memory changes, so a refused write (full disk, read-only file) leaves memory as
// it was and emits writeFailed(): memory and file never disagree. A refused edit is not put on the
// stack, and a refused undo or redo takes its command off the stack (its effect stays, as in the
// file). Adding and re-analysing sources are not undoable.
//
// Edits return false when refused: invalid arguments (unknown ids, an empty range, a score
// outside −2…+2) or a refused write. An edit that would change nothing returns true and pushes no
// command.
class Project final : public QObject {
    Q_OBJECT

public:
    // An empty project in memory.
    explicit Project(QObject *parent = nullptr);
    // `contents` as loaded; changes go to `writer` (null: in memory).
    Project(ProjectContents contents, std::unique_ptr<ProjectWriter> writer, QObject *parent = nullptr);
    // Changes are written to `store` (null: in memory), which must outlive the project. Defined in
    // ProjectStoreWriter.cpp, so that in-memory users do not link the SQL store.
    Project(ProjectContents contents, ProjectStore *store, QObject *parent = nullptr);
    ~Project() override;

    // The file's store when the project has one.
    ProjectStore *store() const { return m_store; }
    bool isReadOnly() const { return m_writer->isReadOnly(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Reading.
    const ProjectSettings &settings() const { return m_data.settings(); }
    const QList<SourceRecord> &sources() const { return m_data.sources(); }
    const SourceRecord *source(SourceId id) const { return m_data.source(id); }
    // The file a source was imported from, when the project keeps it (PDF sources): read from the
    // project file when asked, as it is not held in memory. Empty when there is none; nothing when
    // it cannot be read.
    std::optional<QByteArray> originalFile(SourceId id) const;
    qsizetype sourceIndex(SourceId id) const { return m_data.sourceIndex(id); }
    QString sourceTitle(SourceId id) const;
    const QList<SpeakerRecord> &speakers() const { return m_data.speakers(); }
    const SpeakerRecord *speaker(const QString &id) const { return m_data.speaker(id); }
    qsizetype speakerIndex(const QString &id) const { return m_data.speakerIndex(id); }
    // The display name, or the id itself for a speaker the project does not know.
    QString speakerName(const QString &id) const;
    qsizetype annotationCount() const { return m_data.annotationCount(); }
    const AnnotationRecord *annotation(AnnotationId id) const { return m_data.annotation(id); }
    // A source's annotations in text order (start, then id).
    QList<AnnotationId> annotationsOf(SourceId source) const { return m_data.annotationsOf(source); }
    QList<AnnotationId> annotationsBy(const QString &speaker) const { return m_data.annotationsBy(speaker); }
    int annotationCount(const QString &speaker, AnnotationKind kind) const
    {
        return m_data.count(speaker, kind);
    }
    // The passage an annotation marks (empty when its range is outside the text).
    QStringView annotationText(const AnnotationRecord &annotation) const;
    const StanceRecord *stance(StanceId id) const { return m_data.stance(id); }
    QList<StanceId> stancesOf(SourceId source) const { return m_data.stancesOf(source); }
    // The stance that counts for (source, speaker): a person's over the analyzer's.
    const StanceRecord *stanceFor(SourceId source, const QString &speaker) const;
    // The analyzer's findings in `source` that a person deleted (see RejectionRecord).
    QList<RejectionRecord> rejectionsOf(SourceId source) const { return m_data.rejectionsOf(source); }
    // Whether a rejection with the same source, kind and range is there.
    bool hasRejection(const RejectionRecord &rejection) const { return m_data.hasRejection(rejection); }
    // The speakers with their forms (aliases) and the cues, for the highlighter and the analyzer.
    Lexicon lexicon() const;
    // Everything, as a store would load it.
    ProjectContents contents() const { return m_data.contents(); }

    // Undoable edits of annotations. addAnnotation takes kind, source, range and the fields of
    // the kind; it becomes a manual annotation. It returns the new id, 0 when refused.
    AnnotationId addAnnotation(AnnotationRecord annotation);
    // Takes kind, speaker, cue, claim source, figure and note from `changed` (by id); an
    // automatic annotation becomes edited, so re-analysis keeps it.
    bool editAnnotation(const AnnotationRecord &changed);
    bool setAnnotationKind(AnnotationId id, AnnotationKind kind);
    bool setAnnotationSpeaker(AnnotationId id, const QString &speaker); // empty clears
    bool clearAnnotationSpeaker(AnnotationId id) { return setAnnotationSpeaker(id, {}); }
    bool setAnnotationCue(AnnotationId id, const QString &cue);
    bool setAnnotationFigure(AnnotationId id, const FigureFields &figure);
    bool setAnnotationNote(AnnotationId id, const QString &note);
    // Deleting an automatic or edited annotation also rejects the analyzer's finding it is (or was
    // edited from), in the same write, so that re-analysis does not add it again; undo takes the
    // rejection back with the annotation. A manual annotation is simply deleted: re-analysis never
    // adds a person's work.
    bool removeAnnotation(AnnotationId id);

    // Undoable: the score (−2…+2) and note of the stance that counts for (source, speaker); a new
    // manual stance on the project's question when there is none.
    bool setStance(SourceId source, const QString &speaker, int score, const QString &note);

    // Undoable edits of speakers. addSpeaker returns the new speaker's id, empty when refused.
    QString addSpeaker(const QString &name, const QString &role = {});
    bool renameSpeaker(const QString &id, const QString &name);
    // Every annotation and stance of `from` moves to `into`, `from`'s forms become aliases of
    // `into`, and `from` is removed; undo restores both and every moved record. Where both had a
    // stance in one source, the merged person keeps one: a person's (manual or edited) over the
    // analyzer's, and `into`'s when both are a person's or both the analyzer's; the other is
    // removed, and undo puts it back (stancesDroppedByMerge).
    bool mergeSpeakers(const QString &from, const QString &into);
    bool addAlias(const QString &speaker, FormLanguage language, const QString &form);
    bool removeAlias(const QString &speaker, FormLanguage language, const QString &form);

    // Not undoable. A source with its analysis when given; the source's id, 0 when refused. When
    // the source is stored but its analysis is refused, it stays, not analysed.
    SourceId addSource(const Document &document,
                       const std::optional<DocumentAnalysis> &analysis = std::nullopt);
    // Replaces the source's automatic annotations and stances; manual and edited ones stay, and
    // an automatic one where a person's annotation already is (same range), or that a person
    // deleted before (a rejection), is not added again.
    // Clears the undo stack when automatic records were replaced, since its commands may name them.
    bool reanalyseSource(SourceId source, const DocumentAnalysis &analysis);
    // Speakers the project does not know yet (a lexicon's, for a new project), in one write.
    bool addSpeakers(const QList<SpeakerRecord> &speakers);

signals:
    void sourceAdded(SourceId id); // appended at the end of sources()
    void sourcesChanged();
    // Added speakers go at the end, as in the file (a speaker put back by an undo too).
    void speakerAdded(const QString &id);
    void speakerChanged(const QString &id);
    void speakerRemoved(const QString &id);
    void speakersChanged(); // after any of the three above
    // One annotation at a time (user edits).
    void annotationAdded(const AnnotationRecord &annotation);
    void annotationChanged(const AnnotationRecord &before, const AnnotationRecord &after);
    void annotationRemoved(const AnnotationRecord &annotation);
    // Many of one source at once (added with the source, re-analysis), with no signal per record.
    void annotationsReplaced(SourceId source);
    // After any change to a source's annotations, of either kind above.
    void annotationsChanged(SourceId source);
    void stancesChanged(SourceId source);
    // A write was refused; nothing changed.
    void writeFailed(const ProjectError &error);

private:
    friend class ProjectCommand;

    // Pushes `command` after running its first redo here: a refused edit leaves the stack alone
    // (QUndoStack::push would drop the redo history even for a command that failed).
    bool push(std::unique_ptr<ProjectCommand> command);
    bool changeAnnotation(AnnotationId id, const QString &text,
                          const std::function<void(AnnotationRecord &)> &change);
    bool changeSpeaker(const QString &id, const QString &text, const std::function<void(Speaker &)> &change);
    QDateTime now() const;
    QString nextColour() const;

    // Primitives of the commands: one write, then memory, then signals.
    bool writeAddAnnotation(AnnotationRecord &annotation);
    bool writeUpdateAnnotation(const AnnotationRecord &annotation);
    bool writeRemoveAnnotation(AnnotationId id);
    bool writeAddStance(StanceRecord &stance);
    bool writeUpdateStance(const StanceRecord &stance);
    bool writeRemoveStance(StanceId id);
    bool writeSaveSpeaker(const SpeakerRecord &speaker);
    bool writeRemoveSpeaker(const QString &id);
    bool writeBatch(const RecordBatch &batch);
    bool batchFits(const RecordBatch &batch) const;
    bool accepted(const std::optional<ProjectError> &error);

    ProjectData m_data;
    std::unique_ptr<ProjectWriter> m_writer;
    ProjectStore *m_store = nullptr;
    QUndoStack m_undoStack;
};

} // namespace claimscope::core
