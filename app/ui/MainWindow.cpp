#include "ui/MainWindow.h"

#include "core/document/TextStatistics.h"
#include "core/highlight/HighlightService.h"
#include "core/project/LanguageNames.h"
#include "core/project/Project.h"
#include "core/project/SourceListModel.h"
#include "ui/AboutBox.h"
#include "ui/AnnotationEditor.h"
#include "ui/AnnotationsPanel.h"
#include "ui/AppActions.h"
#include "ui/ChartsPanel.h"
#include "ui/DocumentView.h"
#include "ui/FiguresPanel.h"
#include "ui/InterchangeFlow.h"
#include "ui/LanguageMenu.h"
#include "ui/PdfExportFlow.h"
#include "ui/ProjectController.h"
#include "ui/RecentFiles.h"
#include "ui/SpeakersPanel.h"
#include "ui/ThemeMenu.h"
#include "ui/WarningMessage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>

namespace claimscope::ui {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

} // namespace

MainWindow::MainWindow(core::Localization *localization, QWidget *parent)
    : QMainWindow(parent)
    , m_actions(std::make_unique<AppActions>(this))
    , m_projects(new ProjectController(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_pdfExport(new PdfExportFlow(this))
    , m_interchange(new InterchangeFlow(m_projects, this))
    , m_sources(new core::SourceListModel(this))
    , m_sortedSources(new QSortFilterProxyModel(this))
    , m_documentView(new DocumentView(this))
    , m_editor(new AnnotationEditor(m_documentView))
    , m_localization(localization)
    , m_highlighting(new core::HighlightService(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_sortedSources->setSourceModel(m_sources);
    m_sortedSources->setSortRole(core::SourceListModel::SortRole);
    m_sortedSources->setSortCaseSensitivity(Qt::CaseInsensitive);
    setCentralWidget(m_documentView);
    setAcceptDrops(true);

    createSourcesDock();
    createPanelDocks();
    createMenus();
    createStatusBar();
    connectActions();
    retranslate();
    resize(1400, 860);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The project goes first, while the actions its undo stack reports to still exist.
    disconnect(m_undoGroup, nullptr, this, nullptr);
    delete m_projects;
}

void MainWindow::createSourcesDock()
{
    m_sourceList = new QTreeView(this);
    m_sourceList->setObjectName(QStringLiteral("sourceList"));
    m_sourceList->setModel(m_sortedSources);
    m_sourceList->setRootIsDecorated(false);
    m_sourceList->setUniformRowHeights(true);
    m_sourceList->setAlternatingRowColors(true);
    // Several sources can be selected for the charts; the current one is the one shown.
    m_sourceList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sourceList->setSelectionBehavior(QAbstractItemView::SelectRows);
    // No sort indicator: sources stay in the order they were opened until the user sorts.
    m_sourceList->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_sourceList->setSortingEnabled(true);
    m_sourceList->header()->setStretchLastSection(false);
    m_sourceList->header()->setSectionResizeMode(core::SourceListModel::TitleColumn, QHeaderView::Stretch);
    for (int column = core::SourceListModel::OutletColumn; column < core::SourceListModel::ColumnCount;
         ++column)
        m_sourceList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_sourcesDock = new QDockWidget(this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_sourceList);
    addDockWidget(Qt::LeftDockWidgetArea, m_sourcesDock);
    resizeDocks({m_sourcesDock}, {480}, Qt::Horizontal);

    connect(m_sourceList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDocument(m_sortedSources->mapToSource(current).row());
            });
    connect(m_sourceList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::chartSelectedSources);
}

QList<core::SourceId> MainWindow::selectedSources() const
{
    QModelIndexList rows = m_sourceList->selectionModel()->selectedRows();
    // In the list's order (as sorted), not in the order they were clicked.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<core::SourceId> selected;
    for (const QModelIndex &index : std::as_const(rows))
        selected.append(m_sources->sourceId(m_sortedSources->mapToSource(index).row()));
    return selected;
}

void MainWindow::chartSelectedSources()
{
    const QList<core::SourceId> selected = selectedSources();
    m_chartsPanel->setSelectedSources(QSet<core::SourceId>(selected.cbegin(), selected.cend()));
}

void MainWindow::createPanelDocks()
{
    const auto dock = [this](const char *name, QWidget *panel, Qt::DockWidgetArea area) {
        auto *widget = new QDockWidget(this);
        widget->setObjectName(QLatin1StringView(name));
        widget->setWidget(panel);
        addDockWidget(area, widget);
        return widget;
    };
    m_speakersPanel = new SpeakersPanel(nullptr, this);
    m_annotationsPanel = new AnnotationsPanel(nullptr, this);
    m_figuresPanel = new FiguresPanel(nullptr, this);
    m_chartsPanel = new ChartsPanel(this);
    m_speakersDock = dock("speakersDock", m_speakersPanel, Qt::LeftDockWidgetArea);
    m_annotationsDock = dock("annotationsDock", m_annotationsPanel, Qt::BottomDockWidgetArea);
    m_figuresDock = dock("figuresDock", m_figuresPanel, Qt::BottomDockWidgetArea);
    m_chartsDock = dock("chartsDock", m_chartsPanel, Qt::BottomDockWidgetArea);
    // Sources above speakers on the left; quotes and figures share the bottom as tabs.
    splitDockWidget(m_sourcesDock, m_speakersDock, Qt::Vertical);
    tabifyDockWidget(m_annotationsDock, m_figuresDock);
    // The charts share the bottom too: a third column would leave the text too narrow on a
    // laptop's screen. Dragged out, the dock floats as a window of its own.
    tabifyDockWidget(m_figuresDock, m_chartsDock);
    m_annotationsDock->raise();
    resizeDocks({m_annotationsDock}, {240}, Qt::Vertical);

    connect(m_speakersPanel, &SpeakersPanel::speakerActivated, this, &MainWindow::showOnlySpeaker);
    connect(m_annotationsPanel, &AnnotationsPanel::passageActivated, this, &MainWindow::showPassage);
    connect(m_figuresPanel, &FiguresPanel::passageActivated, this, &MainWindow::showPassage);
    connect(m_chartsPanel, &ChartsPanel::passageActivated, this, &MainWindow::showPassage);
    connect(m_editor, &AnnotationEditor::speakerFilterRequested, this, &MainWindow::showOnlySpeaker);
    connect(m_editor, &AnnotationEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_documentView, &DocumentView::speakerFilterChanged, this, [this](const QString &speaker) {
        if (speaker.isEmpty()) {
            m_annotationsPanel->showSpeaker({});
            m_chartsPanel->setSpeakers({});
        }
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions->newProject);
    m_fileMenu->addAction(m_actions->open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_actions->saveAs);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->importSources);
    m_fileMenu->addAction(m_actions->importFolder);
    m_fileMenu->addAction(m_interchange->importAction());
    m_fileMenu->addAction(m_actions->reanalyse);
    m_fileMenu->addSeparator();
    m_fileMenu->addMenu(m_interchange->exportMenu(m_actions->exportPdf));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_actions->undo);
    m_editMenu->addAction(m_actions->redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions->copy);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions->find);
    m_editMenu->addAction(m_actions->findNext);
    m_editMenu->addAction(m_actions->findPrevious);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_editor->markQuoteAction());
    m_editMenu->addAction(m_editor->markClaimAction());
    m_editMenu->addAction(m_editor->markFigureAction());
    m_editMenu->addAction(m_editor->markMentionAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_editor->chooseSpeakerAction());
    m_editMenu->addAction(m_editor->clearSpeakerAction());
    m_editMenu->addAction(m_editor->setStanceAction());
    m_editMenu->addAction(m_editor->editNoteAction());
    m_editMenu->addAction(m_editor->deleteAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_sourcesDock->toggleViewAction());
    m_viewMenu->addAction(m_speakersDock->toggleViewAction());
    m_viewMenu->addAction(m_annotationsDock->toggleViewAction());
    m_viewMenu->addAction(m_figuresDock->toggleViewAction());
    m_viewMenu->addAction(m_chartsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_interchange->notesAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions->zoomIn);
    m_viewMenu->addAction(m_actions->zoomOut);
    m_viewMenu->addAction(m_actions->zoomReset);
    m_viewMenu->addSeparator();
    auto *themeMenu = new ThemeMenu(m_highlighting->client(), this);
    m_viewMenu->addMenu(themeMenu);
    connect(themeMenu, &ThemeMenu::themeChosen, this, &MainWindow::requestHighlighting);
    if (m_localization) {
        m_viewMenu->addSeparator();
        m_viewMenu->addMenu(new LanguageMenu(m_localization, this));
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_actions->about);
    m_helpMenu->addAction(m_actions->aboutQt);

    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
}

