#pragma once

#include "core/charts/Chart.h"
#include "core/charts/ChartFacts.h"
#include "core/charts/ChartFilter.h"

#include <QHash>
#include <QList>

namespace claimscope::core {

class Project;

// Bars gathered per speaker, for the two charts whose groups are speakers (stances, voices). A
// group is made on a speaker's first bar; the groups come out in project order of the speakers
// (the Speakers panel's), with speakers the project does not list after them by id.
class SpeakerGroups final {
public:
    explicit SpeakerGroups(const Project &project)
        : m_project(project)
    {
    }

    // The group of `speaker`, made (key and title set) on first use.
    ChartGroup &group(const QString &speaker);
    QList<ChartGroup> take();

    // One bar per fact of every source and speaker `filter` accepts, in its speaker's group, with
    // label, series, source and speaker set; a source's series is added to `chart` on its first
    // bar. `factsOf` picks a source's facts (its stances or voices); `fill(bar, fact, group)` sets
    // the value, flags, tooltip and passages.
    template<typename FactsOf, typename Fill>
    void gather(const QList<SourceFacts> &facts, const ChartFilter &filter, Chart &chart, FactsOf factsOf,
                Fill fill)
    {
        for (const SourceFacts &source : facts) {
            if (!filter.acceptsSource(source.source))
                continue;
            QString title; // looked up on the source's first bar only
            QString series;
            for (const auto &fact : factsOf(source)) {
                if (!filter.acceptsSpeaker(fact.speaker))
                    continue;
                if (series.isEmpty()) {
                    title = sourceTitle(source.source);
                    series = QString::number(source.source);
                    chart.series.append({series, title, {}});
                }
                ChartGroup &speakerGroup = group(fact.speaker);
                ChartBar bar;
                bar.label = title;
                bar.series = series;
                bar.source = source.source;
                bar.speaker = fact.speaker;
                fill(bar, fact, speakerGroup);
                speakerGroup.bars.append(std::move(bar));
            }
        }
    }

private:
    QString sourceTitle(SourceId source) const;

    const Project &m_project;
    QList<ChartGroup> m_groups;
    QList<QString> m_speakers; // of m_groups, index for index
    QHash<QString, qsizetype> m_index;
};

} // namespace claimscope::core
