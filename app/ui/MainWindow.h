#pragma once

#include "core/project/ProjectRecords.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;
class QUndoGroup;

namespace claimscope::core {
class HighlightService;
class Localization;
class Project;
class SourceListModel;
struct HighlightResult;
struct ProjectError;
} // namespace claimscope::core

namespace claimscope::ui {

class AnnotationEditor;
class AnnotationsPanel;
class AppActions;
class ChartsPanel;
class DocumentView;
class FiguresPanel;
class InterchangeFlow;
class PdfExportFlow;
class ProjectController;
class SpeakersPanel;

// One window on one project: the sources on the left, the viewer in the middle with the project's
// annotations painted and editable, the Speakers, Quotes & Claims and Figures panels in docks.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // The language menu switches `localization`; without one it is not shown.
    explicit MainWindow(core::Localization *localization = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The user's copy of the sample project (made on first use).
    void openSampleProject();
    // The project opened last, or the sample.
    void openStartupProject();
    // Project files are opened, other files and folders imported into the open project.
    void openFiles(const QStringList &filePaths);
    // Files handed over by a later launch (the desktop's "Open With"): the window comes forward, a
    // project opens at once, other files are imported after a window-modal question.
    void receiveFiles(const QStringList &filePaths);

    ProjectController *projects() const { return m_projects; }
    core::Project *project() const;
    core::SourceListModel *sources() const { return m_sources; }
    QTreeView *sourceList() const { return m_sourceList; }
    DocumentView *documentView() const { return m_documentView; }
    AnnotationEditor *annotationEditor() const { return m_editor; }
    SpeakersPanel *speakersPanel() const { return m_speakersPanel; }
    AnnotationsPanel *annotationsPanel() const { return m_annotationsPanel; }
    FiguresPanel *figuresPanel() const { return m_figuresPanel; }
    ChartsPanel *chartsPanel() const { return m_chartsPanel; }
    AppActions *actions() const { return m_actions.get(); }
    core::HighlightService *highlighting() const { return m_highlighting; }
    // The source shown in the viewer, as a row of sources(); -1 when none.
    int currentSourceRow() const { return m_currentRow; }
    core::SourceId currentSource() const;
    void selectSource(int row);
    // Opens the source and selects the passage (from the panels, the charts).
    void showPassage(core::SourceId source, const core::TextRange &range);
    // Only `speaker`'s quotes and claims in the viewer and the Quotes & Claims panel; empty: all.
    void showOnlySpeaker(const QString &speaker);
    // The sources selected in the Sources panel, in its order.
    QList<core::SourceId> selectedSources() const;
    PdfExportFlow *pdfExport() const { return m_pdfExport; }
    InterchangeFlow *interchange() const { return m_interchange; }

signals:
    void documentPainted();
    // The current document's highlights arrived (or could not be had: `ok` false).
    void highlightingFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createSourcesDock();
    void createPanelDocks();
    void createStatusBar();
    void connectActions();
    void rebuildRecentMenu();
    void setProject(core::Project *project);
    void showImported(int added, core::SourceId firstAdded);
    void showWriteFailure(const core::ProjectError &error);
    void showDocument(int row);
    void refreshMarks();
    // The charts follow the Sources panel's selection.
    void chartSelectedSources();
    void updateStatusBar();
    void updateWindowTitle();
    void retranslate();
    void restoreLayout();
    void requestHighlighting();
    void requestDueHighlighting();
    void showHighlights(quint64 request, const core::HighlightResult &result);
    void showHighlightingFailure(quint64 request, const QString &error);

    std::unique_ptr<AppActions> m_actions;
    ProjectController *m_projects;
    QUndoGroup *m_undoGroup;
    PdfExportFlow *m_pdfExport;
    InterchangeFlow *m_interchange;
    core::SourceListModel *m_sources;
    QSortFilterProxyModel *m_sortedSources;
    DocumentView *m_documentView;
    AnnotationEditor *m_editor;
    SpeakersPanel *m_speakersPanel = nullptr;
    AnnotationsPanel *m_annotationsPanel = nullptr;
    FiguresPanel *m_figuresPanel = nullptr;
    ChartsPanel *m_chartsPanel = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    QDockWidget *m_speakersDock = nullptr;
    QDockWidget *m_annotationsDock = nullptr;
    QDockWidget *m_figuresDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QTreeView *m_sourceList = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    core::Localization *m_localization;
    QLabel *m_charactersLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_highlightStatusLabel = nullptr;
    core::HighlightService *m_highlighting;
    quint64 m_highlightRequest = 0;
    bool m_highlightDue = false;
    QString m_highlightError;
    int m_currentRow = -1;
};

} // namespace claimscope::ui
