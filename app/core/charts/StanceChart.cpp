#include "core/charts/StanceChart.h"

#include "core/charts/ChartText.h"
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
    for (const SourceFacts &source : facts) {
        if (!filter.acceptsSource(source.source))
            continue;
        QString title; // looked up on the source's first bar only
        bool seen = false;
        QString series;
        for (const StanceFact &fact : source.stances) {
            if (!filter.acceptsSpeaker(fact.speaker))
                continue;
            if (!seen) {
                seen = true;
                title = project.sourceTitle(source.source);
                series = QString::number(source.source);
                chart.series.append({series, title, {}});
            }
            ChartGroup &group = groups.group(fact.speaker);
            ChartBar bar;
            bar.label = title;
            bar.value = fact.score;
            bar.series = series;
            bar.source = source.source;
            bar.speaker = fact.speaker;
            if (fact.manual)
                bar.flags |= BarFlag::Manual;
            bar.tooltip = text.stanceTooltip(fact.score, group.title, title, fact.sentence, fact.manual);
            bar.passages.reserve(fact.evidence.size());
            for (const TextRange &range : fact.evidence)
                bar.passages.append({source.source, range, 0});
            group.bars.append(std::move(bar));
        }
    }
    chart.groups = groups.take();
    return chart;
}

Chart stanceChart(const Project &project, const ChartFilter &filter)
{
    return stanceChart(project, readAllFacts(project), filter);
}

} // namespace claimscope::core
