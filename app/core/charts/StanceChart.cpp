#include "core/charts/StanceChart.h"

#include "core/charts/ChartText.h"
#include "core/charts/SourceSeriesNames.h"
#include "core/charts/SpeakerGroups.h"
#include "core/project/Project.h"

namespace claimscope::core {

Chart stanceChart(const Project &project, const QList<SourceFacts> &facts, const ChartFilter &filter)
{
    Chart chart;
    chart.title = ChartText::stancesTitle(project.settings().question);
    chart.seriesKind = SeriesKind::Source;
    SpeakerGroups groups(project);
    const ChartText text;
    groups.gather(
        facts, filter, chart,
        [](const SourceFacts &source) -> const QList<StanceFact> & { return source.stances; },
        [&text](ChartBar &bar, const StanceFact &fact, const ChartGroup &group) {
            bar.value = fact.score;
            if (fact.manual)
                bar.flags |= BarFlag::Manual;
            bar.tooltip = text.stanceTooltip(fact.score, group.title, bar.label, fact.sentence, fact.manual);
            bar.passages.reserve(fact.evidence.size());
            for (const TextRange &range : fact.evidence)
                bar.passages.append({bar.source, range, 0});
        });
    chart.groups = groups.take();
    nameSourceSeries(chart, project);
    return chart;
}

Chart stanceChart(const Project &project, const ChartFilter &filter)
{
    return stanceChart(project, readAllFacts(project), filter);
}

} // namespace claimscope::core
