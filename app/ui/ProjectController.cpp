#include "ui/ProjectController.h"

#include "core/document/DocumentImporter.h"
#include "core/project/ImportBatch.h"
#include "core/project/ProjectFileChecks.h"
#include "core/project/SampleProject.h"
#include "ui/DesktopFilesPrompt.h"
#include "ui/ImportErrorDialog.h"
#include "ui/ImportProgressDialog.h"
#include "ui/PdfPasswordPrompt.h"
#include "ui/RecentFiles.h"
#include "ui/WarningMessage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSet>
#include <QTimer>

namespace claimscope::ui {
namespace {

// Sources added per turn of the event loop: each is one transaction of a few milliseconds, so the
// window repaints and Cancel answers between turns.
constexpr qsizetype kSourcesPerTurn = 8;

bool isPasswordRefusal(const core::ImportError &error)
{
    return error.reason() == core::ImportError::Reason::PasswordRequired ||
           error.reason() == core::ImportError::Reason::WrongPassword;
}

std::optional<core::Lexicon> builtInLexicon(QString *problem)
{
    core::LexiconResult lexicon = core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
    if (auto *error = std::get_if<core::LexiconError>(&lexicon)) {
        *problem = error->message();
        return std::nullopt;
    }
    return std::get<core::Lexicon>(std::move(lexicon));
}

// "file: why", for a source whose analysis failed.
QString analysisFailure(const core::ImportedSource &imported)
{
    const core::DocumentMetadata &metadata = imported.source.document.metadata;
    const QString name =
        metadata.filePath.isEmpty() ? metadata.title : QFileInfo(metadata.filePath).fileName();
    return name + QStringLiteral(": ") + imported.analysisError;
}

} // namespace

struct ProjectController::PendingImport {
    QList<core::ImportedSource> sources;
    QList<core::ImportError> failures;
    qsizetype next = 0;
    int added = 0;
    int duplicates = 0;
    core::SourceId firstAdded = 0;
    bool cancelled = false;
    QSet<QByteArray> checksums; // of the project's sources: the same text twice is one source
    QStringList unanalysed;     // "file: why", for the sources whose analysis failed
    // The project's sources without their analysis (one whose import was interrupted between its
    // two writes): importing the same text again gives them this import's analysis.
    QHash<QByteArray, core::SourceId> notAnalysed;
};

ProjectController::ProjectController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

ProjectController::~ProjectController()
{
    if (m_batch)
        m_batch->cancel();
}

bool ProjectController::isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(projectSuffix(), Qt::CaseInsensitive) == 0;
}

QString ProjectController::projectFilter() const
{
    return tr("Claimscope projects (*.%1)").arg(projectSuffix()) + QStringLiteral(";;") + tr("All files (*)");
}

void ProjectController::replaceSession(core::ProjectSession session)
{
    // The old project's panels let go of it before it is closed.
    emit projectChanged(nullptr);
    m_session = std::move(session);
    if (!m_session.filePath().isEmpty() && m_session.filePath() != core::userSampleProjectPath())
        RecentFiles().add(m_session.filePath());
    emit projectChanged(project());
    if (m_session.readOnlyBecause)
        showMessage(tr("The project is open read-only: you can read it, but changes cannot be saved."),
                    m_session.readOnlyBecause->message);
}

bool ProjectController::openProject(const QString &requested)
{
    if (isImporting()) {
        showMessage(tr("Wait for the import to finish before opening another project."));
        return false;
    }
    const QString path = QFileInfo(requested).absoluteFilePath();
    if (path == m_session.filePath() && project())
        return true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = core::openProjectSession(path);
    QApplication::restoreOverrideCursor();
    if (auto *error = std::get_if<core::ProjectError>(&opened)) {
        showError(*error);
        return false;
    }
    replaceSession(std::move(std::get<core::ProjectSession>(opened)));
    return true;
}

