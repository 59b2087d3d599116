#pragma once

#include "core/document/ImportError.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace claimscope::core {
class HighlightService;
class Localization;
class SourceListModel;
struct HighlightResult;
} // namespace claimscope::core

namespace claimscope::ui {

class AppActions;
class DocumentView;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // The language menu switches `localization`; without one it is not shown.
    explicit MainWindow(core::Localization *localization = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openSampleProject();
    // Imports the files as sources; those that fail are listed in one message.
    void openFiles(const QStringList &filePaths);

    core::SourceListModel *sources() const { return m_sources; }
    QTreeView *sourceList() const { return m_sourceList; }
    DocumentView *documentView() const { return m_documentView; }
    AppActions *actions() const { return m_actions.get(); }
    core::HighlightService *highlighting() const { return m_highlighting; }
    // The source shown in the viewer, as a row of sources(); -1 when none.
    int currentSourceRow() const { return m_currentRow; }
    void selectSource(int row);

signals:
    void documentPainted();
    // The current document's highlights arrived (or could not be had: `ok` false).
    void highlightingFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createSourcesDock();
    void createStatusBar();
    void connectActions();
    void rebuildRecentMenu();
    void chooseFilesToOpen();
    void showDocument(int row);
    void updateStatusBar();
    void updateWindowTitle();
    void retranslate();
    void restoreLayout();
    void requestHighlighting();
    void requestDueHighlighting();
    void showHighlights(quint64 request, const core::HighlightResult &result);
    void showHighlightingFailure(quint64 request, const QString &error);

    std::unique_ptr<AppActions> m_actions;
    core::SourceListModel *m_sources;
    QSortFilterProxyModel *m_sortedSources;
    DocumentView *m_documentView;
    QDockWidget *m_sourcesDock = nullptr;
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
    QLabel *m_highlightStatusLabel = nullptr;
    core::HighlightService *m_highlighting;
    quint64 m_highlightRequest = 0;
    bool m_highlightDue = false;
    QString m_highlightError;
    QString m_projectName;
    int m_currentRow = -1;
};

} // namespace claimscope::ui
