#include "ui/InterchangeFlow.h"

#include "core/project/Project.h"
#include "ui/ProjectController.h"
#include "ui/WarningMessage.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace claimscope::ui {
namespace {

const QString kDirectoryKey = QStringLiteral("interchange/directory");

QString startDirectory()
{
    const QString directory = QSettings().value(kDirectoryKey).toString();
    if (!directory.isEmpty() && QFileInfo(directory).isDir())
        return directory;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QAction *makeAction(QObject *parent, const QString &objectName)
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    return action;
}

} // namespace

InterchangeFlow::InterchangeFlow(ProjectController *projects, QWidget *window)
    : QObject(window)
    , m_projects(projects)
    , m_window(window)
    , m_import(makeAction(this, QStringLiteral("actionImportQdpx")))
    , m_notes(makeAction(this, QStringLiteral("actionProjectNotes")))
{
    for (core::ExportFormat format : {core::ExportFormat::Qdpx, core::ExportFormat::Qdc,
                                      core::ExportFormat::Csv, core::ExportFormat::Json}) {
        QAction *action =
            makeAction(this, QStringLiteral("actionExport") + core::exportSuffix(format).toUpper());
        connect(action, &QAction::triggered, this, [this, format] { chooseExport(format); });
        m_exports.append({format, action});
    }
    connect(m_import, &QAction::triggered, this, &InterchangeFlow::chooseImport);
    connect(m_notes, &QAction::triggered, this, &InterchangeFlow::showNotes);
    connect(projects, &ProjectController::projectChanged, this, &InterchangeFlow::updateActions);
    retranslate();
    updateActions();
}

QMenu *InterchangeFlow::exportMenu(QAction *pdfAction)
{
    m_menu = new QMenu(m_window);
    m_menu->setObjectName(QStringLiteral("exportMenu"));
    m_menu->addAction(pdfAction);
    m_menu->addSeparator();
    for (const auto &[format, action] : std::as_const(m_exports))
        m_menu->addAction(action);
    retranslate();
    return m_menu;
}

QString InterchangeFlow::formatName(core::ExportFormat format) const
{
    switch (format) {
    case core::ExportFormat::Qdpx:
        return tr("REFI-QDA project");
    case core::ExportFormat::Qdc:
        return tr("REFI-QDA codebook");
    case core::ExportFormat::Csv:
        return tr("CSV table");
    case core::ExportFormat::Json:
        return tr("JSON");
    }
    return {};
}

QString InterchangeFlow::fileFilter(core::ExportFormat format) const
{
    return tr("%1 (*.%2)").arg(formatName(format), core::exportSuffix(format));
}

void InterchangeFlow::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("E&xport"));
    for (const auto &[format, action] : std::as_const(m_exports)) {
        switch (format) {
        case core::ExportFormat::Qdpx:
            action->setText(tr("REFI-QDA &Project (.qdpx)…"));
            action->setStatusTip(
                tr("Write the sources, annotations, speakers and notes for ATLAS.ti, MAXQDA, "
                   "NVivo or QualCoder"));
            break;
        case core::ExportFormat::Qdc:
            action->setText(tr("REFI-QDA &Codebook (.qdc)…"));
            action->setStatusTip(
                tr("Write the categories, with a code per speaker, for another QDA program"));
            break;
        case core::ExportFormat::Csv:
            action->setText(tr("&CSV Table…"));
            action->setStatusTip(tr("Write the quotes, claims, figures and stances as one table for "
                                    "spreadsheets, R or pandas"));
            break;
        case core::ExportFormat::Json:
            action->setText(tr("&JSON…"));
            action->setStatusTip(tr("Write the quotes, claims, figures and stances with their sources and "
                                    "speakers as JSON"));
            break;
        }
    }
    m_import->setText(tr("Import REFI-QDA Pro&ject…"));
    m_import->setStatusTip(tr("Make a new project from a .qdpx project of another QDA program"));
    m_notes->setText(tr("Project &Notes…"));
    m_notes->setStatusTip(tr("Show the project’s notes, among them what an imported project held that "
                             "has no other place here"));
}

void InterchangeFlow::updateActions()
{
    const core::Project *project = m_projects->project();
    for (const auto &[format, action] : std::as_const(m_exports))
        action->setEnabled(project != nullptr);
    m_notes->setEnabled(project != nullptr);
}

