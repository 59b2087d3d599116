#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QTreeView;

namespace claimscope::core {
class Project;
class SpeakersModel;
} // namespace claimscope::core

namespace claimscope::ui {

class EditableSpeakers;

// The Speakers dock: every speaker of the project with colour, role and counts, sortable by any
// column. Suggested speakers keep the model's italics and tooltip, and a note under the list says
// what the italics mean. Rename (inline, F2), Merge Into… and Add Alias… are undoable edits of the
// project, from the context menu or the keyboard while the list has focus.
class SpeakersPanel final : public QWidget {
    Q_OBJECT

public:
    explicit SpeakersPanel(core::Project *project = nullptr, QWidget *parent = nullptr);
    ~SpeakersPanel() override;

    // Shows `project` (null: nothing). The panel does not own it and may outlive it.
    void setProject(core::Project *project);
    core::Project *project() const;

    QTreeView *view() const { return m_view; }
    core::SpeakersModel *model() const { return m_model; }
    // The speaker of the current row, empty when none.
    QString currentSpeaker() const;
    // Makes `id`'s row current and visible (when the window filters by a speaker chosen elsewhere).
    void selectSpeaker(const QString &id);

    QAction *showOnlyAction() const { return m_showOnly; }
    QAction *renameAction() const { return m_rename; }
    QAction *mergeAction() const { return m_merge; }
    QAction *addAliasAction() const { return m_addAlias; }

signals:
    // Double-click, Enter or "Show Only This Speaker": the window filters the viewer by `id`.
    void speakerActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void activate(const QModelIndex &index);
    void rename();
    void chooseMergeTarget();
    void chooseAlias();
    void updateActions();
    void updateSuggestedNote();
    void fitColumns();
    void fitNameColumn();
    void retranslate();

    QPointer<core::Project> m_project;
    core::SpeakersModel *m_model = nullptr;
    EditableSpeakers *m_sorted;
    QTreeView *m_view;
    QLabel *m_suggestedNote;
    QAction *m_showOnly = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_addAlias = nullptr;
    bool m_fittingName = false;
    bool m_nameSizedByReader = false;
};

} // namespace claimscope::ui