bool ProjectController::newProject(const QString &path)
{
    QString problem;
    const std::optional<core::Lexicon> lexicon = builtInLexicon(&problem);
    if (!lexicon) {
        showMessage(tr("The built-in lexicon could not be read."), problem);
        return false;
    }
    auto created = core::createProjectSession(QFileInfo(path).absoluteFilePath(), *lexicon);
    if (auto *error = std::get_if<core::ProjectError>(&created)) {
        showError(*error);
        return false;
    }
    replaceSession(std::move(std::get<core::ProjectSession>(created)));
    return true;
}

bool ProjectController::saveProjectAs(const QString &requested)
{
    if (!m_session.store)
        return false;
    const QString path = QFileInfo(requested).absoluteFilePath();
    // A file the user chose to replace stays until the copy is whole: the copy is made under a
    // hidden name beside it and renamed over it, so a full disk leaves the old file, not nothing.
    const bool replacing = QFileInfo::exists(path) && path != m_session.filePath();
    const QString copy = replacing ? QFileInfo(path).absolutePath() + QStringLiteral("/.") +
                                         QFileInfo(path).fileName() + QStringLiteral(".saving")
                                   : path;
    if (replacing)
        QFile::remove(copy); // a copy a killed Save As left
    if (auto error = m_session.store->saveCopyAs(copy)) {
        error->message.replace(QDir::toNativeSeparators(copy), QDir::toNativeSeparators(path));
        error->filePath = path;
        showError(*error);
        return false;
    }
    if (replacing && core::projectfile::replaceFile(copy, path)) {
        QFile::remove(copy);
        showMessage(tr("“%1” could not be replaced.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // Work goes on in the copy, as after Save As in any editor.
    return openProject(path);
}

bool ProjectController::openSampleProject()
{
    const QString path = core::userSampleProjectPath();
    if (!QFileInfo::exists(path)) {
        QString problem;
        const std::optional<core::Lexicon> lexicon = builtInLexicon(&problem);
        if (lexicon) {
            emit statusMessage(tr("Preparing the sample project…"));
            QApplication::setOverrideCursor(Qt::WaitCursor);
            problem = core::createSampleProject(path, *lexicon).value_or(QString());
            QApplication::restoreOverrideCursor();
            emit statusMessage(QString());
        }
        if (!problem.isEmpty()) {
            showMessage(tr("The sample project could not be created."), problem);
            return false;
        }
    }
    return openProject(path);
}

bool ProjectController::openStartupProject()
{
    const QStringList recent = RecentFiles().list();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
        auto opened = core::openProjectSession(recent.first());
        if (auto *session = std::get_if<core::ProjectSession>(&opened)) {
            replaceSession(std::move(*session));
            return true;
        }
        // The last project no longer opens: say why, and start on the sample rather than nothing.
        showError(std::get<core::ProjectError>(opened));
    }
    return openSampleProject();
}

void ProjectController::openPaths(const QStringList &paths, Ask ask)
{
    QStringList sources;
    QString projectPath;
    for (const QString &path : paths) {
        if (isProjectFile(path))
            projectPath = path;
        else
            sources.append(path);
    }
    if (!projectPath.isEmpty() && !openProject(projectPath))
        return;
    if (sources.isEmpty())
        return;
    const auto importThem = [this, sources] {
        // Sources need a project: the one a start would open.
        if (!project() && !openStartupProject())
            return;
        importSources(sources);
    };
    if (ask == Ask::No) {
        importThem();
        return;
    }
    QString name = project() ? project()->settings().name : QString();
    if (project() && name.isEmpty())
        name = QFileInfo(filePath()).completeBaseName();
    auto *prompt = new DesktopFilesPrompt(sources, name, m_window);
    connect(prompt, &DesktopFilesPrompt::importAccepted, this, importThem);
    prompt->show();
}

bool ProjectController::mayAddSources()
{
    if (!project())
        return false;
    if (isImporting()) {
        showMessage(tr("An import is already running; wait for it to finish."));
        return false;
    }
    if (project()->isReadOnly()) {
        showMessage(tr("This project is open read-only, so it cannot be changed."));
        return false;
    }
    return true;
}

void ProjectController::importSources(const QStringList &paths)
{
    if (!paths.isEmpty() && mayAddSources())
        startBatch(new core::ImportBatch(project()->lexicon(), paths, this), false);
}

void ProjectController::reanalyseSources()
{
    if (mayAddSources() && !project()->sources().isEmpty())
        startBatch(new core::ImportBatch(project()->lexicon(), project()->sources(), this), true);
}

void ProjectController::startBatch(core::ImportBatch *batch, bool reanalysis)
{
    m_batch = batch;
    m_reanalysing = reanalysis;
    m_progress = new ImportProgressDialog(m_batch, m_window);
    if (reanalysis)
        m_progress->setWindowTitle(tr("Re-analysing Sources"));
    connect(m_batch, &core::ImportBatch::finished, this, &ProjectController::addImported);
    m_batch->start();
}

void ProjectController::addImported(const core::ImportOutcome &outcome)
{
    m_pending = std::make_unique<PendingImport>();
    m_pending->sources = outcome.sources;
    m_pending->failures = outcome.failures;
    m_pending->cancelled = outcome.cancelled;
    for (const core::SourceRecord &source : project()->sources()) {
        m_pending->checksums.insert(source.checksum);
        if (!source.analysed)
            m_pending->notAnalysed.insert(source.checksum, source.id);
    }
    if (m_progress) {
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (m_pending)
                m_pending->cancelled = true;
        });
    }
    addNextImported();
}

