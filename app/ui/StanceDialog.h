#pragma once

#include "core/project/ProjectRecords.h"

#include <QDialog>
#include <QPointer>
#include <QString>

class QAbstractButton;
class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace claimscope::core {
class Project;
}

namespace claimscope::ui {

// A speaker's stance in one source on the project's question: one of five scores from −2 to +2
// and a note, preloaded from the stance that counts now (Project::stanceFor). OK writes it with
// Project::setStance, an undoable edit; a refused write keeps the dialog open with what was typed
// (the window reports the write error).
//
// Meant to be shown with open(), never exec(), like SpeakerChooser.
class StanceDialog final : public QDialog {
    Q_OBJECT

public:
    StanceDialog(core::Project *project, core::SourceId source, const QString &speaker,
                 QWidget *parent = nullptr);

    int score() const;
    void setScore(int score); // −2 … +2
    QString note() const;
    void setNote(const QString &note);

    // The choice for `score` (−2 … +2), for keyboard users and tests.
    QAbstractButton *scoreButton(int score) const;
    QPlainTextEdit *noteEdit() const { return m_note; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<core::Project> m_project;
    core::SourceId m_source = 0;
    QString m_speaker;
    bool m_suggested = false; // the preloaded stance is the analyzer's
    QLabel *m_heading;
    QLabel *m_question;
    QGroupBox *m_scores;
    QButtonGroup *m_scoreGroup;
    QLabel *m_origin;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace claimscope::ui
