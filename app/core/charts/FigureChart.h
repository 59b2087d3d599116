#pragma once

#include "core/charts/Chart.h"
#include "core/charts/ChartFacts.h"
#include "core/charts/ChartFilter.h"

namespace claimscope::core {

class Project;

// The Figures chart: the figures the sources cite, one bar per figure, coloured by source.
//
// Groups: one per measure and family of units (FigureNormalisation.h). Figures of one measure in
// units that do not convert into each other (USD and KZT, per cent and percentage points) go into
// groups of their own, never onto one axis. Measures are compared trimmed and case-folded; the
// analyzer's measures get translated titles ("Trade turnover (billion USD)"). Figures with no
// measure are grouped by family under "Other figures", after the measured groups; groups are in
// the order of their measure, then of their family.
//
// Bars: value in the group's unit; label subject and year ("Kazakhstan–EU, 2023"); in the order of
// subject, year, source (project order) and position in the text. The tooltip has the value, the
// figure as written, the source (and the speaker whose quote holds it) and the sentence; the one
// passage is the figure's annotation. `Manual` marks a figure a person entered or corrected.
//
// Conflicts: within a measured group, figures with the same subject (case-folded) and year (an
// absent year counts as one more year) are one figure cited by several sources. A bar is
// `Conflicting` when another source cites a different value for it: both sides are flagged, and a
// source agreeing with one of them is flagged too when some other source disagrees with it.
// Values are compared after normalisation (sameFigureValue), so "$43.5 billion" and "43,500
// million dollars" agree; qualifiers ("more than") are not compared; two values in one source
// are not a conflict (an article may give last year's and this year's figure). Figures with no
// measure are never flagged: nothing says they measure the same thing.
Chart figureChart(const Project &project, const QList<SourceFacts> &facts, const ChartFilter &filter = {});
Chart figureChart(const Project &project, const ChartFilter &filter = {});

} // namespace claimscope::core