void MainWindow::createStatusBar()
{
    m_charactersLabel = new QLabel(this);
    m_wordsLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_charactersLabel->setObjectName(QStringLiteral("charactersLabel"));
    m_wordsLabel->setObjectName(QStringLiteral("wordsLabel"));
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    m_highlightStatusLabel = new QLabel(this);
    m_highlightStatusLabel->setObjectName(QStringLiteral("highlightStatusLabel"));
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    statusBar()->addWidget(m_highlightStatusLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_charactersLabel);
    statusBar()->addPermanentWidget(m_wordsLabel);
    statusBar()->addPermanentWidget(m_languageLabel);
}

void MainWindow::connectActions()
{
    connect(m_actions->newProject, &QAction::triggered, m_projects, &ProjectController::chooseNewProject);
    connect(m_actions->open, &QAction::triggered, m_projects, &ProjectController::chooseProjectToOpen);
    connect(m_actions->saveAs, &QAction::triggered, m_projects, &ProjectController::chooseSaveAs);
    connect(m_actions->importSources, &QAction::triggered, m_projects,
            &ProjectController::chooseSourcesToImport);
    connect(m_actions->importFolder, &QAction::triggered, m_projects,
            &ProjectController::chooseFolderToImport);
    connect(m_actions->reanalyse, &QAction::triggered, m_projects, &ProjectController::reanalyseSources);
    connect(m_actions->exportPdf, &QAction::triggered, this, [this] {
        if (const core::Project *open = project())
            m_pdfExport->run(*open, selectedSources());
    });
    connect(m_pdfExport, &PdfExportFlow::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_interchange, &InterchangeFlow::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_projects, &ProjectController::projectChanged, this, &MainWindow::setProject);
    connect(m_projects, &ProjectController::importFinished, this, &MainWindow::showImported);
    connect(m_projects, &ProjectController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // The undo group follows the open project's stack; the actions carry our own translated texts.
    connect(m_actions->undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_actions->redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_actions->undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_actions->redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this,
            [this](const QString &text) { m_actions->setUndoText(text); });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this,
            [this](const QString &text) { m_actions->setRedoText(text); });
    connect(m_actions->clearRecent, &QAction::triggered, this, [this] {
        RecentFiles().clear();
        rebuildRecentMenu();
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    // Fields with focus (the find bar) handle Ctrl+C themselves before this shortcut fires.
    connect(m_actions->copy, &QAction::triggered, m_documentView->textView(), &QPlainTextEdit::copy);
    m_actions->copy->setEnabled(false);
    connect(m_documentView->textView(), &QPlainTextEdit::copyAvailable, m_actions->copy,
            &QAction::setEnabled);
    connect(m_actions->find, &QAction::triggered, m_documentView, &DocumentView::showFindBar);
    connect(m_actions->findNext, &QAction::triggered, m_documentView, &DocumentView::findNext);
    connect(m_actions->findPrevious, &QAction::triggered, m_documentView, &DocumentView::findPrevious);
    connect(m_actions->zoomIn, &QAction::triggered, m_documentView, &DocumentView::zoomIn);
    connect(m_actions->zoomOut, &QAction::triggered, m_documentView, &DocumentView::zoomOut);
    connect(m_actions->zoomReset, &QAction::triggered, m_documentView, &DocumentView::resetZoom);
    connect(m_actions->about, &QAction::triggered, this, [this] { showAboutBox(this); });
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_documentView, &DocumentView::documentPainted, this, &MainWindow::documentPainted);
    connect(m_documentView, &DocumentView::documentPainted, this, &MainWindow::requestDueHighlighting,
            Qt::QueuedConnection);
    connect(m_highlighting, &core::HighlightService::highlighted, this, &MainWindow::showHighlights);
    connect(m_highlighting, &core::HighlightService::failed, this, &MainWindow::showHighlightingFailure);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles().list();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { m_projects->openProject(file); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_actions->clearRecent);
    m_actions->clearRecent->setEnabled(!files.isEmpty());
}

core::Project *MainWindow::project() const
{
    return m_projects->project();
}

void MainWindow::openSampleProject()
{
    m_projects->openSampleProject();
}

void MainWindow::openStartupProject()
{
    m_projects->openStartupProject();
}

void MainWindow::openFiles(const QStringList &filePaths)
{
    m_projects->openPaths(filePaths);
}

void MainWindow::receiveFiles(const QStringList &filePaths)
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    m_projects->openPaths(filePaths, ProjectController::Ask::BeforeImporting);
}

