#pragma once

#include "core/charts/ChartModels.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTabWidget;
class QToolButton;

namespace claimscope::ui {

class ChartCanvas;

// The chart dock: Figures, Stances and Voices as tabs over core::ChartModels. Repaints once per
// burst of project changes (from the event loop), retranslates live, and passes a click on a bar
// on as the passage to open.
//
// Above the tabs, a line says what the charts show (all sources or the selected ones, and the
// speaker filter), a toggle makes them follow the Sources panel's selection, and Export writes the
// visible tab as PNG or SVG.
class ChartsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    // Shows `project` (null: nothing). The panel does not own it.
    void setProject(core::Project *project);
    // The speakers the window filters on (empty: all).
    void setSpeakers(const QSet<QString> &speakers);
    // The sources selected in the Sources panel; the charts keep to them while "Selected Sources
    // Only" is on and at least one is selected.
    void setSelectedSources(const QSet<core::SourceId> &sources);

    QTabWidget *tabs() const { return m_tabs; }
    ChartCanvas *canvas(core::ChartKind kind) const;
    core::ChartModels *models() const { return m_models; }
    QAction *selectedSourcesOnlyAction() const { return m_selectedOnly; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportSvgAction() const { return m_exportSvg; }
    QString scopeText() const;

    // Writes the visible tab to `path` (PNG or SVG by its suffix); the reason when it failed.
    std::optional<QString> exportVisibleChart(const QString &path);

signals:
    void passageActivated(core::SourceId source, const core::TextRange &range);

protected:
    void changeEvent(QEvent *event) override;

private:
    core::ChartFilter effectiveFilter() const;
    void applyFilter();
    void scheduleRefresh();
    void refresh();
    void updateActions();
    void askAndExport(bool svg);
    QString suggestedFileName(bool svg) const;
    void retranslate();

    QTabWidget *m_tabs;
    QLabel *m_scope;
    QToolButton *m_exportButton;
    QAction *m_selectedOnly;
    QAction *m_exportPng;
    QAction *m_exportSvg;
    QList<ChartCanvas *> m_canvases; // in ChartKind order
    QPointer<core::Project> m_project;
    core::ChartModels *m_models = nullptr;
    QSet<QString> m_speakers;
    QSet<core::SourceId> m_selectedSources;
    bool m_refreshScheduled = false;
};

} // namespace claimscope::ui
