#include "core/charts/SourceSeriesNames.h"

#include "core/project/Project.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace claimscope::core {

void nameSourceSeries(Chart &chart, const Project &project)
{
    if (chart.seriesKind != SeriesKind::Source)
        return;
    QList<const DocumentMetadata *> metadata;
    QHash<QString, int> outlets;
    QHash<QString, int> outletsAndDates;
    const auto outletAndDate = [](const DocumentMetadata &m) {
        return m.date.isValid()
                   ? u"%1, %2"_s.arg(m.outlet.simplified(), QLocale().toString(m.date, QLocale::ShortFormat))
                   : QString();
    };
    for (const ChartSeries &series : std::as_const(chart.series)) {
        const SourceRecord *source = project.source(series.key.toLongLong());
        metadata.append(source ? &source->document.metadata : nullptr);
        if (source && !source->document.metadata.outlet.simplified().isEmpty()) {
            ++outlets[source->document.metadata.outlet.simplified()];
            ++outletsAndDates[outletAndDate(source->document.metadata)];
        }
    }
    for (qsizetype i = 0; i < chart.series.size(); ++i) {
        const DocumentMetadata *m = metadata.at(i);
        if (!m || m->outlet.simplified().isEmpty())
            continue;
        const QString outlet = m->outlet.simplified();
        const QString dated = outletAndDate(*m);
        if (outlets.value(outlet) == 1)
            chart.series[i].name = outlet;
        else if (!dated.isEmpty() && outletsAndDates.value(dated) == 1)
            chart.series[i].name = dated;
    }
}

} // namespace claimscope::core