void MainWindow::setProject(core::Project *project)
{
    m_currentRow = -1;
    m_documentView->clear();
    m_documentView->setSpeakerFilter({});
    m_editor->setSource(0);
    m_editor->setProject(project);
    m_sources->setProject(project);
    m_speakersPanel->setProject(project);
    m_annotationsPanel->setProject(project);
    m_figuresPanel->setProject(project);
    m_chartsPanel->setProject(project);
    for (QUndoStack *stack : m_undoGroup->stacks())
        m_undoGroup->removeStack(stack);
    if (project) {
        m_undoGroup->addStack(project->undoStack());
        m_undoGroup->setActiveStack(project->undoStack());
        connect(project, &core::Project::annotationsChanged, this, [this](core::SourceId source) {
            if (source == currentSource())
                refreshMarks();
        });
        connect(project, &core::Project::speakersChanged, this, &MainWindow::refreshMarks);
        connect(project, &core::Project::writeFailed, this, &MainWindow::showWriteFailure);
        if (m_sources->rowCount() > 0)
            selectSource(0);
    }
    const bool writable = project && !project->isReadOnly();
    for (QAction *action : {m_actions->importSources, m_actions->importFolder, m_actions->reanalyse})
        action->setEnabled(writable);
    m_actions->saveAs->setEnabled(project != nullptr);
    m_actions->exportPdf->setEnabled(project && !project->sources().isEmpty());
    updateStatusBar();
    updateWindowTitle();
}

