#include "ui/ChartsPanel.h"

#include "ui/ChartCanvas.h"

#include <QEvent>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace claimscope::ui {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (const auto style :
         {ChartCanvas::Style::GroupCharts, ChartCanvas::Style::Diverging, ChartCanvas::Style::Stacked}) {
        auto *canvas = new ChartCanvas(style, m_tabs);
        connect(canvas, &ChartCanvas::passageActivated, this, &ChartsPanel::passageActivated);
        m_canvases.append(canvas);
        m_tabs->addTab(canvas, QString());
    }
    retranslate();
}

ChartCanvas *ChartsPanel::canvas(core::ChartKind kind) const
{
    return m_canvases.at(static_cast<int>(kind));
}

void ChartsPanel::setProject(core::Project *project)
{
    delete m_models;
    m_models = nullptr;
    if (project) {
        m_models = new core::ChartModels(project, this);
        m_models->setFilter(m_filter);
        connect(m_models, &core::ChartModels::changed, this, &ChartsPanel::scheduleRefresh);
    }
    refresh();
}

void ChartsPanel::setFilter(const core::ChartFilter &filter)
{
    m_filter = filter;
    if (m_models)
        m_models->setFilter(filter);
    scheduleRefresh();
}

void ChartsPanel::scheduleRefresh()
{
    // Once per burst of signals (an import, a merge), from the event loop.
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, &ChartsPanel::refresh);
}

void ChartsPanel::refresh()
{
    m_refreshScheduled = false;
    for (int kind = 0; kind < m_canvases.size(); ++kind)
        m_canvases.at(kind)->setChart(m_models ? m_models->chart(static_cast<core::ChartKind>(kind))
                                               : core::Chart{});
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_models)
            m_models->retranslate();
        scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

void ChartsPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Figures"));
    m_tabs->setTabText(1, tr("Stances"));
    m_tabs->setTabText(2, tr("Voices"));
}

} // namespace claimscope::ui
