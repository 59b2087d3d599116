#include "core/charts/ChartLimits.h"

#include "core/charts/ChartText.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace claimscope::core {
namespace {

// The indexes of the `keep` items with the largest `weight`, in their original order.
QList<qsizetype> largest(const QList<qsizetype> &weights, qsizetype keep)
{
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    if (weights.size() <= keep)
        return order;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return weights.at(a) > weights.at(b); });
    order.resize(keep);
    std::sort(order.begin(), order.end());
    return order;
}

} // namespace

LimitedChart limitChart(const Chart &chart, const ChartLimits &limits, bool groupsAreSpeakers)
{
    LimitedChart limited;
    limited.totalGroups = chart.groups.size();
    limited.chart.title = chart.title;
    limited.chart.seriesKind = chart.seriesKind;

    // The sources first, by their bars in the whole chart: then every row drawn has bars in them.
    QHash<QString, qsizetype> seriesIndex;
    for (qsizetype i = 0; i < chart.series.size(); ++i)
        seriesIndex.insert(chart.series.at(i).key, i);
    QList<qsizetype> seriesBars(chart.series.size(), 0);
    for (const ChartGroup &group : chart.groups) {
        for (const ChartBar &bar : group.bars)
            ++seriesBars[seriesIndex.value(bar.series)];
    }
    const qsizetype used =
        std::count_if(seriesBars.cbegin(), seriesBars.cend(), [](qsizetype n) { return n > 0; });
    QSet<QString> keptSeries;
    for (qsizetype s : largest(seriesBars, std::min<qsizetype>(limits.maxSeries, used))) {
        keptSeries.insert(chart.series.at(s).key);
        limited.chart.series.append(chart.series.at(s));
    }
    limited.totalSeries = used;
    limited.shownSeries = keptSeries.size();

    // Then each group with the kept sources' bars (and the others summed), weighed by what it
    // shows: bars, or quotes and claims where they are summed.
    const ChartText text;
    QList<ChartGroup> candidates;
    QList<qsizetype> weights;
    for (const ChartGroup &group : chart.groups) {
        ChartGroup kept{group.key, group.title, group.unit, {}};
        ChartBar other;
        QSet<SourceId> otherSources;
        double total = 0;
        for (const ChartBar &bar : group.bars) {
            total += bar.value;
            if (keptSeries.contains(bar.series)) {
                kept.bars.append(bar);
            } else if (limits.foldOtherSeries) {
                other.value += bar.value;
                other.passages.append(bar.passages);
                other.speaker = bar.speaker;
                otherSources.insert(bar.source);
            }
        }
        if (!otherSources.isEmpty()) {
            other.series = kOtherSeriesKey.toString();
            other.label = ChartText::otherSources();
            other.tooltip = text.otherSourcesTooltip(group.title, int(otherSources.size()), int(other.value));
            kept.bars.append(std::move(other));
        }
        if (kept.bars.isEmpty())
            continue;
        weights.append(limits.foldOtherSeries ? qsizetype(total) : kept.bars.size());
        candidates.append(std::move(kept));
    }
    const qsizetype keep = groupsAreSpeakers ? limits.maxGroups : candidates.size();
    bool folded = false;
    for (qsizetype g : largest(weights, keep)) {
        folded = folded || candidates.at(g).bars.last().series == kOtherSeriesKey;
        limited.chart.groups.append(std::move(candidates[g]));
    }
    limited.shownGroups = limited.chart.groups.size();
    if (folded)
        limited.chart.series.append({kOtherSeriesKey.toString(), ChartText::otherSources(), {}});
    return limited;
}

} // namespace claimscope::core