void ProjectController::addNextImported()
{
    PendingImport &pending = *m_pending;
    const qsizetype end = std::min(pending.next + kSourcesPerTurn, pending.sources.size());
    for (; pending.next < end && !pending.cancelled && project(); ++pending.next) {
        // Moved out, so that each source's analysis is freed once the project holds its annotations:
        // kept to the end, a large import held every analysis beside the records made from it.
        core::ImportedSource imported = std::move(pending.sources[pending.next]);
        if (m_reanalysing) {
            // A source whose analysis failed this time keeps the annotations it had.
            if (!imported.source.analysed) {
                pending.unanalysed.append(analysisFailure(imported));
                continue;
            }
            if (!project()->reanalyseSource(imported.source.id, imported.analysis)) {
                pending.cancelled = true;
                break;
            }
            ++pending.added;
            continue;
        }
        if (pending.checksums.contains(imported.source.checksum)) {
            const core::SourceId unfinished = pending.notAnalysed.take(imported.source.checksum);
            if (unfinished == 0 || !imported.source.analysed) {
                ++pending.duplicates;
                continue;
            }
            if (!project()->reanalyseSource(unfinished, imported.analysis)) {
                pending.cancelled = true;
                break;
            }
            if (pending.added++ == 0)
                pending.firstAdded = unfinished;
            continue;
        }
        std::optional<core::DocumentAnalysis> analysis;
        if (imported.source.analysed)
            analysis = std::move(imported.analysis);
        const core::SourceId id = project()->addSource(imported.source.document, analysis);
        if (id == 0) {
            // writeFailed has told the user; the sources after it would fail the same way.
            pending.cancelled = true;
            break;
        }
        pending.checksums.insert(imported.source.checksum);
        if (!analysis)
            pending.unanalysed.append(analysisFailure(imported));
        if (pending.added++ == 0)
            pending.firstAdded = id;
    }
    if (m_progress && !pending.sources.isEmpty())
        m_progress->showSaving(pending.next, pending.sources.size());
    if (pending.next < pending.sources.size() && !pending.cancelled) {
        QTimer::singleShot(0, this, &ProjectController::addNextImported);
        return;
    }
    finishImport();
}