void InterchangeFlow::chooseExport(core::ExportFormat format)
{
    const core::Project *project = m_projects->project();
    if (!project)
        return;
    QString name = project->settings().name.trimmed();
    name.replace(u'/', u'-'); // a project name may hold characters a file name cannot
    if (name.isEmpty())
        name = QStringLiteral("claimscope");
    const QString suffix = core::exportSuffix(format);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export %1").arg(formatName(format)),
                                                QDir(startDirectory()).filePath(name + u'.' + suffix),
                                                fileFilter(format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    exportTo(format, path);
}

bool InterchangeFlow::exportTo(core::ExportFormat format, const QString &path)
{
    const core::Project *project = m_projects->project();
    if (!project)
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto problem = core::exportProject(project->contents(), format, path);
    QGuiApplication::restoreOverrideCursor();
    if (problem) {
        showWarning(m_window, QStringLiteral("interchangeMessage"), tr("The export was not written."),
                    *problem);
        return false;
    }
    emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void InterchangeFlow::chooseImport()
{
    const QString qdpx = QFileDialog::getOpenFileName(
        m_window, tr("Import REFI-QDA Project"), startDirectory(),
        tr("REFI-QDA projects (*.qdpx)") + QStringLiteral(";;") + tr("All files (*)"));
    if (qdpx.isEmpty())
        return;
    QSettings().setValue(kDirectoryKey, QFileInfo(qdpx).absolutePath());
    const QString suggested = QFileInfo(qdpx).dir().filePath(QFileInfo(qdpx).completeBaseName() + u'.' +
                                                             ProjectController::projectSuffix());
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("New Project from REFI-QDA"), suggested,
        tr("Claimscope projects (*.%1)").arg(ProjectController::projectSuffix()));
    if (path.isEmpty())
        return;
    if (!ProjectController::isProjectFile(path))
        path += u'.' + ProjectController::projectSuffix();
    // The dialog has asked whether to replace an existing file; the new project replaces it once
    // it is whole, unless it is a project open here or in another window.
    if (makeRoomFor(path))
        importTo(qdpx, path, true);
}

bool InterchangeFlow::makeRoomFor(const QString &path)
{
    // A project open here or in another window is never replaced: replacing it under its store
    // would lose it.
    if (!QFileInfo::exists(path))
        return true;
    const QString shown = QDir::toNativeSeparators(path);
    QLockFile lock(path + QStringLiteral(".lock"));
    const bool open =
        QFileInfo(path).canonicalFilePath() == QFileInfo(m_projects->filePath()).canonicalFilePath() ||
        !lock.tryLock(0);
    lock.unlock();
    if (open) {
        showWarning(m_window, QStringLiteral("interchangeMessage"),
                    tr("“%1” is open; choose another file for the new project.").arg(shown));
        return false;
    }
    return true;
}

bool InterchangeFlow::importTo(const QString &qdpx, const QString &projectPath, bool replace)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto imported = core::importQdpxAsProject(qdpx, projectPath, replace);
    QGuiApplication::restoreOverrideCursor();
    if (const auto *problem = std::get_if<QString>(&imported)) {
        showWarning(m_window, QStringLiteral("interchangeMessage"),
                    tr("The REFI-QDA project was not imported."), *problem);
        return false;
    }
    if (!m_projects->openProject(projectPath))
        return false;
    const core::RefiImportReport &report = std::get<core::RefiImportReport>(imported);
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("REFI-QDA Project Imported"),
                        tr("Imported: %1.").arg(core::importSummary(report)), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("qdpxImportReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    if (!report.keptAsNotes.isEmpty()) {
        box->setInformativeText(tr("What Claimscope has no place for is kept in View → Project Notes."));
        box->setDetailedText(report.keptAsNotes.join(u'\n'));
    }
    box->open();
    emit statusMessage(tr("Imported %1").arg(QDir::toNativeSeparators(qdpx)));
    return true;
}

void InterchangeFlow::showNotes()
{
    const core::Project *project = m_projects->project();
    if (!project)
        return;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("projectNotesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Project Notes"));
    auto *layout = new QVBoxLayout(dialog);
    const QString notes = project->settings().notes;
    if (notes.isEmpty()) {
        layout->addWidget(new QLabel(tr("This project has no notes."), dialog));
    } else {
        auto *text = new QPlainTextEdit(notes, dialog);
        text->setObjectName(QStringLiteral("projectNotesText"));
        text->setReadOnly(true);
        layout->addWidget(text);
        dialog->resize(640, 420);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->open();
}

} // namespace claimscope::ui
