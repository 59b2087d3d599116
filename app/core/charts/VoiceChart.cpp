#include "core/charts/VoiceChart.h"

#include "core/charts/ChartText.h"
#include "core/charts/SourceSeriesNames.h"
#include "core/charts/SpeakerGroups.h"
#include "core/project/Project.h"

#include <algorithm>

namespace claimscope::core {

namespace {

double total(const ChartGroup &group)
{
    double sum = 0;
    for (const ChartBar &bar : group.bars)
        sum += bar.value;
    return sum;
}

} // namespace

Chart voiceChart(const Project &project, const QList<SourceFacts> &facts, const ChartFilter &filter)
{
    Chart chart;
    chart.title = ChartText::voicesTitle();
    chart.seriesKind = SeriesKind::Source;
    SpeakerGroups groups(project);
    const ChartText text;
    groups.gather(
        facts, filter, chart,
        [](const SourceFacts &source) -> const QList<VoiceFact> & { return source.voices; },
        [&text](ChartBar &bar, const VoiceFact &fact, const ChartGroup &group) {
            bar.value = fact.quotes + fact.claims;
            bar.tooltip = text.voiceTooltip(fact.quotes, fact.claims, group.title, bar.label, fact.sentence);
            bar.passages = fact.passages;
        });
    chart.groups = groups.take();
    // Who gets the most voice first; the groups are in project order already, which breaks ties.
    QList<std::pair<double, qsizetype>> order;
    order.reserve(chart.groups.size());
    for (qsizetype i = 0; i < chart.groups.size(); ++i)
        order.append({-total(chart.groups.at(i)), i});
    std::sort(order.begin(), order.end());
    QList<ChartGroup> sorted;
    sorted.reserve(order.size());
    for (const auto &[negativeTotal, index] : order)
        sorted.append(std::move(chart.groups[index]));
    chart.groups = std::move(sorted);
    nameSourceSeries(chart, project);
    return chart;
}

Chart voiceChart(const Project &project, const ChartFilter &filter)
{
    return voiceChart(project, readAllFacts(project), filter);
}

} // namespace claimscope::core
