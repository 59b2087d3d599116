#pragma once

#include "core/project/ProjectRecords.h"

#include <QKeySequence>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace claimscope::core {
class Project;
}

namespace claimscope::ui {

class DocumentView;
class SpeakerChooser;

// Manual annotation in the viewer: marks the selection as a quote, claim, figure or speaker
// mention, changes or clears the speaker of the annotation under the cursor, sets the stance of
// its speaker in this source with a note, edits its note, deletes it. Every action is an undoable
// edit of the project (Project's API); they are in the viewer's context menu and have shortcuts
// while the viewer has focus. Read-only projects get no edit actions.
//
// The keyboard actions act on the selection and on currentAnnotation(); the context menu's entries
// act on the annotation under the click, whatever the text cursor. The annotations under a
// position are found in the project itself, so that the editor does not depend on what the
// viewer paints (a speaker filter hides marks, not annotations). Dialogs are opened with open(),
// never exec(): the window stays live and tests reach them as the active modal widget.
class AnnotationEditor final : public QObject {
    Q_OBJECT

public:
    // Adds its actions to `view` and to the view's context menu (contextMenuAboutToShow).
    explicit AnnotationEditor(DocumentView *view);
    ~AnnotationEditor() override;

    // The project and the source the view shows (null / 0: nothing to edit).
    void setProject(core::Project *project);
    void setSource(core::SourceId source);
    core::SourceId source() const { return m_source; }

    // The annotation the keyboard actions apply to: the smallest one under the text cursor (or the
    // selection's start), 0 when none.
    core::AnnotationId currentAnnotation() const;

    QAction *markQuoteAction() const { return m_markQuote; }
    QAction *markClaimAction() const { return m_markClaim; }
    QAction *markFigureAction() const { return m_markFigure; }
    QAction *markMentionAction() const { return m_markMention; }
    QAction *chooseSpeakerAction() const { return m_chooseSpeaker; } // opens the speaker chooser
    QAction *clearSpeakerAction() const { return m_clearSpeaker; }
    QAction *setStanceAction() const { return m_setStance; }
    QAction *editNoteAction() const { return m_editNote; }
    QAction *deleteAction() const { return m_delete; }
    QAction *showOnlySpeakerAction() const { return m_showOnlySpeaker; }

signals:
    // "Show Only This Speaker" on an annotation: the window filters the viewer and the panels.
    void speakerFilterRequested(const QString &speaker);
    // Why an action did nothing (a selection that is not a figure), for the window's status bar;
    // the viewer also shows it as a tooltip by the selection.
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(const char *objectName, const QKeySequence &shortcut, std::function<void()> work);
    void retranslate();
    void updateActions();
    void extendContextMenu(QMenu *menu, qsizetype position);
    void addAnnotationEntries(QMenu *menu, const core::AnnotationRecord &annotation);
    QMenu *speakerMenu(QMenu *parent, const core::AnnotationRecord &annotation);

    // What the actions read.
    bool canEdit() const;
    const core::AnnotationRecord *record(core::AnnotationId id) const;
    core::TextRange markableSelection() const;
    // The smallest annotation over `position`; one whose range is exactly `exact` comes first (the
    // annotation just marked, even where a smaller one starts at the same place).
    core::AnnotationId annotationAt(qsizetype position, core::TextRange exact = {}) const;
    // The speakers with annotations in the current source, by name.
    QStringList speakersInSource() const;

    // The actions' work, on a given annotation.
    void mark(core::AnnotationKind kind);
    void markQuote() { mark(core::AnnotationKind::Quote); }
    void markClaim() { mark(core::AnnotationKind::Claim); }
    void markFigure();
    void markMention();
    void chooseSpeakerFor(core::AnnotationId id);
    void setSpeaker(core::AnnotationId id, const QString &speaker);
    void openStanceDialog(core::AnnotationId id);
    void openNoteDialog(core::AnnotationId id);
    void deleteAnnotation(core::AnnotationId id);
    void showOnlySpeakerOf(core::AnnotationId id);
    // Opens the chooser; on OK, `apply` gets the chosen speaker's id, one undo step with the new
    // speaker when the choice added one.
    SpeakerChooser *openChooser(const QString &undoText, std::function<void(const QString &)> apply);
    void select(core::TextRange range);
    void refuse(const QString &message);

    QPointer<DocumentView> m_view;
    QPointer<core::Project> m_project;
    core::SourceId m_source = 0;
    QAction *m_markQuote = nullptr;
    QAction *m_markClaim = nullptr;
    QAction *m_markFigure = nullptr;
    QAction *m_markMention = nullptr;
    QAction *m_chooseSpeaker = nullptr;
    QAction *m_clearSpeaker = nullptr;
    QAction *m_setStance = nullptr;
    QAction *m_editNote = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_showOnlySpeaker = nullptr;
};

} // namespace claimscope::ui
