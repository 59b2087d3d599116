#include "ui/ChartCanvas.h"

#include "core/project/SampleProject.h"
#include "ui/ChartExport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStyle>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace claimscope::ui {
namespace {

constexpr int kGroupChartHeight = 240;
constexpr int kRowHeight = 34;
// A diverging row holds a slot per source, reported or not: each source gets this many pixels of
// it, so that a bar stays thick enough to see and to click (up to kMaxRowHeight).
constexpr int kSlotHeight = 8;
constexpr int kMaxRowHeight = 160;
constexpr double kNeutralSliver = 0.06;
constexpr qsizetype kMaxMenuPassages = 20;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Counts (and whole percentages) get whole-number ticks, 1, 2 or 5 times a power of ten apart,
// at most six of them: "2.5 quotes" on an axis would be nonsense.
void setWholeNumberTicks(QValueAxis *axis, double top)
{
    top = std::max(top, 1.0);
    double step = 1;
    for (double scale = 1; top / step > 6; scale *= 10) {
        for (const double factor : {1.0, 2.0, 5.0}) {
            step = factor * scale;
            if (top / step <= 6)
                break;
        }
    }
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
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
    if (chart == m_full && m_content)
        return;
    m_full = chart;
    core::ChartLimits limits;
    limits.foldOtherSeries = m_style == Style::Stacked; // counts add up; scores and figures do not
    m_limited = core::limitChart(chart, limits, m_style != Style::GroupCharts);
    m_chart = m_limited.chart;
    rebuild();
}

QString ChartCanvas::limitNotice() const
{
    QStringList parts;
    if (m_limited.seriesCut()) {
        const QString shown = QLocale().toString(m_limited.shownSeries);
        const QString total = QLocale().toString(m_limited.totalSeries);
        parts.append(
            m_style == Style::Stacked
                ? tr("%1 of %2 sources are drawn one by one, those with the most bars; the others are "
                     "summed up as “Other sources”.")
                      .arg(shown, total)
                : tr("%1 of %2 sources are drawn, those with the most bars.").arg(shown, total));
    }
    if (m_limited.groupsCut()) {
        const QString shown = QLocale().toString(m_limited.shownGroups);
        const QString total = QLocale().toString(m_limited.totalGroups);
        // Figure groups are measures: one is left out when none of the drawn sources cites it.
        parts.append(m_style == Style::GroupCharts ? tr("%1 of %2 measures are drawn.").arg(shown, total)
                                                   : tr("%1 of %2 speakers are drawn.").arg(shown, total));
    }
    if (parts.isEmpty())
        return {};
    parts.append(m_limited.seriesCut()
                     ? tr("Turn on Selected Sources Only to choose the sources, or show one speaker "
                          "from the Speakers panel.")
                     : tr("Show one speaker from the Speakers panel to see the others."));
    return parts.join(u' ');
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
    if (key == core::kOtherSeriesKey)
        return QColor(0x9e, 0x9e, 0x9e);
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
    const qsizetype listed = std::min<qsizetype>(bar->passages.size(), kMaxMenuPassages);
    for (qsizetype i = 0; i < listed; ++i) {
        const core::ChartPassage passage = bar->passages.at(i);
        QAction *action = menu->addAction(tr("Passage %1 of %2").arg(i + 1).arg(bar->passages.size()));
        connect(action, &QAction::triggered, this,
                [this, passage] { emit passageActivated(passage.source, passage.range); });
    }
    if (listed < bar->passages.size()) {
        // A summed bar can stand for hundreds of passages; the Quotes and Claims panel lists them.
        menu->addAction(
                tr("%n more: see the Quotes and Claims panel", nullptr, int(bar->passages.size() - listed)))
            ->setEnabled(false);
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
    QStringList conflicts;      // categories whose sources cite different values
    QList<QList<BarRef>> cells; // per category: the bars in it
    if (m_style == Style::GroupCharts) {
        const core::ChartGroup &group = m_chart.groups.at(groups.first());
        for (int b = 0; b < group.bars.size(); ++b) {
            const core::ChartBar &bar = group.bars.at(b);
            QString label = bar.label;
            if (bar.flags.testFlag(core::BarFlag::Conflicting)) {
                if (!conflicts.contains(bar.label))
                    conflicts.append(bar.label);
                label = tr("%1 (sources differ)").arg(label);
            }
            // A source may give two values with the same subject and year (two estimates): the
            // second gets a category of its own, or it would hide the first.
            qsizetype at = categories.indexOf(label);
            for (int copy = 2; at >= 0 && std::any_of(cells.at(at).cbegin(), cells.at(at).cend(),
                                                      [&](const BarRef &ref) {
                                                          return group.bars.at(ref.bar).series == bar.series;
                                                      });
                 ++copy)
                at = categories.indexOf(u"%1 (%2)"_s.arg(label).arg(copy));
            if (at < 0) {
                int copy = 1;
                QString unique = label;
                while (categories.contains(unique))
                    unique = u"%1 (%2)"_s.arg(label).arg(++copy);
                categories.append(unique);
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
        bool whole = true;
        for (int c = 0; c < categoryAxis->count(); ++c) {
            double stack = 0;
            for (const QBarSet *set : series->barSets()) {
                stack += set->at(c);
                top = std::max(top, set->at(c));
                whole = whole && std::floor(set->at(c)) == set->at(c);
            }
            if (m_style == Style::Stacked)
                top = std::max(top, stack);
        }
        if (whole)
            setWholeNumberTicks(valueAxis, top);
        else {
            valueAxis->setRange(0, top > 0 ? top : 1);
            valueAxis->applyNiceNumbers();
        }
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
    int rowHeight = kRowHeight;
    if (m_style == Style::Diverging) {
        series->setBarWidth(0.9);
        rowHeight = std::clamp(12 + kSlotHeight * int(series->count()), kRowHeight, kMaxRowHeight);
    }
    view->setMinimumHeight(m_style == Style::GroupCharts
                               ? kGroupChartHeight
                               : std::max(kGroupChartHeight, 120 + rows * rowHeight));
    if (conflicts.isEmpty())
        return view;
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(view);
    column->addWidget(conflictNote(conflicts, box));
    return box;
}

// A line under a chart whose sources disagree, with the warning sign, so that the disagreement is
// seen without hovering (and is kept in an exported image).
QWidget *ChartCanvas::conflictNote(const QStringList &labels, QWidget *parent) const
{
    auto *note = new QWidget(parent);
    note->setObjectName(QStringLiteral("chartConflictNote"));
    auto *row = new QHBoxLayout(note);
    row->setContentsMargins(12, 0, 12, 6);
    auto *icon = new QLabel(note);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *text = new QLabel(
        tr("The sources cite different values for: %1.").arg(QLocale().createSeparatedList(labels)), note);
    text->setWordWrap(true);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    return note;
}

void ChartCanvas::rebuild()
{
    m_refs.clear();
    delete m_content;
    m_inner = nullptr;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *column = new QVBoxLayout(inner);
    column->setContentsMargins(0, 0, 0, 0);
    if (const QString notice = limitNotice(); !notice.isEmpty()) {
        auto *label = new QLabel(notice, inner);
        label->setObjectName(QStringLiteral("chartLimitNotice"));
        label->setWordWrap(true);
        label->setContentsMargins(12, 6, 12, 0);
        column->addWidget(label);
    }
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
    m_inner = inner;
    m_layout->addWidget(scroll);
}

std::optional<QString> ChartCanvas::exportTo(const QString &path, const QString &title)
{
    if (!m_inner || m_chart.isEmpty())
        return ChartExport::tr("There is no chart to export.");
    // Narrower than this (a dock at the window's side), Qt Charts elides the speakers' names and
    // the legend to nothing: fine for a glance, not for a figure in a paper. The charts are laid
    // out wider for the export and back before the event loop runs again, so nothing flickers.
    const QSize shown = m_inner->size();
    const bool widen = shown.width() < kExportWidth;
    const auto layOut = [this](QSize size) {
        m_inner->resize(size);
        // Qt Charts lays a chart out from a posted request; the export must see the new layout.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };
    if (widen) {
        m_content->setWidgetResizable(false); // or the scroll area would size it back at once
        layOut(QSize(kExportWidth, shown.height()));
    }
    const auto problem = ChartExport::write(m_inner, path, ChartExport::formatOf(path), title);
    if (widen) {
        layOut(shown);
        m_content->setWidgetResizable(true);
    }
    return problem;
}

void ChartCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_content)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace claimscope::ui
