#pragma once

#include "core/charts/Chart.h"
#include "core/charts/ChartFacts.h"
#include "core/charts/ChartFilter.h"

namespace claimscope::core {

class Project;

// The Stances chart: one group (a row of the diverging chart) per speaker, one bar per source that
// has a stance of that speaker, coloured by source. The value is the score (−2 … +2) of the stance
// that counts (Project::stanceFor: a person's over the analyzer's); `Manual` marks a person's
// (manual or edited). The passages are the stance's evidence (none for a score a person gave
// without evidence). Stances are on the project's question, which the title names: the analyzer
// scores on it and Project::setStance writes it; a stance's target text is not compared, as
// stanceFor does not compare it.
//
// Speakers in project order (the Speakers panel's), speakers the project does not list after them;
// bars in source order.
Chart stanceChart(const Project &project, const QList<SourceFacts> &facts, const ChartFilter &filter = {});
Chart stanceChart(const Project &project, const ChartFilter &filter = {});

} // namespace claimscope::core
