#include "ui/AppActions.h"

#include <QIcon>

namespace claimscope::ui {
namespace {

QAction *makeAction(QObject *parent, const char *objectName, QKeySequence::StandardKey key,
                    const QString &iconName = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1StringView(objectName));
    if (key != QKeySequence::UnknownKey)
        action->setShortcuts(key);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    return action;
}

} // namespace

AppActions::AppActions(QObject *parent)
    : newProject(makeAction(parent, "actionNewProject", QKeySequence::New, QStringLiteral("document-new")))
    , open(makeAction(parent, "actionOpen", QKeySequence::Open, QStringLiteral("document-open")))
    , saveAs(makeAction(parent, "actionSaveAs", QKeySequence::SaveAs, QStringLiteral("document-save-as")))
    , importSources(makeAction(parent, "actionImportSources", QKeySequence::UnknownKey,
                               QStringLiteral("document-import")))
    , importFolder(
          makeAction(parent, "actionImportFolder", QKeySequence::UnknownKey, QStringLiteral("folder")))
    , reanalyse(
          makeAction(parent, "actionReanalyse", QKeySequence::UnknownKey, QStringLiteral("view-refresh")))
    , exportPdf(
          makeAction(parent, "actionExportPdf", QKeySequence::UnknownKey, QStringLiteral("document-export")))
    , clearRecent(makeAction(parent, "actionClearRecent", QKeySequence::UnknownKey))
    , quit(makeAction(parent, "actionQuit", QKeySequence::Quit, QStringLiteral("application-exit")))
    , undo(makeAction(parent, "actionUndo", QKeySequence::Undo, QStringLiteral("edit-undo")))
    , redo(makeAction(parent, "actionRedo", QKeySequence::Redo, QStringLiteral("edit-redo")))
    , copy(makeAction(parent, "actionCopy", QKeySequence::Copy, QStringLiteral("edit-copy")))
    , find(makeAction(parent, "actionFind", QKeySequence::Find, QStringLiteral("edit-find")))
    , findNext(makeAction(parent, "actionFindNext", QKeySequence::FindNext))
    , findPrevious(makeAction(parent, "actionFindPrevious", QKeySequence::FindPrevious))
    , zoomIn(makeAction(parent, "actionZoomIn", QKeySequence::ZoomIn, QStringLiteral("zoom-in")))
    , zoomOut(makeAction(parent, "actionZoomOut", QKeySequence::ZoomOut, QStringLiteral("zoom-out")))
    , zoomReset(
          makeAction(parent, "actionZoomReset", QKeySequence::UnknownKey, QStringLiteral("zoom-original")))
    , about(makeAction(parent, "actionAbout", QKeySequence::UnknownKey, QStringLiteral("help-about")))
    , aboutQt(makeAction(parent, "actionAboutQt", QKeySequence::UnknownKey))
{
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    importSources->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Ctrl+Shift+Z everywhere, as the issue asks, besides the platform's own keys (Ctrl+Y).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    undo->setEnabled(false);
    redo->setEnabled(false);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslate();
}

void AppActions::setUndoText(const QString &edit)
{
    m_undoEdit = edit;
    undo->setText(edit.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(edit));
}

void AppActions::setRedoText(const QString &edit)
{
    m_redoEdit = edit;
    redo->setText(edit.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(edit));
}

void AppActions::retranslate()
{
    newProject->setText(tr("&New Project…"));
    newProject->setStatusTip(tr("Create an empty project file"));
    open->setText(tr("&Open Project…"));
    open->setStatusTip(tr("Open a Claimscope project"));
    saveAs->setText(tr("Save Project &As…"));
    saveAs->setStatusTip(tr("Copy the project to a new file and go on working in the copy"));
    importSources->setText(tr("&Import Sources…"));
    importSources->setStatusTip(tr("Add text, Markdown or HTML files to the project and analyse them"));
    importFolder->setText(tr("Import &Folder…"));
    importFolder->setStatusTip(tr("Add every source file in a folder and its subfolders"));
    reanalyse->setText(tr("&Analyse All Sources Again"));
    reanalyse->setStatusTip(tr("Analyse every source with the project’s speakers and aliases; your own and "
                               "edited annotations stay"));
    exportPdf->setText(tr("Annotated &PDF…"));
    exportPdf->setStatusTip(
        tr("Write the sources as a PDF with their highlights, the speakers in the margin, the "
           "charts, an index and bookmarks"));
    setUndoText(m_undoEdit);
    setRedoText(m_redoEdit);
    clearRecent->setText(tr("&Clear Recent Files"));
    quit->setText(tr("&Quit"));
    copy->setText(tr("&Copy"));
    find->setText(tr("&Find…"));
    find->setStatusTip(tr("Search the text of the open source"));
    findNext->setText(tr("Find &Next"));
    findPrevious->setText(tr("Find Pre&vious"));
    zoomIn->setText(tr("Zoom &In"));
    zoomOut->setText(tr("Zoom &Out"));
    zoomReset->setText(tr("&Reset Zoom"));
    about->setText(tr("&About Claimscope"));
    aboutQt->setText(tr("About &Qt"));
}

} // namespace claimscope::ui
