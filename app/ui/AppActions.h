#pragma once

#include <QAction>
#include <QCoreApplication>

namespace claimscope::ui {

// Every action of the main window, created and named in one place so that menus, shortcuts and
// translations cannot drift apart.
class AppActions final {
    Q_DECLARE_TR_FUNCTIONS(AppActions)

public:
    explicit AppActions(QObject *parent);

    // Texts, tooltips and status tips in the current interface language.
    void retranslate();
    // Undo and Redo name the edit they would undo or redo ("Undo Set Speaker"); empty: none.
    void setUndoText(const QString &edit);
    void setRedoText(const QString &edit);

    QAction *newProject;
    QAction *open;
    QAction *saveAs;
    QAction *importSources;
    QAction *importFolder;
    QAction *reanalyse;
    QAction *exportPdf;
    QAction *clearRecent;
    QAction *quit;
    QAction *undo;
    QAction *redo;
    QAction *copy;
    QAction *find;
    QAction *findNext;
    QAction *findPrevious;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *about;
    QAction *aboutQt;

private:
    QString m_undoEdit;
    QString m_redoEdit;
};

} // namespace claimscope::ui