void MainWindow::showImported(int added, core::SourceId firstAdded)
{
    if (added > 0)
        selectSource(m_sources->rowOf(firstAdded));
}

void MainWindow::showWriteFailure(const core::ProjectError &error)
{
    showWarning(this, QStringLiteral("writeFailedMessage"),
                tr("The change was not saved, so it was not made."), error.message);
}

core::SourceId MainWindow::currentSource() const
{
    return m_sources->sourceId(m_currentRow);
}

void MainWindow::showPassage(core::SourceId source, const core::TextRange &range)
{
    const int row = m_sources->rowOf(source);
    if (row < 0)
        return;
    selectSource(row);
    m_documentView->selectRange(range);
    m_documentView->textView()->setFocus();
}

void MainWindow::showOnlySpeaker(const QString &speaker)
{
    const core::Project *open = project();
    const QString name = open && !speaker.isEmpty() ? open->speakerName(speaker) : QString();
    m_documentView->setSpeakerFilter(speaker, name);
    m_annotationsPanel->showSpeaker(speaker);
    m_chartsPanel->setSpeakers(speaker.isEmpty() ? QSet<QString>() : QSet<QString>{speaker});
    if (!speaker.isEmpty())
        m_speakersPanel->selectSpeaker(speaker);
}

void MainWindow::refreshMarks()
{
    const core::Project *open = project();
    if (!open || m_currentRow < 0)
        return;
    m_documentView->setAnnotationMarks(annotationMarks(*open, currentSource()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns, so that the drag source is not kept waiting by a dialog.
    QTimer::singleShot(0, this, [this, paths] { openFiles(paths); });
}

void MainWindow::selectSource(int row)
{
    const QModelIndex index = m_sortedSources->mapFromSource(m_sources->index(row, 0));
    m_sourceList->setCurrentIndex(index);
    showDocument(row);
}

void MainWindow::showDocument(int row)
{
    if (row == m_currentRow || row < 0 || row >= m_sources->rowCount())
        return;
    m_currentRow = row;
    m_documentView->setDocument(m_sources->document(row));
    m_editor->setSource(currentSource());
    refreshMarks();
    // Asked once the plain text is painted, so that the reader sees the text first and the colours a
    // moment later (starting the helper takes a few milliseconds); a hidden window asks soon anyway.
    m_highlightDue = true;
    QTimer::singleShot(250, this, &MainWindow::requestDueHighlighting);
    updateStatusBar();
    updateWindowTitle();
}

void MainWindow::requestDueHighlighting()
{
    if (!m_highlightDue)
        return;
    m_highlightDue = false;
    requestHighlighting();
}

void MainWindow::requestHighlighting()
{
    if (m_currentRow < 0)
        return;
    // Answers to earlier requests are ignored: only the latest document's spans are painted.
    m_highlightRequest = m_highlighting->highlightAsync(m_sources->document(m_currentRow).text,
                                                        ThemeMenu::currentTheme(palette()));
}

void MainWindow::showHighlights(quint64 request, const core::HighlightResult &result)
{
    if (request != m_highlightRequest)
        return;
    m_documentView->setHighlights(result);
    m_highlightError.clear();
    m_highlightStatusLabel->clear();
    emit highlightingFinished(true);
}

void MainWindow::showHighlightingFailure(quint64 request, const QString &error)
{
    if (request != m_highlightRequest)
        return;
    // The text stays readable, plain; the status bar says why it is plain.
    m_highlightError = error;
    m_highlightStatusLabel->setText(tr("Highlighting is unavailable: %1").arg(error));
    emit highlightingFinished(false);
}

void MainWindow::updateStatusBar()
{
    const bool readOnly = project() && project()->isReadOnly();
    m_readOnlyLabel->setText(readOnly ? tr("Read-only") : QString());
    m_readOnlyLabel->setToolTip(
        readOnly && m_projects->readOnlyBecause() ? m_projects->readOnlyBecause()->message : QString());
    if (m_currentRow < 0) {
        m_charactersLabel->clear();
        m_wordsLabel->clear();
        m_languageLabel->clear();
        return;
    }
    const core::Document &document = m_sources->document(m_currentRow);
    const core::TextStatistics stats = core::measureText(document.text);
    m_charactersLabel->setText(core::TextStatisticsLabels::characters(stats.characters));
    m_wordsLabel->setText(core::TextStatisticsLabels::words(stats.words));
    m_languageLabel->setText(core::LanguageNames::displayName(document.metadata.language));
}

void MainWindow::updateWindowTitle()
{
    const core::Project *open = project();
    QString title = open ? open->settings().name : QString();
    if (open && title.isEmpty())
        title = QFileInfo(m_projects->filePath()).completeBaseName();
    if (m_currentRow >= 0) {
        const QModelIndex index = m_sources->index(m_currentRow, core::SourceListModel::TitleColumn);
        title = index.data().toString() + (title.isEmpty() ? QString() : QStringLiteral(" — ") + title);
    }
    setWindowTitle(title.isEmpty() ? QStringLiteral("Claimscope") : title + QStringLiteral(" — Claimscope"));
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_interchange->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_sourcesDock->setWindowTitle(tr("Sources"));
    m_speakersDock->setWindowTitle(tr("Speakers"));
    // Not "&": dock tabs and the View menu read an ampersand as a keyboard mnemonic.
    m_annotationsDock->setWindowTitle(tr("Quotes and Claims"));
    m_figuresDock->setWindowTitle(tr("Figures"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    m_sources->retranslate();
    if (!m_highlightError.isEmpty())
        m_highlightStatusLabel->setText(tr("Highlighting is unavailable: %1").arg(m_highlightError));
    updateStatusBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

} // namespace claimscope::ui
