#pragma once

#include "core/charts/ChartModels.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace claimscope::ui {

class ChartCanvas;

// The chart dock: Figures, Stances and Voices as tabs over core::ChartModels. Repaints once per
// burst of project changes (from the event loop), retranslates live, and passes a click on a bar
// on as the passage to open.
class ChartsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    // Shows `project` (null: nothing). The panel does not own it.
    void setProject(core::Project *project);
    void setFilter(const core::ChartFilter &filter);

    QTabWidget *tabs() const { return m_tabs; }
    ChartCanvas *canvas(core::ChartKind kind) const;
    core::ChartModels *models() const { return m_models; }

signals:
    void passageActivated(core::SourceId source, const core::TextRange &range);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void retranslate();

    QTabWidget *m_tabs;
    QList<ChartCanvas *> m_canvases; // in ChartKind order
    core::ChartModels *m_models = nullptr;
    core::ChartFilter m_filter;
    bool m_refreshScheduled = false;
};

} // namespace claimscope::ui
