#pragma once

#include "core/interchange/InterchangeFiles.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace claimscope::ui {

class ProjectController;

// File → Export's entries for other programs (REFI-QDA project and codebook, CSV, JSON), File →
// Import REFI-QDA Project, and View → Project Notes: their actions, file questions and outcomes (a
// status message when it worked, a warning saying why when not).
class InterchangeFlow final : public QObject {
    Q_OBJECT

public:
    InterchangeFlow(ProjectController *projects, QWidget *window);

    // The Export submenu: `pdfAction` first, then one entry per format.
    QMenu *exportMenu(QAction *pdfAction);
    QAction *importAction() const { return m_import; }
    QAction *notesAction() const { return m_notes; }
    void retranslate();
    // Enables what the open project allows.
    void updateActions();

    // The flows once a file is chosen, as the actions run them (tests call these).
    bool exportTo(core::ExportFormat format, const QString &path);
    // Reads `qdpx`, writes the new project at `projectPath` and opens it; the report names what was
    // kept as notes. A file at `projectPath` is refused, or with `replace` replaced, and only once
    // the new project is whole (a full disk leaves it as it was).
    bool importTo(const QString &qdpx, const QString &projectPath, bool replace = false);
    // Whether a new project may replace `path`: not when it is a project open in this or another
    // window (a warning says so).
    bool makeRoomFor(const QString &path);
    void showNotes();

signals:
    void statusMessage(const QString &message);

private:
    void chooseExport(core::ExportFormat format);
    void chooseImport();
    QString formatName(core::ExportFormat format) const;
    QString fileFilter(core::ExportFormat format) const;

    ProjectController *m_projects;
    QWidget *m_window;
    QPointer<QMenu> m_menu;
    QList<std::pair<core::ExportFormat, QAction *>> m_exports;
    QAction *m_import;
    QAction *m_notes;
};

} // namespace claimscope::ui