void ProjectController::finishImport()
{
    const std::unique_ptr<PendingImport> pending = std::move(m_pending);
    if (m_progress)
        m_progress->deleteLater();
    if (m_batch)
        m_batch->deleteLater();
    m_batch = nullptr;
    QList<core::ImportError> refusals;
    QList<core::ImportError> locked;
    for (const core::ImportError &failure : std::as_const(pending->failures))
        (isPasswordRefusal(failure) ? locked : refusals).append(failure);
    showImportErrors(m_window, refusals);
    // A helper that crashed or hung on a source must not pass for a source without findings.
    if (!pending->unanalysed.isEmpty()) {
        const int count = static_cast<int>(pending->unanalysed.size());
        showMessage(m_reanalysing
                        ? tr("%n source(s) could not be analysed again; they keep their earlier annotations.",
                             nullptr, count)
                        : tr("%n source(s) could not be analysed and were imported without annotations; "
                             "File → Analyse All Sources Again tries once more.",
                             nullptr, count),
                    pending->unanalysed.join(u'\n'));
    }
    // Asked once this import has ended, so that the files given a password can be imported anew.
    if (!locked.isEmpty() && !pending->cancelled)
        QTimer::singleShot(0, this, [this, locked] { askForPasswords(locked); });
    QStringList notes;
    if (m_reanalysing && pending->added > 0)
        notes.append(tr("%n source(s) analysed again; your own and edited annotations were kept.", nullptr,
                        pending->added));
    else if (pending->added > 0)
        notes.append(tr("%n source(s) imported.", nullptr, pending->added));
    if (pending->duplicates > 0)
        notes.append(tr("%n source(s) already in the project were skipped.", nullptr, pending->duplicates));
    if (pending->cancelled)
        notes.append(pending->added > 0 ? tr("The import was cancelled; the sources imported before stay.")
                                        : tr("The import was cancelled; nothing was added."));
    emit statusMessage(notes.join(u' '));
    if (m_reanalysing) {
        m_reanalysing = false;
        emit reanalysisFinished(pending->added);
        return;
    }
    emit importFinished(pending->added, pending->firstAdded);
}

void ProjectController::askForPasswords(const QList<core::ImportError> &refusals)
{
    m_passwordsToAsk = refusals;
    m_passwordsGiven.clear();
    askNextPassword();
}

void ProjectController::askNextPassword()
{
    if (m_passwordsToAsk.isEmpty()) {
        if (m_passwordsGiven.isEmpty() || !mayAddSources())
            return;
        auto *batch = new core::ImportBatch(project()->lexicon(), m_passwordsGiven.keys(), this);
        batch->setPasswords(std::exchange(m_passwordsGiven, {}));
        startBatch(batch, false);
        return;
    }
    const core::ImportError refusal = m_passwordsToAsk.takeFirst();
    auto *prompt = new PdfPasswordPrompt(
        refusal.filePath(), refusal.reason() == core::ImportError::Reason::WrongPassword, m_window);
    connect(
        prompt, &PdfPasswordPrompt::passwordGiven, this,
        [this](const QString &file, const QString &password) { m_passwordsGiven.insert(file, password); });
    // Accepted or not, the next file is asked about once this question is gone.
    connect(prompt, &QDialog::finished, this,
            [this] { QTimer::singleShot(0, this, &ProjectController::askNextPassword); });
    prompt->open();
}

void ProjectController::chooseProjectToOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), {}, projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void ProjectController::chooseNewProject()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Project"), {}, projectFilter());
    if (path.isEmpty())
        return;
    if (!isProjectFile(path))
        path += u'.' + projectSuffix();
    // The dialog has asked whether to replace an existing file; the store refuses to overwrite.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showMessage(tr("“%1” could not be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    newProject(path);
}

void ProjectController::chooseSaveAs()
{
    if (!project())
        return;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), {}, projectFilter());
    if (path.isEmpty())
        return;
    if (!isProjectFile(path))
        path += u'.' + projectSuffix();
    saveProjectAs(path);
}

void ProjectController::chooseSourcesToImport()
{
    const QString filter = tr("Sources (%1)").arg(core::importableFilePatterns().join(u' ')) +
                           QStringLiteral(";;") + tr("All files (*)");
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Import Sources"), {}, filter);
    importSources(files);
}

void ProjectController::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"));
    if (!folder.isEmpty())
        importSources({folder});
}

void ProjectController::showError(const core::ProjectError &error)
{
    showMessage(error.message, QDir::toNativeSeparators(error.filePath));
}

void ProjectController::showMessage(const QString &text, const QString &details)
{
    showWarning(m_window, QStringLiteral("projectMessage"), text, details);
}

} // namespace claimscope::ui
