#include "ui/ChartBuilder.h"

#include "core/project/SampleProject.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
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

core::ChartLimits ChartBuilder::limits(ChartStyle style)
{
    core::ChartLimits limits;
    limits.foldOtherSeries = style == ChartStyle::Stacked; // counts add up; scores and figures do not
    return limits;
}

QList<ChartPart> ChartBuilder::parts(const core::Chart &chart, ChartStyle style)
{
    QList<ChartPart> parts;
    if (chart.isEmpty())
        return parts;
    if (style == ChartStyle::GroupCharts) {
        for (int g = 0; g < chart.groups.size(); ++g)
            parts.append({chart.groups.at(g).title, {g}, chart.groups.at(g).unit});
        return parts;
    }
    ChartPart all{chart.title, {}, chart.groups.first().unit};
    for (int g = 0; g < chart.groups.size(); ++g)
        all.groups.append(g);
    parts.append(all);
    return parts;
}

QColor ChartBuilder::seriesColour(const core::Chart &chart, const QString &key)
{
    if (key == core::kOtherSeriesKey)
        return QColor(0x9e, 0x9e, 0x9e);
    for (qsizetype i = 0; i < chart.series.size(); ++i) {
        const core::ChartSeries &series = chart.series.at(i);
        if (series.key == key)
            return QColor(series.colour.isEmpty() ? core::speakerColour(i) : series.colour);
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

// One chart over the part's groups: categories are the groups (Diverging, Stacked) or, for one
// group, its bars' labels (GroupCharts); one bar set per series.
BuiltChart ChartBuilder::build(const core::Chart &drawn, ChartStyle style, const ChartPart &part, bool dark)
{
    const QList<int> &groups = part.groups;
    BuiltChart built;
    QStringList categories;
    QStringList &conflicts = built.conflicts; // categories whose sources cite different values
    QList<QList<ChartBarRef>> cells;          // per category: the bars in it
    if (style == ChartStyle::GroupCharts) {
        const core::ChartGroup &group = drawn.groups.at(groups.first());
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
                                                      [&](const ChartBarRef &ref) {
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
                cells.append(QList<ChartBarRef>());
                at = categories.size() - 1;
            }
            cells[at].append(ChartBarRef{groups.first(), b});
        }
    } else {
        // Horizontal charts stack categories from the bottom up: the first group goes last, so that
        // the chart reads top-down in the Speakers panel's order.
        for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
            const int g = *it;
            const core::ChartGroup &group = drawn.groups.at(g);
            bool manual = false;
            QList<ChartBarRef> refs;
            for (int b = 0; b < group.bars.size(); ++b) {
                refs.append(ChartBarRef{g, b});
                manual = manual || group.bars.at(b).flags.testFlag(core::BarFlag::Manual);
            }
            categories.append(manual ? tr("%1 (set by hand)").arg(group.title) : group.title);
            cells.append(refs);
        }
    }

    QAbstractBarSeries *series = nullptr;
    switch (style) {
    case ChartStyle::GroupCharts:
        series = new QBarSeries;
        break;
    case ChartStyle::Diverging:
        series = new QHorizontalBarSeries;
        break;
    case ChartStyle::Stacked:
        series = new QHorizontalStackedBarSeries;
        break;
    }
    for (const core::ChartSeries &key : std::as_const(drawn.series)) {
        QList<ChartBarRef> refs(categories.size());
        bool used = false;
        auto *set = new QBarSet(key.name);
        for (qsizetype c = 0; c < categories.size(); ++c) {
            double value = 0;
            for (const ChartBarRef &ref : std::as_const(cells.at(c))) {
                const core::ChartBar &bar = drawn.groups.at(ref.group).bars.at(ref.bar);
                if (bar.series == key.key) {
                    value = bar.value;
                    // A neutral stance (0) would draw nothing, and could be neither seen nor
                    // clicked: it gets a sliver; the tooltip gives the score itself.
                    if (style == ChartStyle::Diverging && value == 0)
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
        built.sets.append({set, refs});
    }

    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(part.title);
    chart->addSeries(series);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(style != ChartStyle::GroupCharts || series->count() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    if (style == ChartStyle::Diverging) {
        valueAxis->setRange(-2, 2);
        valueAxis->setTickCount(5);
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    }
    if (!part.unit.isEmpty())
        valueAxis->setTitleText(part.unit);
    const bool horizontal = style != ChartStyle::GroupCharts;
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (style != ChartStyle::Diverging) {
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
            if (style == ChartStyle::Stacked)
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
    for (const auto &[set, refs] : std::as_const(built.sets)) {
        const auto first =
            std::find_if(refs.cbegin(), refs.cend(), [](const ChartBarRef &ref) { return ref.group >= 0; });
        if (first == refs.cend())
            continue;
        const QColor colour = seriesColour(drawn, drawn.groups.at(first->group).bars.at(first->bar).series);
        set->setColor(colour);
        set->setBorderColor(colour.darker(130));
    }
    built.chart = chart;
    const int rows = static_cast<int>(categories.size());
    int rowHeight = kRowHeight;
    if (style == ChartStyle::Diverging) {
        series->setBarWidth(0.9);
        rowHeight = std::clamp(12 + kSlotHeight * int(series->count()), kRowHeight, kMaxRowHeight);
    }
    built.preferredHeight =
        (style == ChartStyle::GroupCharts ? kGroupChartHeight
                                          : std::max(kGroupChartHeight, 120 + rows * rowHeight));
    return built;
}

} // namespace claimscope::ui
