#include "ui/ChartsPanel.h"

#include "core/project/Project.h"
#include "ui/ChartCanvas.h"
#include "ui/ChartExport.h"
#include "ui/WarningMessage.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace claimscope::ui {
namespace {

const QString kSelectedOnlyKey = QStringLiteral("charts/selectedSourcesOnly");
const QString kExportDirectoryKey = QStringLiteral("charts/exportDirectory");

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_scope(new QLabel(this))
    , m_exportButton(new QToolButton(this))
    , m_selectedOnly(new QAction(this))
    , m_exportPng(new QAction(this))
    , m_exportSvg(new QAction(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_scope->setObjectName(QStringLiteral("chartScope"));
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selectedOnly->setObjectName(QStringLiteral("chartsSelectedSourcesOnly"));
    m_selectedOnly->setCheckable(true);
    m_selectedOnly->setChecked(QSettings().value(kSelectedOnlyKey, false).toBool());
    m_exportPng->setObjectName(QStringLiteral("chartsExportPng"));
    m_exportSvg->setObjectName(QStringLiteral("chartsExportSvg"));

    auto *followButton = new QToolButton(this);
    followButton->setDefaultAction(m_selectedOnly);
    followButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    followButton->setAutoRaise(true);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportPng);
    exportMenu->addAction(m_exportSvg);
    m_exportButton->setObjectName(QStringLiteral("chartsExport"));
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 2, 2);
    bar->addWidget(m_scope, 1);
    bar->addWidget(followButton);
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs);
    for (const auto style :
         {ChartCanvas::Style::GroupCharts, ChartCanvas::Style::Diverging, ChartCanvas::Style::Stacked}) {
        auto *canvas = new ChartCanvas(style, m_tabs);
        connect(canvas, &ChartCanvas::passageActivated, this, &ChartsPanel::passageActivated);
        m_canvases.append(canvas);
        m_tabs->addTab(canvas, QString());
    }

    connect(m_selectedOnly, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kSelectedOnlyKey, on);
        applyFilter();
    });
    connect(m_exportPng, &QAction::triggered, this, [this] { askAndExport(false); });
    connect(m_exportSvg, &QAction::triggered, this, [this] { askAndExport(true); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsPanel::updateActions);
    retranslate();
    updateActions();
}

ChartCanvas *ChartsPanel::canvas(core::ChartKind kind) const
{
    return m_canvases.at(static_cast<int>(kind));
}

void ChartsPanel::setProject(core::Project *project)
{
    delete m_models;
    m_models = nullptr;
    m_project = project;
    m_selectedSources.clear();
    if (project) {
        m_models = new core::ChartModels(project, this);
        m_models->setFilter(effectiveFilter());
        connect(m_models, &core::ChartModels::changed, this, &ChartsPanel::scheduleRefresh);
    }
    refresh();
}

void ChartsPanel::setSpeakers(const QSet<QString> &speakers)
{
    m_speakers = speakers;
    applyFilter();
}

void ChartsPanel::setSelectedSources(const QSet<core::SourceId> &sources)
{
    m_selectedSources = sources;
    applyFilter();
}

core::ChartFilter ChartsPanel::effectiveFilter() const
{
    core::ChartFilter filter;
    filter.speakers = m_speakers;
    if (m_selectedOnly->isChecked())
        filter.sources = m_selectedSources;
    return filter;
}

void ChartsPanel::applyFilter()
{
    const core::ChartFilter filter = effectiveFilter();
    if (m_models && m_models->filter() != filter)
        m_models->setFilter(filter);
    m_scope->setText(scopeText());
    scheduleRefresh();
}

QString ChartsPanel::scopeText() const
{
    if (!m_project)
        return tr("No project");
    const qsizetype total = m_project->sources().size();
    const core::ChartFilter filter = effectiveFilter();
    QStringList parts;
    if (filter.sources.isEmpty())
        parts.append(tr("Sources: all (%1)").arg(QLocale().toString(total)));
    else
        parts.append(tr("Sources: %1 of %2")
                         .arg(QLocale().toString(filter.sources.size()), QLocale().toString(total)));
    if (!filter.speakers.isEmpty()) {
        QStringList names;
        for (const QString &speaker : filter.speakers)
            names.append(m_project->speakerName(speaker));
        names.sort(Qt::CaseInsensitive);
        parts.append(tr("Speaker: %1", nullptr, int(names.size())).arg(QLocale().createSeparatedList(names)));
    }
    return parts.join(QStringLiteral(" · "));
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
    // The source count changes with imports.
    m_scope->setText(scopeText());
    updateActions();
}

void ChartsPanel::updateActions()
{
    const auto *canvas = qobject_cast<ChartCanvas *>(m_tabs->currentWidget());
    const bool drawn = canvas && !canvas->chart().isEmpty();
    m_exportPng->setEnabled(drawn);
    m_exportSvg->setEnabled(drawn);
    m_exportButton->setEnabled(drawn);
}

std::optional<QString> ChartsPanel::exportVisibleChart(const QString &path)
{
    auto *canvas = qobject_cast<ChartCanvas *>(m_tabs->currentWidget());
    if (!canvas)
        return ChartExport::tr("There is no chart to export.");
    return canvas->exportTo(path, m_tabs->tabText(m_tabs->currentIndex()));
}

QString ChartsPanel::suggestedFileName(bool svg) const
{
    QString directory = QSettings().value(kExportDirectoryKey).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = tr("Claimscope %1", "an exported chart's file name; %1 is the tab, e.g. Stances")
                             .arg(m_tabs->tabText(m_tabs->currentIndex()));
    return QDir(directory).filePath(name + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")));
}

void ChartsPanel::askAndExport(bool svg)
{
    const QString filter = svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"), suggestedFileName(svg), filter);
    if (path.isEmpty())
        return;
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    QSettings().setValue(kExportDirectoryKey, QFileInfo(path).absolutePath());
    if (const auto problem = exportVisibleChart(path))
        showWarning(this, QStringLiteral("chartExportMessage"), tr("The chart was not exported."), *problem);
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
    m_selectedOnly->setText(tr("Selected Sources Only"));
    m_selectedOnly->setToolTip(
        tr("Chart only the sources selected in the Sources panel (select several with Ctrl or Shift)"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export the visible chart as an image"));
    m_exportPng->setText(tr("As PNG Image…"));
    m_exportSvg->setText(tr("As SVG Drawing…"));
    m_scope->setText(scopeText());
}

} // namespace claimscope::ui
