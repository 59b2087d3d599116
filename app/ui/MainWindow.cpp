#include "ui/MainWindow.h"

#include "core/document/DocumentImporter.h"
#include "core/document/TextStatistics.h"
#include "core/highlight/HighlightService.h"
#include "core/project/LanguageNames.h"
#include "core/project/SourceListModel.h"
#include "core/project/SourceManifest.h"
#include "ui/AboutBox.h"
#include "ui/AppActions.h"
#include "ui/DocumentView.h"
#include "ui/ImportErrorDialog.h"
#include "ui/LanguageMenu.h"
#include "ui/RecentFiles.h"
#include "ui/ThemeMenu.h"

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
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace claimscope::ui {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

} // namespace

MainWindow::MainWindow(core::Localization *localization, QWidget *parent)
    : QMainWindow(parent)
    , m_actions(std::make_unique<AppActions>(this))
    , m_sources(new core::SourceListModel(this))
    , m_sortedSources(new QSortFilterProxyModel(this))
    , m_documentView(new DocumentView(this))
    , m_localization(localization)
    , m_highlighting(new core::HighlightService(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_sortedSources->setSourceModel(m_sources);
    m_sortedSources->setSortRole(core::SourceListModel::SortRole);
    m_sortedSources->setSortCaseSensitivity(Qt::CaseInsensitive);
    setCentralWidget(m_documentView);

    createSourcesDock();
    createMenus();
    createStatusBar();
    connectActions();
    retranslate();
    resize(1100, 720);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createSourcesDock()
{
    m_sourceList = new QTreeView(this);
    m_sourceList->setObjectName(QStringLiteral("sourceList"));
    m_sourceList->setModel(m_sortedSources);
    m_sourceList->setRootIsDecorated(false);
    m_sourceList->setUniformRowHeights(true);
    m_sourceList->setAlternatingRowColors(true);
    m_sourceList->setSelectionMode(QAbstractItemView::SingleSelection);
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
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions->open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_actions->copy);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions->find);
    m_editMenu->addAction(m_actions->findNext);
    m_editMenu->addAction(m_actions->findPrevious);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_sourcesDock->toggleViewAction());
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
    statusBar()->addWidget(m_highlightStatusLabel, 1);
    statusBar()->addPermanentWidget(m_charactersLabel);
    statusBar()->addPermanentWidget(m_wordsLabel);
    statusBar()->addPermanentWidget(m_languageLabel);
}

void MainWindow::connectActions()
{
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::chooseFilesToOpen);
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
        connect(action, &QAction::triggered, this, [this, file] { openFiles({file}); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_actions->clearRecent);
    m_actions->clearRecent->setEnabled(!files.isEmpty());
}

void MainWindow::chooseFilesToOpen()
{
    const QString filter = tr("Sources (%1)").arg(core::importableFilePatterns().join(u' ')) +
                           QStringLiteral(";;") + tr("All files (*)");
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Sources"), QString(), filter);
    if (!files.isEmpty())
        openFiles(files);
}

void MainWindow::openSampleProject()
{
    const core::SourceSet set = core::loadSourceManifest(core::sampleManifestPath());
    m_projectName = set.name;
    for (const core::Document &document : set.documents)
        m_sources->addDocument(document);
    updateWindowTitle();
    if (m_currentRow < 0 && m_sources->rowCount() > 0)
        selectSource(0);
    showImportErrors(this, set.errors);
}

void MainWindow::openFiles(const QStringList &filePaths)
{
    QList<core::ImportError> errors;
    int lastRow = -1;
    for (const QString &path : filePaths) {
        core::ImportResult result = core::importFile(path);
        if (!result.ok()) {
            errors.append(result.error());
            continue;
        }
        RecentFiles().add(result.document().metadata.filePath);
        lastRow = m_sources->addDocument(result.takeDocument());
    }
    if (lastRow >= 0)
        selectSource(lastRow);
    showImportErrors(this, errors);
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
    QString title = m_projectName;
    if (m_currentRow >= 0) {
        const QModelIndex index = m_sources->index(m_currentRow, core::SourceListModel::TitleColumn);
        title = index.data().toString() + (title.isEmpty() ? QString() : QStringLiteral(" — ") + title);
    }
    setWindowTitle(title.isEmpty() ? QStringLiteral("Claimscope") : title + QStringLiteral(" — Claimscope"));
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_sourcesDock->setWindowTitle(tr("Sources"));
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
