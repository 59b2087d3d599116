#pragma once

#include "core/charts/Chart.h"

namespace claimscope::core {

// How much of a chart a view draws. A chart of a large project can have a thousand sources and
// two thousand speakers: drawn whole, every bar is a pixel thick, the legend a thousand swatches,
// and Qt Charts takes seconds to lay it out after every edit. So a view draws the sources and
// speakers with the most bars and says what it left out; the filters choose the rest.
struct ChartLimits {
    int maxSeries = 12;           // sources (the bar colours)
    int maxGroups = 30;           // speakers (rows of the stance and voice charts); measures are never cut
    bool foldOtherSeries = false; // sum the other sources' bars into "Other sources" (voices)
};

// A chart cut to its limits, with what was cut.
struct LimitedChart {
    Chart chart;
    qsizetype totalSeries = 0;
    qsizetype totalGroups = 0;
    qsizetype shownSeries = 0; // not counting "Other sources"
    qsizetype shownGroups = 0;

    bool seriesCut() const { return shownSeries < totalSeries; }
    bool groupsCut() const { return shownGroups < totalGroups; }
};

// The key of the folded series.
inline constexpr QStringView kOtherSeriesKey = u"other";

// Keeps the `maxSeries` series with the most bars (ties: chart order); the other series' bars are
// dropped, or summed per group into one "Other sources" bar with all their passages. Then, for
// speaker charts, the `maxGroups` groups that show the most (bars; quotes and claims where they
// are summed), in their order. A group left with no bar is not shown. Figure charts (groups are
// measures) keep every group that has a bar.
LimitedChart limitChart(const Chart &chart, const ChartLimits &limits, bool groupsAreSpeakers);

} // namespace claimscope::core
