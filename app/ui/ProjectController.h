#pragma once

#include "core/project/ImportBatch.h"
#include "core/project/ProjectSession.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace claimscope::core {
class ImportBatch;
struct ImportOutcome;
} // namespace claimscope::core

namespace claimscope::ui {

class ImportProgressDialog;

// The window's project file and everything done to it as a file: new, open, save a copy, the
// user's sample, and importing sources (read and analysed off the UI thread, then added). Every
// refusal is told in a window-modal message that does not block; the project open before a failed
// open stays open.
class ProjectController final : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialogs and messages.
    explicit ProjectController(QWidget *window);
    ~ProjectController() override;

    core::Project *project() const { return m_session.project.get(); }
    QString filePath() const { return m_session.filePath(); }
    bool isReadOnly() const { return !project() || project()->isReadOnly(); }
    // Why the project is read-only when read-write was asked (another window, the medium).
    const std::optional<core::ProjectError> &readOnlyBecause() const { return m_session.readOnlyBecause; }
    bool isImporting() const { return m_batch != nullptr; }

    // Each returns false, after telling the user why, when it did not happen.
    bool openProject(const QString &path);
    bool newProject(const QString &path);
    bool saveProjectAs(const QString &path);
    // The user's copy of the sample project, made from the built-in sample on first use.
    bool openSampleProject();
    // The project opened last, if it still opens; otherwise the sample.
    bool openStartupProject();
    // Files and folders (searched recursively) into the open project; returns at once, the import
    // goes on with a progress dialog and ends with importFinished().
    void importSources(const QStringList &paths);
    bool isReanalysing() const { return isImporting() && m_reanalysing; }
    // Every source analysed again with the project's lexicon (after speakers or aliases changed):
    // automatic annotations are replaced, the user's own and edited ones stay. Returns at once.
    void reanalyseSources();
    // Projects among `paths` are opened (the last one wins), the other files imported; with
    // `ask`, only once the user agrees (files handed over from the desktop, DesktopFilesPrompt).
    enum class Ask { No, BeforeImporting };
    void openPaths(const QStringList &paths, Ask ask = Ask::No);

    // The same with a file dialog first.
    void chooseProjectToOpen();
    void chooseNewProject();
    void chooseSaveAs();
    void chooseSourcesToImport();
    void chooseFolderToImport();

    static QString projectSuffix() { return QStringLiteral("claimscope"); }
    static bool isProjectFile(const QString &path);

signals:
    // Another project is open (the previous one is closed); null when none.
    void projectChanged(core::Project *project);
    // An import ended: `added` sources are in the project (the first of them `firstAdded`).
    void importFinished(int added, core::SourceId firstAdded);
    // A re-analysis ended: `analysed` sources have their new automatic annotations.
    void reanalysisFinished(int analysed);
    // A line for the status bar.
    void statusMessage(const QString &message);

private:
    void replaceSession(core::ProjectSession session);
    bool mayAddSources();
    void startBatch(core::ImportBatch *batch, bool reanalysis);
    void addImported(const core::ImportOutcome &outcome);
    void addNextImported();
    void finishImport();
    // Encrypted PDFs an import refused: their passwords are asked one file at a time, then the
    // files given one are imported again with them.
    void askForPasswords(const QList<core::ImportError> &refusals);
    void askNextPassword();
    void showError(const core::ProjectError &error);
    void showMessage(const QString &text, const QString &details = {});
    QString projectFilter() const;

    QWidget *m_window;
    core::ProjectSession m_session;
    QPointer<core::ImportBatch> m_batch;
    QPointer<ImportProgressDialog> m_progress;
    bool m_reanalysing = false;
    // Sources read and analysed, being added a few at a time so that the window stays live.
    struct PendingImport;
    std::unique_ptr<PendingImport> m_pending;
    QList<core::ImportError> m_passwordsToAsk;
    QHash<QString, QString> m_passwordsGiven; // by file, until the import that uses them starts
};

} // namespace claimscope::ui
