#include "ui/ChartCanvas.h"

#include "core/project/SampleProject.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace claimscope::ui {
namespace {

constexpr int kGroupChartHeight = 240;
constexpr int kRowHeight = 34;
constexpr double kNeutralSliver = 0.06;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

ChartCanvas::ChartCanvas(Style style, QWidget *parent)
    : QWidget(parent)
    , m_style(style)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ChartCanvas::setChart(const core::Chart &chart)
{
    if (chart == m_chart && m_content)
        return;
    m_chart = chart;
    rebuild();
}

QString ChartCanvas::seriesName(const QString &key) const
{
    for (const core::ChartSeries &series : m_chart.series) {
        if (series.key == key)
            return series.name;
    }
    return key;
}

QColor ChartCanvas::seriesColour(const QString &key) const
{
    for (qsizetype i = 0; i < m_chart.series.size(); ++i) {
        const core::ChartSeries &series = m_chart.series.at(i);
        if (series.key == key)
            return QColor(series.colour.isEmpty() ? core::speakerColour(i) : series.colour);
    }
    return palette().color(QPalette::Mid);
}

const core::ChartBar *ChartCanvas::barAt(QBarSet *set, int index) const
{
    const auto refs = m_refs.constFind(set);
    if (refs == m_refs.cend() || index < 0 || index >= refs->size())
        return nullptr;
    const BarRef ref = refs->at(index);
    if (ref.group < 0)
        return nullptr;
    return &m_chart.groups.at(ref.group).bars.at(ref.bar);
}

QList<QBarSet *> ChartCanvas::barSets() const
{
    return m_refs.keys();
}

void ChartCanvas::activateBar(QBarSet *set, int index)
{
    const core::ChartBar *bar = barAt(set, index);
    if (!bar || bar->passages.isEmpty())
        return;
    if (bar->passages.size() == 1) {
        emit passageActivated(bar->passages.first().source, bar->passages.first().range);
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("chartPassageMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (qsizetype i = 0; i < bar->passages.size(); ++i) {
        const core::ChartPassage passage = bar->passages.at(i);
        QAction *action = menu->addAction(tr("Passage %1 of %2").arg(i + 1).arg(bar->passages.size()));
        connect(action, &QAction::triggered, this,
                [this, passage] { emit passageActivated(passage.source, passage.range); });
    }
    menu->popup(QCursor::pos());
}

void ChartCanvas::attach(QBarSet *set, QList<BarRef> refs)
{
    m_refs.insert(set, std::move(refs));
    connect(set, &QBarSet::hovered, this, [this, set](bool on, int index) {
        const core::ChartBar *bar = barAt(set, index);
        if (on && bar)
            QToolTip::showText(QCursor::pos(), bar->tooltip, this);
        else
            QToolTip::hideText();
    });
    connect(set, &QBarSet::clicked, this, [this, set](int index) { activateBar(set, index); });
}

// One chart over `groups`: categories are the groups (Diverging, Stacked) or, for one group, its
// bars' labels (GroupCharts); one bar set per series.
QWidget *ChartCanvas::makeChart(const QString &title, const QList<int> &groups, const QString &unit)
{
    QStringList categories;
    QList<QList<BarRef>> cells; // per category: the bars in it
    if (m_style == Style::GroupCharts) {
        const core::ChartGroup &group = m_chart.groups.at(groups.first());
        for (int b = 0; b < group.bars.size(); ++b) {
            const core::ChartBar &bar = group.bars.at(b);
            QString label = bar.label;
            if (bar.flags.testFlag(core::BarFlag::Conflicting))
                label = tr("%1 (sources differ)").arg(label);
            qsizetype at = categories.indexOf(label);
            if (at < 0) {
                categories.append(label);
                cells.append(QList<BarRef>());
                at = categories.size() - 1;
            }
            cells[at].append(BarRef{groups.first(), b});
        }
    } else {
        // Horizontal charts stack categories from the bottom up: the first group goes last, so that
        // the chart reads top-down in the Speakers panel's order.
        for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
            const int g = *it;
            const core::ChartGroup &group = m_chart.groups.at(g);
            bool manual = false;
            QList<BarRef> refs;
            for (int b = 0; b < group.bars.size(); ++b) {
                refs.append(BarRef{g, b});
                manual = manual || group.bars.at(b).flags.testFlag(core::BarFlag::Manual);
            }
            categories.append(manual ? tr("%1 (set by hand)").arg(group.title) : group.title);
            cells.append(refs);
        }
    }

    QAbstractBarSeries *series = nullptr;
    switch (m_style) {
    case Style::GroupCharts:
        series = new QBarSeries;
        break;
    case Style::Diverging:
        series = new QHorizontalBarSeries;
        break;
    case Style::Stacked:
        series = new QHorizontalStackedBarSeries;
        break;
    }
    for (const core::ChartSeries &key : std::as_const(m_chart.series)) {
        QList<BarRef> refs(categories.size());
        bool used = false;
        auto *set = new QBarSet(key.name);
        for (qsizetype c = 0; c < categories.size(); ++c) {
            double value = 0;
            for (const BarRef &ref : std::as_const(cells.at(c))) {
                const core::ChartBar &bar = m_chart.groups.at(ref.group).bars.at(ref.bar);
                if (bar.series == key.key) {
                    value = bar.value;
                    // A neutral stance (0) would draw nothing, and could be neither seen nor
                    // clicked: it gets a sliver; the tooltip gives the score itself.
                    if (m_style == Style::Diverging && value == 0)
                        value = kNeutralSliver;
                    refs[c] = ref;
                    used = true;
                }
            }
            set->append(value);
        }
        if (!used) {
            delete set;
            continue;
        }
        series->append(set);
        attach(set, refs);
    }

    auto *chart = new QChart;
    chart->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(title);
    chart->addSeries(series);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(m_style != Style::GroupCharts || series->count() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    if (m_style == Style::Diverging) {
        valueAxis->setRange(-2, 2);
        valueAxis->setTickCount(5);
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    }
    if (!unit.isEmpty())
        valueAxis->setTitleText(unit);
    const bool horizontal = m_style != Style::GroupCharts;
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (m_style != Style::Diverging) {
        // Counts and amounts start at zero; the top is the tallest bar (or stack), rounded up.
        double top = 0;
        for (int c = 0; c < categoryAxis->count(); ++c) {
            double stack = 0;
            for (const QBarSet *set : series->barSets()) {
                stack += set->at(c);
                top = std::max(top, set->at(c));
            }
            if (m_style == Style::Stacked)
                top = std::max(top, stack);
        }
        valueAxis->setRange(0, top > 0 ? top : 1);
        valueAxis->applyNiceNumbers();
    }
    // The theme chose colours when the series was added; ours are the sources' and speakers'.
    for (QBarSet *set : series->barSets()) {
        const core::ChartBar *first = nullptr;
        for (int i = 0; i < set->count() && !first; ++i)
            first = barAt(set, i);
        if (first) {
            set->setColor(seriesColour(first->series));
            set->setBorderColor(seriesColour(first->series).darker(130));
        }
    }

    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(QStringLiteral("chartView"));
    const int rows = static_cast<int>(categories.size());
    view->setMinimumHeight(m_style == Style::GroupCharts
                               ? kGroupChartHeight
                               : std::max(kGroupChartHeight, 120 + rows * kRowHeight));
    return view;
}

void ChartCanvas::rebuild()
{
    m_refs.clear();
    delete m_content;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *column = new QVBoxLayout(inner);
    column->setContentsMargins(0, 0, 0, 0);
    if (m_chart.isEmpty()) {
        auto *empty = new QLabel(tr("Nothing to show: no source of the selection has any."), inner);
        empty->setObjectName(QStringLiteral("chartEmpty"));
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        column->addWidget(empty);
    } else if (m_style == Style::GroupCharts) {
        for (int g = 0; g < m_chart.groups.size(); ++g) {
            const core::ChartGroup &group = m_chart.groups.at(g);
            column->addWidget(makeChart(group.title, {g}, group.unit));
        }
    } else {
        QList<int> all;
        for (int g = 0; g < m_chart.groups.size(); ++g)
            all.append(g);
        column->addWidget(makeChart(m_chart.title, all, m_chart.groups.first().unit));
    }
    column->addStretch(1);
    scroll->setWidget(inner);
    m_content = scroll;
    m_layout->addWidget(scroll);
}

void ChartCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_content)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace claimscope::ui
