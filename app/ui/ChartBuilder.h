#pragma once

#include "core/charts/Chart.h"
#include "core/charts/ChartLimits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QBarSet;
class QChart;

namespace claimscope::ui {

// The three ways a core::Chart is drawn. Figures: one small bar chart per group (a measure has its
// own unit, so measures never share an axis). Stances: one diverging horizontal bar chart, a row
// per speaker and a bar per source, from −2 to +2. Voices: horizontal bars per speaker stacked by
// source.
enum class ChartStyle { GroupCharts, Diverging, Stacked };

// A bar of the chart: group and bar index into core::Chart::groups; -1 for an empty slot.
struct ChartBarRef {
    int group = -1;
    int bar = -1;
};

// One Qt Charts chart to build: its title, the groups it shows, its value axis unit.
struct ChartPart {
    QString title;
    QList<int> groups;
    QString unit;
};

struct BuiltChart {
    QChart *chart = nullptr; // the caller's
    // Each bar set with the bar each of its values stands for.
    QList<std::pair<QBarSet *, QList<ChartBarRef>>> sets;
    QStringList conflicts; // labels whose sources cite different values
    int preferredHeight = 0;
};

// Builds Qt Charts charts from core charts, for the window's chart panel and for paper (the PDF
// export): the same categories, colours, axes and marks in both.
class ChartBuilder final {
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    // How much of a chart is drawn in this style (core::limitChart).
    static core::ChartLimits limits(ChartStyle style);
    // The charts a core chart is drawn as: one per group for figures, one in all for the others.
    static QList<ChartPart> parts(const core::Chart &chart, ChartStyle style);
    static BuiltChart build(const core::Chart &chart, ChartStyle style, const ChartPart &part, bool dark);
    // A series' colour: the speaker's, or one of the chart palette by position; grey for "Other
    // sources".
    static QColor seriesColour(const core::Chart &chart, const QString &key);
};

} // namespace claimscope::ui
