#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace claimscope::core {
class Project;
}

namespace claimscope::ui {

// Picks a speaker of the project, or names a new one: a filter line over the project's speakers
// (colour, name, role) and, when the typed name is nobody's, a "New speaker “…”" row. Enter picks
// the current row; Up and Down move through the list without leaving the filter.
//
// Meant to be shown with open(), never exec(): the window stays live behind it and tests reach it
// as the active modal widget. Read the choice when accepted() is emitted; takeChoice() adds a new
// speaker to the project at that moment, so the caller can group it with its own edit.
class SpeakerChooser final : public QDialog {
    Q_OBJECT

public:
    explicit SpeakerChooser(core::Project *project, QWidget *parent = nullptr);

    // Makes `id` the current row (the annotation's speaker, or one the selection names).
    void setCurrentSpeaker(const QString &id);
    // Puts `name` in the filter and makes the new speaker of that name the current row.
    void proposeNewSpeaker(const QString &name);

    // The current row: a speaker's id, or empty for the new speaker (see newSpeakerName()).
    QString chosenSpeaker() const;
    bool choosesNewSpeaker() const;
    QString newSpeakerName() const;
    // The chosen speaker's id; a new speaker is added to the project first (an undoable edit).
    // Empty when nothing is chosen or the project refused the new speaker.
    QString takeChoice();

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *speakerList() const { return m_list; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void updateOk();
    QTreeWidgetItem *itemOf(const QString &id) const;
    QTreeWidgetItem *newSpeakerItem() const;

    QPointer<core::Project> m_project;
    QLabel *m_prompt;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace claimscope::ui
