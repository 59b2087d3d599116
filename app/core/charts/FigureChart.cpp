#include "core/charts/FigureChart.h"

#include "core/charts/ChartText.h"
#include "core/charts/SourceSeriesNames.h"
#include "core/project/Project.h"

#include <QHash>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace claimscope::core {

namespace {

struct Entry {
    const FigureFact *fact = nullptr;
    SourceId source = 0;
    qsizetype sourceOrder = 0;
    QString subjectKey; // case-folded
};

struct GroupBuild {
    QString measureKey; // simplified and case-folded; empty for figures with no measure
    QString measure;    // as the first figure writes it
    NormalisedFigure unitSample;
    QList<Entry> entries;
};

QString measureKeyOf(const QString &measure)
{
    return measure.simplified().toCaseFolded();
}

// Marks the conflicting entries of one figure (same measure, family, subject and year), whose
// entries are [from, to) of `entries`: an entry conflicts when a source other than its own cites a
// value different from its. Distinct values are few, so this is linear in the entries.
void flagConflicts(const QList<Entry> &entries, qsizetype from, qsizetype to, QList<bool> &conflicting)
{
    struct Value {
        double value;
        SourceId firstSource;
        bool severalSources;
    };
    QList<Value> values;
    for (qsizetype i = from; i < to; ++i) {
        const Entry &entry = entries.at(i);
        auto found = std::find_if(values.begin(), values.end(), [&](const Value &v) {
            return sameFigureValue(v.value, entry.fact->normalised.value);
        });
        if (found == values.end())
            values.append({entry.fact->normalised.value, entry.source, false});
        else if (found->firstSource != entry.source)
            found->severalSources = true;
    }
    if (values.size() < 2)
        return;
    for (qsizetype i = from; i < to; ++i) {
        const Entry &entry = entries.at(i);
        conflicting[i] = std::any_of(values.cbegin(), values.cend(), [&](const Value &v) {
            return !sameFigureValue(v.value, entry.fact->normalised.value) &&
                   (v.severalSources || v.firstSource != entry.source);
        });
    }
}

} // namespace

Chart figureChart(const Project &project, const QList<SourceFacts> &facts, const ChartFilter &filter)
{
    Chart chart;
    chart.title = ChartText::figuresTitle();
    chart.seriesKind = SeriesKind::Source;

    QList<GroupBuild> builds;
    QHash<QString, qsizetype> buildIndex; // measure key + family
    QHash<SourceId, QString> titles;
    for (qsizetype order = 0; order < facts.size(); ++order) {
        const SourceFacts &source = facts.at(order);
        if (!filter.acceptsSource(source.source))
            continue;
        bool used = false;
        for (const FigureFact &fact : source.figures) {
            if (!filter.acceptsSpeaker(fact.speaker))
                continue;
            const QString measureKey = measureKeyOf(fact.figure.measure);
            const QString key = measureKey + u'\n' + fact.normalised.family;
            auto found = buildIndex.constFind(key);
            if (found == buildIndex.cend()) {
                found = buildIndex.insert(key, builds.size());
                builds.append({measureKey, fact.figure.measure.simplified(), fact.normalised, {}});
            }
            builds[*found].entries.append(
                {&fact, source.source, order, fact.figure.subject.simplified().toCaseFolded()});
            used = true;
        }
        if (used) {
            const QString title = project.sourceTitle(source.source);
            titles.insert(source.source, title);
            chart.series.append({QString::number(source.source), title, {}});
        }
    }

    std::sort(builds.begin(), builds.end(), [](const GroupBuild &a, const GroupBuild &b) {
        return std::tuple(a.measureKey.isEmpty(), a.measureKey, a.unitSample.family) <
               std::tuple(b.measureKey.isEmpty(), b.measureKey, b.unitSample.family);
    });

    const ChartText text;
    chart.groups.reserve(builds.size());
    for (GroupBuild &build : builds) {
        std::sort(build.entries.begin(), build.entries.end(), [](const Entry &a, const Entry &b) {
            return std::tuple(a.subjectKey, a.fact->figure.year, a.sourceOrder, a.fact->range.start) <
                   std::tuple(b.subjectKey, b.fact->figure.year, b.sourceOrder, b.fact->range.start);
        });
        QList<bool> conflicting(build.entries.size(), false);
        if (!build.measureKey.isEmpty()) {
            qsizetype from = 0;
            while (from < build.entries.size()) {
                qsizetype to = from + 1;
                while (to < build.entries.size() &&
                       build.entries.at(to).subjectKey == build.entries.at(from).subjectKey &&
                       build.entries.at(to).fact->figure.year == build.entries.at(from).fact->figure.year)
                    ++to;
                flagConflicts(build.entries, from, to, conflicting);
                from = to;
            }
        }

        ChartGroup group;
        group.key = build.measureKey + u'|' + build.unitSample.family;
        group.unit = ChartText::unitLabel(build.unitSample);
        // "Number of countries" already names its unit; the axis still carries it.
        const bool namesItsUnit =
            !build.measureKey.isEmpty() && build.measureKey == build.unitSample.countedNoun;
        group.title = namesItsUnit
                          ? ChartText::measureTitle(build.measure)
                          : ChartText::groupTitle(ChartText::measureTitle(build.measure), group.unit);
        group.bars.reserve(build.entries.size());
        for (qsizetype i = 0; i < build.entries.size(); ++i) {
            const Entry &entry = build.entries.at(i);
            const FigureFact &fact = *entry.fact;
            ChartBar bar;
            bar.label = ChartText::figureLabel(fact.figure.subject.simplified(), fact.figure.year);
            bar.value = fact.normalised.value;
            bar.series = QString::number(entry.source);
            bar.source = entry.source;
            bar.speaker = fact.speaker;
            if (conflicting.at(i))
                bar.flags |= BarFlag::Conflicting;
            if (fact.manual)
                bar.flags |= BarFlag::Manual;
            bar.tooltip =
                text.figureTooltip(fact.normalised, fact.written, titles.value(entry.source),
                                   fact.speaker.isEmpty() ? QString() : project.speakerName(fact.speaker),
                                   fact.sentence, conflicting.at(i), fact.manual);
            bar.passages = {{entry.source, fact.range, fact.annotation}};
            group.bars.append(std::move(bar));
        }
        chart.groups.append(std::move(group));
    }
    nameSourceSeries(chart, project);
    return chart;
}

Chart figureChart(const Project &project, const ChartFilter &filter)
{
    return figureChart(project, readAllFacts(project), filter);
}

} // namespace claimscope::core
